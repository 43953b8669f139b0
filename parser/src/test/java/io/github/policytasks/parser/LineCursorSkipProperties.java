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
 * {@link LineCursor} skips, in one tight loop, every char at which no label, note key, table
 * header, annex, indent, bracket or run-on end can act; it cuts exactly the logical lines that
 * looking at every char cuts, whether it tells those chars one by one or by the bits its
 * {@link SourceText} noted while folding, on generated and mutated plans, on text dense in labels and
 * punctuation, on every corpus document, each also with its line breaks lost.
 */
class LineCursorSkipProperties {
  static final List<String> PIECES = List.of(
      "一、", "二十三、", "三、", "（一）", "(二)", "(1)", "（12）", "1.", "2．", "12、", "3 ", "10.", "第一章", "第十二条",
      "第三节", "附件：", "附件1", "序号 ", "项次", "编号 ", "以上任务由", "上述", "牵头单位：", "责任单位:", "（牵头单位：",
      "县科技局", "各县（市、区）人民政府", "。", "；", ";", "：", ":", "，", "、", "）", "（", "】", "【", "〔", "〕",
      "　　", "\u3000", " ", "\n", "\r\n", "|", "\t", "推进", "工作要点", "重点工作任务", "2023年", "《", "》", "“", "”",
      "措施", "实施方案", "建设", "!", "?", "新建", "80家", "3.5", "%", "一二", "十");

  @Provide
  Arbitrary<String> labelDense() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> mutatedPlans() {
    return GenreDocuments.mutated();
  }

  @Property(tries = 3000)
  void skippingCursor_onLabelDenseText_cutsTheLinesOfLookingAtEveryChar(@ForAll("labelDense") String text) {
    assertSameLines(text);
    assertSameLines(text.replace("\n", "").replace("\r", ""));
  }

  @Property(tries = 300)
  void skippingCursor_onMutatedPlans_cutsTheLinesOfLookingAtEveryChar(@ForAll("mutatedPlans") String text) {
    assertSameLines(text);
    assertSameLines(text.replace("\n", "").replace("\r", ""));
  }

  @Example
  void skippingCursor_onEveryCorpusDocument_cutsTheLinesOfLookingAtEveryChar() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      assertSameLines(doc.text());
      assertSameLines(doc.text().replace("\n", "").replace("\r", ""));
    }
  }

  @Example
  void ideographicSpace_foldsToThePlainSpaceTheSkipTableHolds() {
    assertThat(Folding.fold("\u3000")).isEqualTo(" ");
  }

  private static void assertSameLines(String text) {
    String folded = Folding.fold(text);
    List<Line> everyChar = CursorLines.walk(new LineCursor(folded, text, false), folded);
    assertThat(CursorLines.walk(new LineCursor(folded, text, true), folded))
        .as(text)
        .isEqualTo(everyChar);
    SourceText source = new SourceText(text);
    assertThat(CursorLines.walk(new LineCursor(source.folded(), source), folded))
        .as("skipping by the source's bits: %s", text)
        .isEqualTo(everyChar);
  }
}
