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
 * {@link DeadlineReader#inText} passes over the phrase starts that have no key char ({@code 年 月
 * 季}) near them; it finds exactly the deadline, and whether one lacked the plan year, that
 * reading every phrase start finds: on text dense in deadline phrases and their near misses, in
 * any stretch of it, with and without a plan year, and on every corpus document's tasks.
 */
class DeadlineKeySkipProperties {
  private static final List<String> PIECES = List.of(
      "2025", "2023", "年", "月", "季度", "第", "日", "号", "底前", "前", "末", "内", "年内", "年底", "半年", "上", "下",
      "全年", "今年", "明年", "今年以来", "明年度", "前三季度", "以来", "以后", "的", "起", "开始", "份", "中旬", "之前",
      "以前", "每", "确保", "到", "至", "-", "—", "、", "和", "一", "二", "三", "四", "十", "十二", "9", "12", "30", "1",
      "。", "；", ";", "，", ",", ":", "\n", " ", "完成", "新建", "个", "全年龄", "去", "几", "多", "力争");

  @Provide
  Arbitrary<String> deadlineText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 5000)
  void skippingScan_findsWhatReadingEveryPhraseStartFinds(@ForAll("deadlineText") String text,
      @ForAll @IntRange(min = 0, max = 100) int from, @ForAll @IntRange(min = 0, max = 100) int to,
      @ForAll boolean knownYear) {
    String folded = Folding.fold(text);
    int start = Math.min(from, folded.length());
    int end = Math.max(start, Math.min(to, folded.length()));
    Integer year = knownYear ? 2023 : null;

    assertThat(DeadlineReader.inText(folded, start, end, year, true)).as(text + " [" + start + ", " + end + ")")
        .isEqualTo(DeadlineReader.inText(folded, start, end, year, false));
    assertThat(DeadlineReader.inText(new TextWindow(folded, start, end), 0, end - start, year, true))
        .isEqualTo(DeadlineReader.inText(new TextWindow(folded, start, end), 0, end - start, year, false));
  }

  @Example
  void skippingScan_onEveryCorpusDocumentsClauses_findsWhatReadingEveryPhraseStartFinds() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    int found = 0;
    for (CorpusDocuments.Doc doc : docs) {
      String folded = Folding.fold(doc.text());
      int start = 0;
      for (int i = 0; i <= folded.length(); i++) {
        if (i == folded.length() || TextChars.isClauseBreakAt(folded, i)) {
          DeadlineReader.Result skipping = DeadlineReader.inText(folded, start, i, 2023, true);
          assertThat(skipping).as(doc.name() + " [" + start + ", " + i + ")")
              .isEqualTo(DeadlineReader.inText(folded, start, i, 2023, false));
          found += skipping.earliest() != null ? 1 : 0;
          start = i + 1;
        }
      }
      assertThat(DeadlineReader.inText(folded, 0, folded.length(), 2023, true)).as(doc.name())
          .isEqualTo(DeadlineReader.inText(folded, 0, folded.length(), 2023, false));
    }
    assertThat(found).isGreaterThan(50);
  }
}
