package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lost line breaks before a numbered item or a note key (annotation guide §6, Lost line breaks):
 * a careful reader sees where the next item starts after a note's units, a heading's text, a
 * plan title or a paragraph's indent, and so must the parser. Each case joins line {@code n} of
 * a small plan to the next and expects the plan read from the original: the same tasks, titles,
 * units and targets, with every character accounted for.
 */
class JoinedItemLinesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TITLE = "某县2023年重点工作任务\n";

  /**
   * Every end of a sentence or a note that {@link LineCursor#isSentenceEnd} names ({@code 。 ) ! ?
   * 】 〕}, as written full- or half-width) starts a new item before a label run onto it: the
   * cursor's scan stops at each ({@code LineCursorMayActTest} holds its table to the same test).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"。", "）", ")", "！", "!", "？", "?", "】", "〕"})
  void aLabelAfterAnyEndOfASentence_startsTheNextItem(String end) {
    String text = TITLE + "一、经济发展\n1.推进项目建设，实施重点项目30个" + end + "2.扩大消费。举办促消费活动10场。\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).as(text).extracting(t -> t.number()).containsExactly(1, 2);
    assertThat(plan.allTasks().get(1).text()).as(text).isEqualTo("扩大消费。举办促消费活动10场。");
  }

  @Test
  void ownLineNoteKeys_runTogether_areStillTwoKeys() {
    String plan = TITLE + "一、创新驱动\n1. 建设创新平台。新建省级研发平台5家。\n牵头单位：县科技局\n责任单位：县工信局、县发改局\n"
        + "完成时限：2023年11月底前\n2. 培育科技企业。新增高新技术企业10家。\n牵頭單位：縣科技局\n";

    Plan joined = assertJoinReadsAlike(plan, 4);
    assertThat(joined.allTasks().get(0).supportingUnits()).extracting(u -> u.name()).containsExactly("县工信局", "县发改局");
    assertJoinReadsAlike(plan, 5);
  }

  @Test
  void ownLineNoteUnits_runIntoTheNextItemOrHeading_endThere() {
    String plan = TITLE + "一、创新驱动\n1. 建设创新平台。新建省级研发平台5家。\n责任单位：市工信局、各县（市、区）人民政府\n"
        + "2．加快数字经济发展。数字经济核心产业增加值占比达到10%。\n牵头单位：区农业农村局\n二、壮大乡村产业\n"
        + "3. 培育农业龙头企业。新培育市级以上龙头企业5家。\n牵头单位：区农业农村局 配合单位：区财政局\n三、保障民生\n"
        + "4. 扩大就业。城镇新增就业5万人。\n牵头单位：区人社局\n";

    assertJoinReadsAlike(plan, 4);
    assertJoinReadsAlike(plan, 6);
    assertJoinReadsAlike(plan, 9);
  }

  @Test
  void anInlineNoteRunIntoTheNextItem_endsThere() {
    String plan = TITLE + "一、保障民生\n5．城镇新增就业5万人。责任单位：市人力资源社会保障局\n"
        + "6．新建改扩建中小学、幼儿园20所。责任单位：市教育局；完成时限：2024年\n";

    assertJoinReadsAlike(plan, 3);
  }

  @Test
  void aHeadingRunIntoItsFirstItem_endsAtItsQuoteOrColon_orBeforeASpacedNumber() {
    String quoted = TITLE + "一、提升政务服务效能\n（一）深化“一网通办”\n1．推进政务服务事项网上办理。网上可办率达到98%。（牵头单位：市政务服务中心）\n";
    String colon = TITLE + "一、提升政务服务效能：\n1.\n深化“一网通办”。网办率达到90%。（牵头单位：区政务服务中心）\n"
        + "2.优化企业开办。开办时间压缩至0.5个工作日。（牵头单位：区市场监管局）\n";
    String spaced = TITLE + "一、经济发展\n3 提振消费。举办活动20场。（牵头单位：县商务局）\n二、保障改善民生\n"
        + "4 落实就业政策。城镇新增就业1500人。（牵头单位：县人社局）\n";

    assertJoinReadsAlike(quoted, 3);
    assertJoinReadsAlike(colon, 2);
    assertJoinReadsAlike(spaced, 4);
  }

  @Test
  void aPlanTitleOnTheFirstLine_runIntoItemOne_endsThere() {
    String plan = "某县2023年为民办实事项目\n1. 新建城区幼儿园3所，新增学位900个。（牵头单位：县教育局）\n"
        + "2. 改造农村危房200户。（牵头单位：县住建局）\n";

    assertJoinReadsAlike(plan, 1);
  }

  @Test
  void anIndentedLabel_afterAColonOrAFigure_startsItsOwnParagraph() {
    String plan = TITLE + "一、人才开发\n（一）产业提升人才行动计划。加快培养人才，实施如下重点项目：\n"
        + "\u3000\u30002.战略性主导产业紧缺人才开发项目。5年内开发紧缺人才1万名左右。（牵头单位：市发展改革委）\n"
        + "\u3000\u3000年度考评分值=（上半年考评分值+下半年考评分值）÷2\n"
        + "\u3000\u3000（二）实行百分制。采取计分方式。（牵头单位：市政务服务数据管理局）\n";

    assertJoinReadsAlike(plan, 3);
    assertJoinReadsAlike(plan, 5);
  }

  @Test
  void unnumberedMeasuresRunTogether_endAtTheNoteThatClosesTheSentence() {
    String plan = "支持数字经济发展若干政策\n为加快数字经济发展，制定以下政策。\n一、支持数字平台建设\n"
        + "培育数字平台。对新认定的省级数字平台，一次性奖补100万元。（责任单位：省经济和信息化厅，省财政厅）\n"
        + "推动企业上云。对上云企业按照不超过服务费用30%的比例给予补助。（责任单位：省经济和信息化厅）\n"
        + "二、支持数字人才培养\n每年培训数字技术人才5000名，对培训机构给予补助。（责任单位：省人力资源和社会保障厅）\n"
        + "省经济和信息化厅会同省财政厅制定实施细则，确保政策落地。\n";

    assertJoinReadsAlike(plan, 4);
    assertJoinReadsAlike(plan, 7);
  }

  @Test
  void aNoteInsideAMeasuresSentence_endsNoMeasure() {
    String text = "支持数字经济发展若干政策\n一、支持数字平台建设\n"
        + "培育数字平台（责任单位：省经济和信息化厅）和推动企业上云（责任单位：省通信管理局）。\n";

    assertThat(PARSER.parse(text).allTasks()).singleElement()
        .satisfies(t -> assertThat(t.leadUnits()).extracting(u -> u.name()).contains("省经济和信息化厅", "省通信管理局"));
  }

  @Test
  void plainSpaces_beforeALabel_areNoIndent() {
    String text = TITLE + "一、人才开发\n1. 开发人才项目。实施如下重点项目：  2.战略性人才开发。（牵头单位：市人社局）\n";

    assertThat(PARSER.parse(text).allTasks()).extracting(t -> t.number()).containsExactly(1);
  }

  /** Joins line {@code n} (1-based) of {@code original} to the next and checks both read alike. */
  private static Plan assertJoinReadsAlike(String original, int n) {
    List<String> lines = new java.util.ArrayList<>(List.of(original.split("\n", -1)));
    lines.set(n - 1, lines.get(n - 1) + lines.remove(n));
    String joined = String.join("\n", lines);
    Plan expected = PARSER.parse(original);
    Plan read = PARSER.parse(joined);
    assertThat(expected.allTasks()).as(original).isNotEmpty();
    assertThat(MetamorphicTest.outline(read)).as(joined).isEqualTo(MetamorphicTest.outline(expected));
    ConservationProperties.assertConserved(joined, read);
    return read;
  }
}
