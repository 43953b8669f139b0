package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TextMarks} answers what a walk char by char answers (for the figure candidates,
 * {@code FigureScannerSkipProperties}): the quoted regions a walk to every opening mark finds, the
 * clause and sentence starts
 * a walk back to the nearest break finds ({@link TextChars#isClauseBreakAt}, {@link
 * TextChars#isSentenceBreakAt}, the ASCII period between digits no break), the clause ends a walk
 * forward finds, the next deadline key char; and a {@link DeadlineReader} that looks its key chars
 * up in it reads every stretch as one that tries every phrase start. On texts long enough to span
 * several words of its bit sets, and on text marked after a longer one (the sets are reused).
 */
class TextMarksProperties {
  private static final List<String> PIECES = List.of(
      "2025", "年", "月", "季度", "底前", "前", "内", "年底", "上半年", "全年", "今年", "每", "确保", "到",
      "1.5", ".", "3.", ".5", "。", "；", ";", "，", ",", ":", "：", "！", "?", "\n", "\r", "、", " ",
      "完成", "新建", "个", "九", "12", "30", "9", "企业", "达到");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(120).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 3000)
  void lookUps_answerWhatWalksAnswer(@ForAll("text") String longer, @ForAll("text") String text,
      @ForAll @IntRange(min = 0, max = 130) int reach) {
    String before = Folding.fold(longer + longer);
    TextMarks.ofThread().mark(new TextWindow(before, 0, before.length()));
    String folded = Folding.fold(text);
    TextWindow window = new TextWindow(folded, 0, folded.length());
    TextMarks breaks = TextMarks.ofThread().mark(window);
    int n = folded.length();
    for (int from = 0; from <= n; from++) {
      int floor = Math.max(0, from - reach);
      int limit = Math.min(n, from + reach);
      assertThat(breaks.clauseStart(from, floor)).as(text + " clause start " + from)
          .isEqualTo(walkBack(window, from, floor, false));
      assertThat(breaks.sentenceStart(from, floor)).as(text + " sentence start " + from)
          .isEqualTo(walkBack(window, from, floor, true));
      assertThat(breaks.clauseEnd(from, limit)).as(text + " clause end " + from).isEqualTo(walkOn(window, from, limit));
      int key = from;
      while (key < limit && "年月季".indexOf(window.charAt(key)) < 0) {
        key++;
      }
      assertThat(breaks.nextKey(from, limit)).as(text + " key " + from).isEqualTo(key);
    }
    DeadlineReader marked = DeadlineReader.forText(window, 2023, breaks);
    for (int start = 0; start <= n; start += 3) {
      int end = Math.min(n, start + reach);
      assertThat(marked.earliestIn(start, end)).as(text + " [" + start + ", " + end + ")")
          .isEqualTo(DeadlineReader.inText(window, start, end, 2023, false).earliest());
    }
  }

  @Property(tries = 2000)
  void quotedRegions_fromTheMarks_areThoseOfTheWalk(@ForAll("quoting") String text) {
    String folded = Folding.fold("前文" + text + "后文");
    int start = 2;
    int end = folded.length() - 2;
    TextWindow window = new TextWindow(folded, start, end);
    QuotedRegions marked = QuotedRegions.of(window, TextMarks.ofThread().mark(window));
    QuotedRegions walked = QuotedRegions.of(folded, start, end);
    for (int i = 0; i <= end - start; i++) {
      for (int j = i; j <= Math.min(end - start, i + 3); j++) {
        assertThat(marked.touches(i, j)).as(text + " [" + i + ", " + j + ")").isEqualTo(walked.touches(i, j));
      }
    }
  }

  @Provide
  Arbitrary<String> quoting() {
    return Arbitraries.of(List.of("“", "”", "\"", "‘", "’", "「", "」", "《", "》", "〔", "〕", "【", "】", "[", "]",
        "〈", "〉", "『", "』", "三个一", "工程", "2023", "，", "。", "x")).list().ofMaxSize(60)
        .map(pieces -> String.join("", pieces));
  }

  @Example
  void aLongTextAcrossManyWords_answersWhatWalksAnswer() {
    String folded = Folding.fold("到2025年底前，新建企业12个；上半年完成3.5万亩。".repeat(40));
    TextWindow window = new TextWindow(folded, 0, folded.length());
    TextMarks breaks = TextMarks.ofThread().mark(window);
    for (int from = 0; from <= folded.length(); from++) {
      assertThat(breaks.clauseStart(from, Math.max(0, from - 64))).isEqualTo(walkBack(window, from, Math.max(0, from - 64), false));
      assertThat(breaks.sentenceStart(from, Math.max(0, from - 128))).isEqualTo(walkBack(window, from, Math.max(0, from - 128), true));
      assertThat(breaks.clauseEnd(from, Math.min(folded.length(), from + 64))).isEqualTo(walkOn(window, from, Math.min(folded.length(), from + 64)));
    }
  }

  private static int walkBack(CharSequence text, int from, int floor, boolean sentences) {
    int i = from;
    while (i > floor && !(sentences ? TextChars.isSentenceBreakAt(text, i - 1) : TextChars.isClauseBreakAt(text, i - 1))) {
      i--;
    }
    return i;
  }

  private static int walkOn(CharSequence text, int from, int limit) {
    int i = from;
    while (i < limit && !TextChars.isClauseBreakAt(text, i)) {
      i++;
    }
    return i;
  }
}
