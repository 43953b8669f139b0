package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link WrappedLines#find}, whose gate also counts the lines a next line continues, cuts exactly
 * where {@link WrappedLinesReference} (the gate before) cuts: on generated pages of lines up to
 * 3 wide chars shorter than a page of 15 to 18, around the gate's bounds (15 and 16 chars), ending inside or at the end of a
 * sentence, opening with labels, note keys, blanks or cells, parted by LF, blank lines or CRLF; and
 * on every corpus document.
 */
class WrappedLinesGateProperties {
  private static final List<String> OPENINGS = List.of("", "", "", "", "", "", "1.", "（一）", "一、", "第一章", "牵头单位：", " ", "|");
  private static final List<String> ENDINGS = List.of("", "", "", "", "", "", "。", "，", "、", "1", "：", " ", "  ", "|", "a");
  private static final List<String> BREAKS = List.of("\n", "\n", "\n", "\n\n", "\r\n");

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.integers().between(15, 18).flatMap(width -> {
      Arbitrary<String> line = Combinators.combine(Arbitraries.of(OPENINGS),
          Arbitraries.of(width, width, width, width - 1, width - 3).flatMap(n ->
              Arbitraries.strings().withCharRange('一', '龥').ofLength(n)),
          Arbitraries.of(ENDINGS), Arbitraries.of(BREAKS)).as((open, words, end, brk) -> open + words + end + brk);
      return line.list().ofMinSize(3).ofMaxSize(12).map(lines -> String.join("", lines));
    });
  }

  @Property(tries = 3000)
  void cuts_equalTheReference(@ForAll("pages") String text) {
    int[] cuts = cuts(text);
    Statistics.collect(cuts.length > 0 ? "cut" : "not cut");
    assertThat(cuts).as(text).containsExactly(WrappedLinesReference.find(text));
  }

  @Example
  void cuts_ofACutPage_equalTheReference() {
    String text = "其中新开工项目四十个总投资一百亿元续建项目\n二十个年度计划投资五十亿元竣工项目十个县财\n"
        + "政局牵头负责各乡镇街道配合做好项目建设工作\n确保完成全年目标任务。\n";
    assertThat(cuts(text)).hasSize(6).containsExactly(WrappedLinesReference.find(text));
  }

  /** A page 16 wide chars wide (32) cuts a line of 15 (30, within the slack): the gate counts it. */
  @Example
  void cuts_afterALineOfFifteenChars_equalTheReference() {
    String text = "其中新开工项目四十个总投资一百亿\n元续建项目二十个年度计划投资五\n"
        + "十亿元竣工项目十个县财政局牵头负\n责各乡镇街道配合做好项目建设工作\n";
    assertThat(cuts(text)).hasSize(6).containsExactly(WrappedLinesReference.find(text));
  }

  @Example
  void cuts_ofEveryCorpusDocument_equalTheReference() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      assertThat(cuts(doc.text())).as(doc.name()).containsExactly(WrappedLinesReference.find(doc.text()));
    }
  }

  private static int[] cuts(String text) {
    ReadingText.Ranges out = new ReadingText.Ranges(ReadingText.Ranges.MARK);
    WrappedLines.find(text, out);
    return out.stretches();
  }
}
