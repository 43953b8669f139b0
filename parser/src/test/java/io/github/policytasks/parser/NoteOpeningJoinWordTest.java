package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A joining word ({@code 及}, {@code 以及}, {@code 和}) that opens a note has no unit before it: the
 * responsibility reader reads the note as it stands, whether it opens the text or follows other
 * text, and never looks at the char before the note.
 */
class NoteOpeningJoinWordTest {

  @Test
  void aNoteOpeningTheTextWithYiji_isReadWithoutError() {
    String f = "以及县财政局负责";
    assertThat(reading(f, new NoteReader(f, 2021).read(0, f.length(), true)))
        .isEqualTo(reading("等" + f, new NoteReader("等" + f, 2021).read(1, f.length() + 1, true)));
  }

  @Test
  void aNoteOpeningWithJi_readsTheSameAfterAnyChar() {
    String alone = "及县财政局负责";
    String after = "等" + alone;
    String read = reading(alone, new NoteReader(alone, 2021).read(0, alone.length(), true));
    assertThat(read).startsWith("[RESPONSIBLE_BY_VERB ");
    assertThat(reading(after, new NoteReader(after, 2021).read(1, after.length(), true))).isEqualTo(read);
    String afterBracket = "）" + alone;
    assertThat(reading(afterBracket, new NoteReader(afterBracket, 2021).read(1, afterBracket.length(), true)))
        .isEqualTo(read);
  }

  private static String reading(String f, NoteParts parts) {
    return parts == null ? "null" : parts.names().stream()
        .map(n -> n.role() + " " + f.substring(n.start(), n.end()))
        .collect(java.util.stream.Collectors.toList()).toString();
  }
}
