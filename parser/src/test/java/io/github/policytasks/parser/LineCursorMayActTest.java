package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineCursor}'s table of the chars at which its label scan can act, built from the chars
 * each test names, holds exactly the chars at which one of those tests answers yes: no more (the
 * scan would stop for nothing) and no fewer (it would skip a label).
 */
class LineCursorMayActTest {
  @Test
  void mayAct_isTrueExactlyWhereOneOfTheScansTestsIs() {
    List<Character> wrong = new ArrayList<>();
    int acting = 0;
    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      char c = (char) k;
      boolean expected = LineCursor.isSentenceEnd(c) || c == ';' || c == ':' || c == '。'
          || TextChars.isOpenBracket(c) || TextChars.isCloseBracket(c)
          || NoteKeyReader.scanLooksForKeyAt(c) || c == '附' || FlatTable.couldOpenHeader(c)
          || TextChars.isBlank(c) || c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0
          || c == '(' || c == '第' || GroupNotes.couldOpen(c) || LineShapes.couldOpenFurniturePhrase(c)
          || FieldLabels.couldStart(c) || LineShapes.pageNumberDashes().indexOf(c) >= 0
          || ClosingParagraphs.couldOpen(c) || LineShapes.isCircledNumeral(c)
          || ListBullets.firstChars().indexOf(c) >= 0;
      if (LineCursor.mayAct(c) != expected) {
        wrong.add(c);
      }
      acting += expected ? 1 : 0;
    }
    assertThat(wrong).isEmpty();
    assertThat(acting).isGreaterThan(40);
  }
}
