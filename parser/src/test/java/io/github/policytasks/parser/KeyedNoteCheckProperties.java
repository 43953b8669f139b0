package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link KeyedNoteCheck} skips the general reader only where its reading would not be kept: a note
 * reads the same with the check as with the general reader always asked, on notes made of keys,
 * unit names, role words, joining words and near misses, and every corpus document parses to the
 * same JSON both ways.
 */
class KeyedNoteCheckProperties {
  private static final ObjectMapper JSON = PlanJson.newMapper();
  private static final List<String> PIECES = List.of(
      "牵头单位:", "牵头单位：", "责任单位:", "责任部门:", "配合单位:", "协办单位:", "完成时限:", "责任领导:", "时间:",
      "县科技局", "县工信局", "市财政局", "各乡镇", "各县", "区人民政府", "县", "有关部门", "县委宣传部", "市发展改革委",
      "省", "各县区", "县农业农村局", "县政府办公室", "县发展和改革局", "县文化和旅游局",
      "、", "、", "、", ";", "；", ",", "，", "。", " ", "和", "及", "与", "会同", "等", "由", "为", "是",
      "牵头", "负责", "配合", "按职责分工负责", "为牵头单位", "列第一位的为牵头单位", "下同", "(牵头)", "（", "）",
      "2021年底", "2021年6月底前", "长期坚持", "完成", "督办", "推进", "第一", "\n");

  @Provide
  Arbitrary<String> note() {
    return Arbitraries.of(PIECES).list().ofMaxSize(14).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> keyedNote() {
    Arbitrary<String> key = Arbitraries.of("牵头单位:", "责任单位:", "责任部门:", "配合单位:", "协办单位:", "完成时限:", "牵头:");
    Arbitrary<String> name = Arbitraries.of("县科技局", "县工信局", "市财政局", "各乡镇", "各县", "区人民政府", "省", "各县区",
        "县委宣传部", "有关部门", "县农业农村局", "2021年底", "县发展和改革局", "县住房和城乡建设局", "县财政局和县税务局",
        "县财政局与各乡镇", "县科技局以及县工信局", "县财政局会同县税务局", "县交通运输局及有关部门", "县发改局牵头", "县教育局和县卫健局", "下同");
    Arbitrary<String> segment = Arbitraries.of(key, key, name.list().ofMinSize(1).ofMaxSize(4).map(n -> String.join("、", n)))
        .flatMap(a -> a);
    return segment.list().ofMaxSize(8).map(s -> String.join(s.hashCode() % 3 == 0 ? ";" : "", s));
  }

  @Property(tries = 3000)
  void anyNote_readsTheSameWithTheCheck(@ForAll("note") String text) {
    assertReadsTheSame(text);
  }

  @Property(tries = 3000)
  void keyedNote_readsTheSameWithTheCheck(@ForAll("keyedNote") String text) {
    assertReadsTheSame(text);
  }

  @Example
  void plainKeyedNote_isSkipped_andReadsTheSame() {
    String f = Folding.fold("牵头单位:县科技局、县工信局;配合单位:县财政局;完成时限:2021年底");
    NoteReader reader = new NoteReader(f, 2021);
    NoteParts shaped = reader.read(0, f.length(), true);
    assertThat(shaped.names()).hasSize(3);
    assertThat(new KeyedNoteCheck(f, new RoleClauses(f, reader, 2021)).generalCannotWin(0, f.length(), shaped)).isTrue();
    assertReadsTheSame(f);
  }

  @Example
  void everyCorpusDocument_parsesToTheSameJsonWithTheCheck() throws Exception {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      String checked = JSON.writeValueAsString(PlanParser.create().parse(doc.text()));
      KeyedNoteCheck.enabled = false;
      try {
        assertThat(checked).as(doc.name()).isEqualTo(JSON.writeValueAsString(PlanParser.create().parse(doc.text())));
      } finally {
        KeyedNoteCheck.enabled = true;
      }
    }
  }

  private static void assertReadsTheSame(String text) {
    String f = Folding.fold(text);
    String checked = reading(f);
    KeyedNoteCheck.enabled = false;
    try {
      assertThat(checked).as(f).isEqualTo(reading(f));
    } finally {
      KeyedNoteCheck.enabled = true;
    }
  }

  private static String reading(String f) {
    NoteParts parts = new NoteReader(f, 2021).read(0, f.length(), true);
    return parts == null ? "null" : parts.names() + " " + parts.firstListedRuleAt();
  }
}
