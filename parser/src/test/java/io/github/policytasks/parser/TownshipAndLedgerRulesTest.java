package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the genre seen in township work points and county supervision ledgers (variants of 2
 * December), each on a small document written for it: the township's own-line keys (包抓领导,
 * 责任站所); a preamble's goal word before a colon inside its sentence (…的主要预期目标是：); a task's heading in 【】 brackets; a
 * ditto cell (同上, 〃) of a ledger; a table copied one cell a paragraph; 约 inside
 * 签约 and 预约, no bound; a printed page number run into the text; a
 * section heading run into a task that opens with a bracketed heading; the count of a whole area
 * each of which reaches the target; a table's section row run into the next row's number.
 */
class TownshipAndLedgerRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_townshipOwnLineKeys_leaderAndStationsThatCarryTheTask() {
    Plan plan = PARSER.parse("某乡2024年重点工作任务\n"
        + "一、产业\n"
        + "1.做大茶叶产业。新建茶园1200亩。\n"
        + "包抓领导：李建华　责任站所：乡农业综合服务中心\n"
        + "2.发展林下经济。培育大户15户。\n"
        + "包抓领导：李建华　责任站所：乡林业站、乡农业综合服务中心\n");
    assertUnits(task(plan, 1), List.of("乡农业综合服务中心"), List.of());
    assertUnits(task(plan, 2), List.of("乡林业站", "乡农业综合服务中心"), List.of());
    assertThat(task(plan, 2).leaders()).containsExactly("李建华");
  }

  @Test
  void parse_goalWordBeforeAColonInsideThePreambleSentence_opensTheGoals() {
    Plan plan = PARSER.parse("某乡2024年重点工作任务\n"
        + "2024年，全乡经济社会发展的主要预期目标是：全乡生产总值达到3.15亿元，增长7%。\n"
        + "一、产业\n"
        + "1.做大茶叶产业。新建茶园1200亩。\n");
    assertThat(plan.sections().get(0).goals()).extracting(g -> g.text() + " " + g.kind())
        .containsExactly("3.15亿元 AMOUNT", "7% GROWTH");
  }

  @Test
  void parse_goalWordWithoutAColonInsideAPreambleSentence_opensNoGoals() {
    Plan plan = PARSER.parse("某乡2024年重点工作任务\n"
        + "为实现主要目标，全乡统筹安排资金500万元，制定本方案。\n"
        + "一、产业\n"
        + "1.做大茶叶产业。新建茶园1200亩。\n");
    assertThat(plan.sections().get(0).goals()).isEmpty();
  }

  @Test
  void parse_taskOpeningWithABracketedHeading_isTitledByTheWordsInTheBrackets() {
    Plan plan = PARSER.parse("某省商务厅2024年工作要点\n"
        + "一、消费\n"
        + "1.【开展消费促进活动】全年举办活动1000场以上。（牵头处室：市场处）\n"
        + "2.【建设高品质步行街】主要目标：①新增步行街3条；②改造商圈10个。（牵头处室：流通处）\n"
        + "3.发展县域商业。建设配送中心15个。（牵头处室：流通处）\n");
    assertThat(plan.allTasks()).extracting(t -> t.title())
        .containsExactly("开展消费促进活动", "建设高品质步行街", "发展县域商业");
    assertThat(task(plan, 2).targets()).extracting(t -> t.text()).containsExactly("3条", "10个");
  }

  @Test
  void parse_dittoCellOfALedger_readsAsTheCellAbove() {
    Plan plan = PARSER.parse("某县2023年重点工作督查任务台账\n"
        + "序号 | 工作任务 | 责任单位 | 责任人 | 完成时限\n"
        + "1 | 实施重点项目62个。 | 县发展和改革局、县财政局 | 刘志强 | 第四季度末\n"
        + "2 | 新开工亿元以上项目20个。 | 同上 | 同上 | 第二季度末\n"
        + "3 | 改造农村危房120户。 | 县住房和城乡建设局 | 李涛 | 一季度\n"
        + "4 | 新建养老服务站8个。 | 〃 | 〃 | 第三季度末\n");
    assertUnits(task(plan, 2), List.of("县发展和改革局"), List.of("县财政局"));
    assertThat(task(plan, 2).leaders()).containsExactly("刘志强");
    assertUnits(task(plan, 4), List.of("县住房和城乡建设局"), List.of());
    assertThat(task(plan, 4).leaders()).containsExactly("李涛");
  }

  @Test
  void parse_tableCopiedOneCellAParagraph_readsAsItsRows() {
    String text = "2024年政府工作报告重点工作责任分解\n\n"
        + "序号\n\n主 要 工 作 任 务\n\n责任单位\n\n"
        + "1\n\n地区生产总值增长6%左右。\n\n市发展改革委\n\n"
        + "2\n\n研发投入强度达到3.3%。\n\n市科技局、市统计局\n";
    for (String copy : List.of(text, text.replace("\n", "\r\n"))) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.allTasks()).extracting(t -> t.number() + " " + t.targets().get(0).text() + " " + t.targets().get(0).kind())
          .containsExactly("1 6%左右 GROWTH", "2 3.3% SHARE");
      assertUnits(task(plan, 2), List.of("市科技局"), List.of("市统计局"));
    }
  }

  @Test
  void read_约InsideAWordBeforeTheSubject_isNoBound() {
    List<io.github.policytasks.core.Target> targets = TargetFixture.targets(
        "家庭医生签约服务覆盖率达到75%，预约诊疗率达到60%，建设道路约18公里。");
    assertThat(targets).extracting(t -> t.text() + " " + t.comparator())
        .containsExactly("75% EXACTLY", "60% EXACTLY", "约18公里 APPROXIMATELY");
  }

  @Test
  void parse_printedPageNumberRunIntoANoteOrAfterIt_isNoContent() {
    String original = "一、产业\n"
        + "4.新增规模以上工业企业80家，力争培育链主企业8—10个。\n"
        + "— 2 —\n"
        + "责任单位：市工业和信息化局、市科技局\n"
        + "5.新增养老床位1500张。\n"
        + "责任单位：市民政局，各县（市、区）政府\n"
        + "— 4 —\n";
    for (String copy : List.of(original,
        original.replace("— 2 —\n", "— 2 —").replace("政府\n— 4 —", "政府— 4 —"),
        original.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.allTasks()).hasSize(2);
      assertUnits(task(plan, 1), List.of("市工业和信息化局"), List.of("市科技局"));
      assertUnits(task(plan, 2), List.of("市民政局"), List.of("各县（市、区）政府"));
      assertThat(task(plan, 1).targets()).extracting(t -> t.comparator().name())
          .containsExactly("EXACTLY", "RANGE");
    }
  }

  @Test
  void parse_sectionHeadingRunIntoATaskWithABracketedHeading_isSplit() {
    Plan plan = PARSER.parse("一、促进消费持续恢复1.【开展消费促进活动】全年举办活动1000场以上。（牵头处室：市场处）\n"
        + "2.【建设步行街】新增步行街3条。（牵头处室：流通处）\n");
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("促进消费持续恢复");
    assertThat(plan.allTasks()).extracting(t -> t.number() + " " + t.title())
        .containsExactly("1 开展消费促进活动", "2 建设步行街");
  }

  @Test
  void read_countOfAWholeAreaThatEachReachesTheTarget_isNoTarget() {
    assertThat(TargetFixture.targets("全乡12个村集体经济收入均达到10万元以上，其中30万元以上的村不少于4个。"))
        .extracting(t -> t.text()).containsExactly("10万元以上", "不少于4个");
    assertThat(TargetFixture.targets("全县15个乡镇均建成综合文化站，新建村级服务站12个。"))
        .extracting(t -> t.text()).containsExactly("12个");
    assertThat(TargetFixture.targets("全县新建12个村级服务站，均达到省级标准。"))
        .extracting(t -> t.text()).containsExactly("12个");
  }

  @Test
  void parse_tableSectionRowRunIntoTheNextRowsNumber_isARowOfItsOwn() {
    Plan plan = PARSER.parse("某县2023年重点工作督查任务台账\n"
        + "序号 | 工作任务 | 责任单位 | 责任人 | 完成时限\n"
        + "一、项目建设1 | 实施重点项目62个。 | 县发展和改革局 | 刘志强 | 第四季度末\n"
        + "2 | 新开工项目20个。 | 县财政局 | 马文斌 | 第二季度末\n"
        + "二、2023年新增产业\n"
        + "3 | 新增企业10家。 | 县工业和信息化局 | 周海 | 第四季度末\n");
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("项目建设", "2023年新增产业");
    assertThat(plan.allTasks()).extracting(t -> t.number() + " " + t.leadUnits().get(0).name())
        .containsExactly("1 县发展和改革局", "2 县财政局", "3 县工业和信息化局");
  }
}
