package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SourceText} tells every offset's line and column as a plain count over the input does
 * (LF, CRLF and a lone CR each end one line; folded chars included), keeps exactly one line start
 * per line whatever the text's length, and folds as {@link Folding#fold(String)} does; texts with
 * more lines than its reused buffer holds read the same. The chars at which the line cursor may act
 * are found from any offset as a walk over the folded chars finds them.
 */
class SourceTextProperties {
  private static final String CHARS = "a中萬。\n\r\u3000１|";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(CHARS).ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> manyLines() {
    return Arbitraries.strings().withChars("\n\ra").ofMinLength(SourceText.REUSED_LINES * 2)
        .ofMaxLength(SourceText.REUSED_LINES * 2 + 200);
  }

  @Property(tries = 300)
  void linesAndColumns_areThoseOfAPlainCount(@ForAll("texts") String text) {
    assertReadAsCounted(text);
  }

  @Property(tries = 3)
  void moreLinesThanTheReusedBuffer_readTheSame(@ForAll("manyLines") String text) {
    assertReadAsCounted(text);
  }

  @Property(tries = 200)
  void nextMayAct_isTheFirstCharTheLineCursorCanActAt(@ForAll("actingTexts") String text) {
    SourceText source = new SourceText(text);
    String folded = source.folded();
    for (int from = 0; from <= folded.length(); from++) {
      for (int to = from; to <= folded.length(); to += 1 + (to - from) / 3) {
        int expected = from;
        while (expected < to && !LineCursor.mayAct(folded.charAt(expected))) {
          expected++;
        }
        assertThat(source.nextMayAct(from, to)).as("[%d, %d) of %s", from, to, text).isEqualTo(expected);
      }
    }
  }

  @Provide
  Arbitrary<String> actingTexts() {
    return Arbitraries.of("推进建设", "推进产业园区建设".repeat(9), "萬", "（", "）", "：", "。", "、", "一", "1", "\n", "\u3000", "a")
        .list().ofMaxSize(20).map(pieces -> String.join("", pieces));
  }

  private static void assertReadAsCounted(String text) {
    SourceText source = new SourceText(text);

    assertThat(source.folded()).isEqualTo(Folding.fold(text));
    int line = 1;
    int column = 1;
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(source.line(offset)).as("line of %d", offset).isEqualTo(line);
      assertThat(source.column(offset)).as("column of %d", offset).isEqualTo(column);
      char c = offset < text.length() ? text.charAt(offset) : 0;
      boolean ends = c == '\n' || c == '\r' && (offset + 1 == text.length() || text.charAt(offset + 1) != '\n');
      if (ends) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    assertThat(source.lines()).isEqualTo(line);
  }
}
