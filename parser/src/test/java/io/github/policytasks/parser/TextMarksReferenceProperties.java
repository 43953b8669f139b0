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

/**
 * {@link TextMarks}, marking 64 chars at a time, answers every question as {@link
 * ReferenceTextMarks}, which tests each char against each set: where clauses and sentences end,
 * deadline keys, figure candidates and opening marks, from every index and bound, over generated
 * text dense in breaks, decimal points, key chars, numerals and quotes (long enough to cross words
 * of 64 bits), read as a task's window and as a string, and over windows of every corpus document.
 * A text marked after a longer one forgets the longer one's marks.
 */
class TextMarksReferenceProperties {
  private static final List<String> PIECES = List.of(
      "，", "。", ".", "3.5", "1.", ".2", "a.b", "；", ":", "：", "\n", "!", "？", "年", "月", "季",
      "一", "万", "%", "12", "“", "《", "（", "建设", "个", "、", " ", "百分之");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(90).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 1500)
  void everyAnswer_fromEveryIndex_isTheReferences(@ForAll("texts") String text, @ForAll("texts") String before) {
    TextMarks.ofThread().mark(new TextWindow(before + before + before, 0, before.length() * 3));
    assertSameAnswers(new TextWindow("x" + text + "y", 1, text.length() + 1), text);
    assertSameAnswers(text, text);
  }

  @Example
  void everyAnswer_overWindowsOfEveryCorpusDocument_isTheReferences() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      String folded = Folding.fold(doc.text());
      for (int start = 0; start < folded.length(); start += 97) {
        int end = Math.min(folded.length(), start + 61 + start % 300);
        assertSameAnswers(new TextWindow(folded, start, end), folded.substring(start, end));
      }
    }
  }

  private static void assertSameAnswers(CharSequence text, String at) {
    TextMarks marks = TextMarks.ofThread().mark(text);
    ReferenceTextMarks reference = ReferenceTextMarks.ofThread().mark(text);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      assertThat(marks.isClauseBreak(i)).as("clause break %d of %s", i, at).isEqualTo(reference.isClauseBreak(i));
    }
    for (int from = 0; from <= n; from++) {
      for (int bound = 0; bound <= n; bound += from % 7 + 1) {
        assertThat(marks.clauseStart(from, Math.min(from, bound)))
            .as("clause start %d %d of %s", from, bound, at).isEqualTo(reference.clauseStart(from, Math.min(from, bound)));
        assertThat(marks.sentenceStart(from, Math.min(from, bound)))
            .as("sentence start %d %d of %s", from, bound, at).isEqualTo(reference.sentenceStart(from, Math.min(from, bound)));
        assertThat(marks.clauseEnd(from, bound)).as("clause end %d %d of %s", from, bound, at)
            .isEqualTo(reference.clauseEnd(from, bound));
        assertThat(marks.nextKey(from, bound)).as("key %d %d of %s", from, bound, at)
            .isEqualTo(reference.nextKey(from, bound));
        assertThat(marks.nextCandidate(from, bound)).as("candidate %d %d of %s", from, bound, at)
            .isEqualTo(reference.nextCandidate(from, bound));
        assertThat(marks.nextOpening(from, bound)).as("opening %d %d of %s", from, bound, at)
            .isEqualTo(reference.nextOpening(from, bound));
      }
    }
  }
}
