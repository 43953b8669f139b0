package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bracket search that the note readers share ({@code NoteReader}'s remark after a name,
 * {@code RoleClauses}' bracketed roles and remarks): the bracket closing the one opened at a
 * position, brackets nested inside counted, within the limit given; on folded text (one width).
 */
class TextCharsClosingBracketTest {
  @ParameterizedTest(name = "{0} from {1} before {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "甲局(牵头)|2|6|5",
      "甲局(含(乙),丙)|2|10|9",
      "甲局【牵头】、乙局|2|9|5",
      "甲局(牵头|2|5|-1",
      "甲局(牵头)|2|5|-1",
      "(甲)(乙)|3|6|5"})
  void closingBracket_closesTheOneOpenedThere(String text, int open, int end, int expected) {
    assertThat(TextChars.closingBracket(text, open, end)).isEqualTo(expected);
  }
}
