package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Task tables copied from web pages whose cells span rows (annotation guide §6, Tables): a
 * department named in the item column of an assessment table, rows that leave out the cells the
 * row above spans, and a group label that stands under no column of the header.
 */
class SpannedTableCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String ASSESSMENT_HEADER = "序号 | 考核项目 | 各项分值 | 考核内容 | 评分标准 | 备注 |\n";

  @Test
  void departmentInTheItemColumn_leadsTheRow_andTheContentCellIsTheTitle() {
    Plan plan = PARSER.parse("某县2021年度责任单位考核细则\n" + ASSESSMENT_HEADER
        + "1 | 县水利局 | 50 | 整治入河排污口 | 完成排污口整治12个（50分）。 |  |\n"
        + "2 | 县委宣传部、县文明办 | 50 | 开展河湖保护宣传 | 开展宣传活动不少于6场（50分）。 |  |\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::number).containsExactly(1, 2);
    assertThat(tasks).extracting(Task::title).containsExactly("整治入河排污口", "开展河湖保护宣传");
    assertThat(names(tasks.get(0).leadUnits())).containsExactly("县水利局");
    assertThat(names(tasks.get(1).leadUnits())).containsExactly("县委宣传部", "县文明办");
    assertThat(tasks).allSatisfy(t -> assertThat(t.supportingUnits()).isEmpty());
  }

  @Test
  void itemColumnThatNamesNoUnit_staysTheTitle_withoutLeads() {
    Plan plan = PARSER.parse("某县2021年度责任单位考核细则\n" + ASSESSMENT_HEADER
        + "1 | 组织领导 | 10 | 成立工作专班 | 年内研究部署不少于2次（10分）。 |  |\n"
        + "2 | 县城环境整治 | 10 | 清理城区河道 | 清理河道8条（10分）。 |  |\n");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("组织领导", "县城环境整治");
    assertThat(plan.allTasks()).allSatisfy(t -> assertThat(t.leadUnits()).isEmpty());
  }

  /**
   * A cell whose own line break a copy kept, the row going on on the next line ({@code 新建农村公路120公里，⏎
   * 改造危桥15座。 | 县交通运输局 | …}): the row's last cell ends inside a sentence or a list, the next
   * line opens with no row number, and the two make the header's cells. It is one cell of one row,
   * in a closed table and in one without closing pipes, not a row of its own that continues the
   * row above.
   */
  @Test
  void cellBrokenOverTwoLines_isOneCellOfItsRow() {
    String closed = "某县2023年重点工作任务分解表\n序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限 |\n"
        + "1 | 建设农村公路 | 新建农村公路120公里，\n改造危桥15座。 | 县交通运输局 | 2023年底前 |\n"
        + "2 | 扩大就业 | 城镇新增就业2000人。 | 县人力资源和社会保障局、\n县财政局 | 2023年11月底前 |\n";
    for (String text : List.of(closed, closed.replace(" |\n", "\n"))) {
      Plan plan = PARSER.parse(text);
      List<Task> tasks = plan.allTasks();
      assertThat(tasks).as(text).extracting(Task::number).containsExactly(1, 2);
      assertThat(tasks.get(0).targets()).as(text).extracting(t -> t.text()).containsExactly("120公里", "15座");
      assertThat(names(tasks.get(0).leadUnits())).as(text).containsExactly("县交通运输局");
      assertThat(tasks.get(0).deadline()).as(text).isEqualTo(LocalDate.of(2023, 12, 31));
      assertThat(names(tasks.get(1).leadUnits())).as(text).containsExactly("县人力资源和社会保障局", "县财政局");
      assertThat(tasks.get(1).deadline()).as(text).isEqualTo(LocalDate.of(2023, 11, 30));
      assertThat(plan.diagnostics()).as(text).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TABLE_ROW_PARTLY_READ);
      ConservationProperties.assertConserved(text, plan);
    }
  }

  @Test
  void rowThatLeavesOutTheNumberAndDepartment_continuesTheRowAbove() {
    Plan plan = PARSER.parse("某县2021年度责任单位考核细则\n" + ASSESSMENT_HEADER
        + "1 | 县农业农村局 | 30 | 推进秸秆综合利用 | 秸秆综合利用率达到90%以上（30分）。 |  |\n"
        + "2 | 推进农药减量 | 农药使用量下降3%（20分）。 |  |\n"
        + "3 | 开展渔业执法 | 查处非法捕捞案件5例以上（10分）。 |  |\n"
        + "2 | 县林业局 | 60 | 推进湿地保护 | 新建湿地公园1个（60分）。 |  |\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::number).containsExactly(1, 1, 1, 2);
    assertThat(tasks).extracting(Task::label).containsExactly("1", null, null, "2");
    assertThat(tasks).extracting(Task::title)
        .containsExactly("推进秸秆综合利用", "推进农药减量", "开展渔业执法", "推进湿地保护");
    assertThat(tasks).extracting(t -> names(t.leadUnits()))
        .containsExactly(List.of("县农业农村局"), List.of("县农业农村局"), List.of("县农业农村局"), List.of("县林业局"));
    assertThat(tasks.get(1).text()).startsWith("2 | 推进农药减量");
    assertThat(plan.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.TABLE_ROW_UNNUMBERED, DiagnosticCode.TASK_NUMBER_GAP);
  }

  @Test
  void groupLabelAfterTheNumber_isNoUnit_andIsReported() {
    Plan plan = PARSER.parse("某县2021年度责任单位考核细则\n" + ASSESSMENT_HEADER
        + "1 | 重点考核部门 | 县住建局 | 60 | 推进污水治理 | 新建污水管网20公里（60分）。 |  |\n"
        + "2 | 县城管局 | 60 | 推进河道保洁 | 城区河道保洁率达到100%（60分）。 |  |\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::title).containsExactly("推进污水治理", "推进河道保洁");
    assertThat(names(tasks.get(0).leadUnits())).containsExactly("县住建局");
    assertThat(names(tasks.get(1).leadUnits())).containsExactly("县城管局");
    assertThat(tasks.get(0).targets()).extracting(t -> t.text()).containsExactly("20公里");
    assertThat(plan.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.TABLE_COLUMN_UNREAD && d.message().startsWith("row cell"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("重点考核部门"));
  }

  @Test
  void leadAndDeadlineCellsSpanningRows_areTakenByTheRowsThatLeaveThemOut() {
    Plan plan = PARSER.parse("某县2022年重点工作任务\n序号 | 工作任务 | 牵头单位 | 完成时限\n"
        + "1 | 新建5G基站300个。 | 县工信局 | 2022年6月底前\n"
        + "2 | 推进千兆光网进小区。 | 2022年9月底前\n"
        + "3 | 建成数据中心1个。\n"
        + "4 | 新增市场主体2000户。 | 县市场监管局 | 2022年12月底前\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::number).containsExactly(1, 2, 3, 4);
    assertThat(tasks).extracting(t -> names(t.leadUnits()))
        .containsExactly(List.of("县工信局"), List.of("县工信局"), List.of("县工信局"), List.of("县市场监管局"));
    assertThat(tasks).extracting(Task::deadline).containsExactly(LocalDate.of(2022, 6, 30),
        LocalDate.of(2022, 9, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31));
  }

  @Test
  void categoryAndLeaderCellsSpanningRows_leaveTheTaskTextInItsColumn() {
    Plan plan = PARSER.parse("某县2024年政府工作报告目标任务分工方案\n类别 | 任务内容 | 牵头领导 | 责任单位\n"
        + "乡村振兴 | 新建高标准农田2万亩。 | 李强 | 县农业农村局、县财政局\n"
        + "改造农村公路45公里。 | 县交通运输局\n"
        + "新建农村供水工程6处。 | 张敏 | 县水利局\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(t -> t.targets().get(0).text()).containsExactly("2万亩", "45公里", "6处");
    assertThat(tasks).extracting(t -> names(t.leadUnits()))
        .containsExactly(List.of("县农业农村局"), List.of("县交通运输局"), List.of("县水利局"));
    assertThat(names(tasks.get(0).supportingUnits())).containsExactly("县财政局");
    assertThat(tasks).extracting(Task::leaders)
        .containsExactly(List.of("李强"), List.of("李强"), List.of("张敏"));
  }

  @Test
  void tableWithALeadColumn_keepsAUnitInTheTitleColumnAsTheTitle() {
    Plan plan = PARSER.parse("某县2022年重点工作任务\n序号 | 重点工作 | 具体任务 | 牵头单位\n"
        + "1 | 县城建集团 | 完成棚户区改造800户 | 县住建局\n");
    Task task = plan.allTasks().get(0);
    assertThat(task.title()).isEqualTo("县城建集团");
    assertThat(names(task.leadUnits())).containsExactly("县住建局");
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.toList());
  }
}
