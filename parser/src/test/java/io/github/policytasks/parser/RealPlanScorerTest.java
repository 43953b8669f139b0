package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real-plans scorer and its task alignment, on small hand-written annotations and parses. */
class RealPlanScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TaskAlignment.Key key(int section, int number, String opening) {
    return new TaskAlignment.Key(section, null, number, opening);
  }

  @Test
  void alignment_oneSpuriousAndOneMissingTaskShiftNothing() {
    List<TaskAlignment.Key> expected = List.of(key(1, 1, "建设绿色工厂"), key(1, 2, "推进数字转型"),
        key(1, 3, "培育创新主体"), key(2, 4, "保障重点项目用地"));
    List<TaskAlignment.Key> found = List.of(key(1, 1, "建设绿色工厂。年内新增"), key(1, 2, "关于印发的通知"),
        key(1, 3, "推进数字转型。推动企业"), key(2, 4, "保障重点项目用地。"));
    assertThat(TaskAlignment.align(expected, found))
        .containsExactly(new int[] {0, 0}, new int[] {1, 2}, new int[] {3, 3});
  }

  @Test
  void alignment_pairsByNumberAndSectionWhenTheOpeningDiffers() {
    assertThat(TaskAlignment.align(List.of(key(2, 5, "加大稳岗支持力度")), List.of(key(2, 5, "（五）加大稳岗"))))
        .containsExactly(new int[] {0, 0});
    assertThat(TaskAlignment.align(List.of(key(2, 5, "加大稳岗支持力度")), List.of(key(3, 5, "另一件事"))))
        .isEmpty();
  }

  @Test
  void opening_ignoresSpacesBarsAndQuotesButNotWords() {
    assertThat(TaskAlignment.sameOpening("完善\"四个到位\"", "1 | 完善“四个到位” | 5 |")).isTrue();
    assertThat(TaskAlignment.sameOpening("完善\"四个到位\"", "完善三个到位")).isFalse();
  }

  @Test
  void perfectParse_scoresOne() throws IOException {
    RealPlanScore score = RealPlanScorer.score(tree(EXPECTED), tree(parsed("AT_LEAST", "3", "1", "发改局")));
    assertThat(score.summary())
        .isEqualTo("tasks 2/2, spurious 0, units 1.000, targets P 1.000 R 1.000 F1 1.000, fields 1.000,"
            + " goals F1 1.000, title+year 2/2");
    assertThat(score.notes).isEmpty();
  }

  @Test
  void wrongComparatorUnitAndMissingTarget_areCountedAndNamed() throws IOException {
    RealPlanScore score = RealPlanScorer.score(tree(EXPECTED), tree(parsed("EXACTLY", "4", "1", "工信局")));
    assertThat(score.tasksFound).isEqualTo(2);
    assertThat(score.unitAccuracy()).isEqualByComparingTo("0.5");
    assertThat(score.targetsMatched).isZero();
    assertThat(score.targetF1()).isEqualByComparingTo("0");
    assertThat(score.notes).contains("#1 s1 1.: missed 3家以上 (3 家)", "#1 s1 1.: extra 4家",
        "#2 s1 2.: leads [工信局] supports [], expected [发改局] / []");
    RealPlanScore fields = RealPlanScorer.score(tree(EXPECTED), tree(parsed("EXACTLY", "3", "1", "发改局")));
    assertThat(fields.fieldAccuracy()).isEqualByComparingTo("0");
    assertThat(fields.notes).containsExactly("#1 s1 1.: 3家以上 → comparator EXACTLY (want AT_LEAST)");
  }

  @Test
  void fieldBreakdown_countsEachFieldOfTheMatchedTargetsApart() throws IOException {
    String wrongUnitAndComparator = parsed("AT_MOST", "3", "1", "发改局")
        .replace("\"normalized\":{\"amount\":\"3\",\"unit\":\"家\"}", "\"normalized\":{\"amount\":\"3\",\"unit\":\"个\"}");
    RealPlanScore score = RealPlanScorer.score(tree(EXPECTED), tree(wrongUnitAndComparator));

    assertThat(score.targetFields.matched).isEqualTo(1);
    assertThat(score.targetFields.share(FieldTally.Field.COMPARATOR)).isEqualByComparingTo("0");
    assertThat(score.targetFields.share(FieldTally.Field.UNIT)).isEqualByComparingTo("0");
    assertThat(score.targetFields.share(FieldTally.Field.KIND)).isEqualByComparingTo("1");
    assertThat(score.targetFields.share(FieldTally.Field.NORMALIZED)).isEqualByComparingTo("1");
    assertThat(score.targetFields.share(FieldTally.Field.DEADLINE)).isEqualByComparingTo("1");
    assertThat(score.targetFields.compared(FieldTally.Field.DEADLINE)).isEqualTo(1);
    assertThat(RealPlansReport.breakdown(java.util.Map.of("p", score)))
        .contains("| p | 1 | 0.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.000 | 1.000 | 0 | ");
  }

  @Test
  void fieldBreakdown_comparesADeadlineOnlyWhereBothSidesDefineItAlike() throws IOException {
    String dueTask = EXPECTED.replace("\"startsWith\":\"建设绿色工厂\",", "\"startsWith\":\"建设绿色工厂\",\"deadline\":\"2023-12-31\",");
    RealPlanScore undated = RealPlanScorer.score(tree(dueTask), tree(parsed("AT_LEAST", "3", "1", "发改局")));
    assertThat(undated.targetFields.share(FieldTally.Field.DEADLINE)).isEqualByComparingTo("0");
    assertThat(undated.taskDeadlineAccuracy()).isEqualByComparingTo("0.5");

    String ownDate = parsed("AT_LEAST", "3", "1", "发改局").replace("\"upper\":null,", "\"upper\":null,\"deadline\":\"2025-12-31\",");
    RealPlanScore selfDated = RealPlanScorer.score(tree(dueTask), tree(ownDate));
    assertThat(selfDated.targetFields.compared(FieldTally.Field.DEADLINE)).isZero();
    assertThat(RealPlansReport.breakdown(java.util.Map.of("p", selfDated))).contains(" | 1.000 (0) | ");
  }

  @Test
  void fieldBreakdown_showsTitleAndYearApart() throws IOException {
    String otherTitle = parsed("AT_LEAST", "3", "1", "发改局").replace("\"title\":\"某县2023年重点工作任务\"", "\"title\":\"通知\"");
    RealPlanScore score = RealPlanScorer.score(tree(EXPECTED), tree(otherTitle));
    assertThat(RealPlansReport.breakdown(java.util.Map.of("p", score))).contains(" | wrong | right |\n")
        .contains("| **all** | ").contains(" | 0/1 | 1/1 |\n");
  }

  @Test
  void year_nullInTheAnnotation_isRightOnlyWhenTheParseHasNone() throws IOException {
    String noYear = EXPECTED.replace("\"year\":2023,", "\"year\":null,");
    String parsedNoYear = parsed("AT_LEAST", "3", "1", "发改局").replace("\"year\":2023,", "\"year\":null,");

    assertThat(RealPlanScorer.score(tree(noYear), tree(parsedNoYear)).yearRight).isTrue();
    assertThat(RealPlanScorer.score(tree(noYear), tree(parsed("AT_LEAST", "3", "1", "发改局"))).yearRight).isFalse();
  }

  @Test
  void unknownUnit_normalizedNullOnBothSides_isRight_andAValueAgainstNullIsWrong() throws IOException {
    String unknown = EXPECTED.replace("\"normalized\":\"3\"}", "\"normalized\":null}");
    String parsedNull = parsed("AT_LEAST", "3", "1", "发改局")
        .replace("\"normalized\":{\"amount\":\"3\",\"unit\":\"家\"}", "\"normalized\":null");

    assertThat(RealPlanScorer.score(tree(unknown), tree(parsedNull)).fieldAccuracy()).isEqualByComparingTo("1");
    RealPlanScore valued = RealPlanScorer.score(tree(unknown), tree(parsed("AT_LEAST", "3", "1", "发改局")));
    assertThat(valued.fieldAccuracy()).isEqualByComparingTo("0");
    assertThat(valued.notes).containsExactly("#1 s1 1.: 3家以上 → normalized 3 (want null)");
  }

  @Test
  void titleAnnotatedNull_isRightOnlyWhenNoTitleIsRead() throws IOException {
    String untitled = EXPECTED.replace("\"title\":\"某县2023年重点工作任务\"", "\"title\":null");
    String readNone = parsed("AT_LEAST", "3", "1", "发改局").replace("\"title\":\"某县2023年重点工作任务\"", "\"title\":null");

    assertThat(RealPlanScorer.score(tree(untitled), tree(readNone)).titleRight).isTrue();
    RealPlanScore titled = RealPlanScorer.score(tree(untitled), tree(parsed("AT_LEAST", "3", "1", "发改局")));
    assertThat(titled.titleRight).isFalse();
    assertThat(titled.notes).contains("title 某县2023年重点工作任务, expected null");
  }

  @Test
  void spuriousTaskAndOptionalItems_countAsSpuriousOnlyWhenNotOptional() throws IOException {
    RealPlanScore score = RealPlanScorer.score(tree(EXPECTED), tree(parsed("AT_LEAST", "3", "9", "发改局")));
    assertThat(score.tasksFound).isEqualTo(1);
    assertThat(score.spurious).isEqualTo(1);
    assertThat(score.notes).contains("#2 s1 2.: task not found");
  }

  private static final String EXPECTED = "{\"title\":\"某县2023年重点工作任务\",\"year\":2023,"
      + "\"sections\":[{\"number\":1,\"title\":\"创新\",\"goals\":[]}],\"tasks\":["
      + "{\"section\":1,\"number\":1,\"label\":\"1.\",\"startsWith\":\"建设绿色工厂\",\"leads\":[\"工信局\"],"
      + "\"supports\":[],\"targets\":[{\"text\":\"3家以上\",\"comparator\":\"AT_LEAST\",\"kind\":\"AMOUNT\","
      + "\"direction\":null,\"value\":\"3\",\"unit\":\"家\",\"upper\":null,\"normalizedUnit\":\"家\",\"normalized\":\"3\"},"
      + "{\"text\":\"2个\",\"comparator\":\"EXACTLY\",\"kind\":\"AMOUNT\",\"value\":\"2\",\"unit\":\"个\","
      + "\"normalized\":\"2\",\"optional\":true}]},"
      + "{\"section\":1,\"number\":2,\"label\":\"2.\",\"startsWith\":\"推进数字转型\",\"leads\":[\"发改局\"],"
      + "\"supports\":[],\"targets\":[]},"
      + "{\"section\":1,\"number\":3,\"label\":\"3.\",\"startsWith\":\"可有可无\",\"leads\":[],\"optional\":true,"
      + "\"targets\":[]}]}";

  private static String parsed(String comparator, String value, String secondNumber, String secondLead) {
    return "{\"title\":\"某县2023年重点工作任务\",\"year\":2023,\"sections\":[{\"number\":1,\"goals\":[],\"tasks\":["
        + "{\"number\":1,\"label\":\"1.\",\"text\":\"建设绿色工厂。新增3家以上。\",\"span\":{\"start\":10,\"end\":20},"
        + "\"leadUnits\":[{\"name\":\"工信局\"}],\"supportingUnits\":[],\"targets\":["
        + "{\"text\":\"" + value + "家\",\"comparator\":\"" + comparator + "\",\"kind\":\"AMOUNT\",\"direction\":null,"
        + "\"value\":{\"amount\":\"" + value + "\",\"unit\":\"家\"},\"upper\":null,"
        + "\"normalized\":{\"amount\":\"" + value + "\",\"unit\":\"家\"}},"
        + "{\"text\":\"2个\",\"comparator\":\"EXACTLY\",\"kind\":\"AMOUNT\",\"value\":{\"amount\":\"2\",\"unit\":\"个\"},"
        + "\"normalized\":{\"amount\":\"2\",\"unit\":\"个\"}}]},"
        + "{\"number\":" + secondNumber + ",\"label\":\"" + secondNumber + ".\",\"text\":\""
        + ("9".equals(secondNumber) ? "别的事情" : "推进数字转型。") + "\",\"span\":{\"start\":30,\"end\":40},"
        + "\"leadUnits\":[{\"name\":\"" + secondLead + "\"}],\"supportingUnits\":[],\"targets\":[]}]}]}";
  }

  private static JsonNode tree(String json) throws IOException {
    return JSON.readTree(json);
  }
}
