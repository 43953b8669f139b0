package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last-stretch search that the note readers share ({@code NoteReader}'s last clause of a
 * unit list, {@code TaskNotes}' last sentence before a note): the separator nearest the end,
 * outside brackets, at or after where the search starts; line breaks only when asked.
 */
class TextCharsStretchTest {
  @ParameterizedTest(name = "{0} from {1}: {3}")
  @CsvSource(delimiter = '|', value = {
      "甲局,乙局|0|false|3",
      "甲局,乙局(丙,丁)|0|false|3",
      "甲局乙局|0|false|-1",
      ",甲局|0|false|1",
      ",甲局|1|false|-1",
      "甲局\\n乙局|0|false|-1",
      "甲局\\n乙局|0|true|3",
      "甲局。乙局,|0|false|6"})
  void lastStretchStart_afterTheLastSeparatorOutsideBrackets(String text, int from, boolean lineBreaks, int expected) {
    String written = text.replace("\\n", "\n");
    assertThat(TextChars.lastStretchStart(written, from, written.length(), ",;。", lineBreaks)).isEqualTo(expected);
  }
}
