package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CellMarks} answers each line's questions (a pipe, a tab, a comma, a quote, a space, gaps
 * of spaces) from its marked chars exactly as a pass over the line's chars does ({@link
 * PipeCells#isRow}, {@link PipeCells#hasTab}, {@link PipeCells#hasSpacedCells}, {@link
 * CommaCells#holdsComma}): on every range of generated text dense in separators, full-width forms,
 * ideographic spaces and line-break tags, for the plain fold and for a fold some of whose chars
 * were rewritten as pipes or blanks (as {@link CellLines} and {@link DocSiteChunks} rewrite them),
 * and on every line of every corpus document.
 */
class CellMarksProperties {
  private static final List<String> PIECES = List.of(
      "|", "｜", "\t", ",", "，", "\"", "＂", " ", "  ", "   ", "　", ":", "：", "<br>", "<br/>", "\n", "\r\n", "\r",
      "序号", "重点任务", "牵头单位", "推进", "建设", "县财政局", "。", "1", "2023年", "a", "<", ">");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(50).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<List<Integer>> rewrites() {
    return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6);
  }

  @Property(tries = 1000)
  void marks_onEveryRange_answerAsAPassOverTheChars(@ForAll("texts") String text,
      @ForAll("rewrites") List<Integer> rewrites) {
    SourceText source = new SourceText(text);
    assertSameAnswers(source, source.folded());
    if (!text.isEmpty()) {
      char[] f = source.folded().toCharArray();
      for (int k = 0; k < rewrites.size(); k++) {
        f[rewrites.get(k) % f.length] = k % 2 == 0 ? '|' : ' ';
      }
      assertSameAnswers(source, new String(f));
    }
  }

  @Example
  void marks_onEveryCorpusLine_answerAsAPassOverTheChars() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      SourceText source = new SourceText(doc.text());
      CellMarks marks = CellMarks.of(source, source.folded());
      for (int k = 0; k < source.lines(); k++) {
        Line line = Line.of(source.folded(), source.lineStart(k), source.lineEnd(k), source.lineEnd(k));
        assertSameAnswers(marks, source.text(), source.folded(), line);
      }
    }
  }

  private static void assertSameAnswers(SourceText source, String f) {
    CellMarks marks = CellMarks.of(source, f);
    for (int start = 0; start <= f.length(); start++) {
      for (int end = start; end <= f.length(); end++) {
        assertSameAnswers(marks, source.text(), f, Line.of(f, start, end, end));
      }
    }
  }

  private static void assertSameAnswers(CellMarks marks, String text, String f, Line line) {
    int from = line.contentStart();
    int to = line.contentEnd();
    String at = text.substring(line.start(), line.end());
    assertThat(marks.holdsPipe(from, to)).as("pipe: %s", at).isEqualTo(PipeCells.isRow(f, line));
    assertThat(marks.holdsInput('\t', from, to)).as("tab: %s", at).isEqualTo(PipeCells.hasTab(text, line));
    assertThat(marks.holdsInput(',', from, to)).as("comma: %s", at).isEqualTo(CommaCells.holdsComma(text, line));
    assertThat(marks.holdsInput('"', from, to)).as("quote: %s", at)
        .isEqualTo(TextChars.indexOf(text, '"', from, to) >= 0);
    assertThat(marks.hasSpacedCells(from, to)).as("spaced: %s", at).isEqualTo(PipeCells.hasSpacedCells(text, line));
  }
}
