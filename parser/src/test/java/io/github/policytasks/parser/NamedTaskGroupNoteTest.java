package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group note that names task numbers ({@code 上述第1—2项由A牵头，第3项由B牵头。}, {@code
 * 以上第3、5项任务由…负责}) gives each part's units to exactly the tasks so numbered among the tasks
 * above it without a note of their own (annotation guide §2, §6 Notes; parser/DECISIONS.md); a
 * count ({@code 以上3项任务由…}) still speaks of every task of its group.
 */
class NamedTaskGroupNoteTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_noteNamingARangeAndThenOneTask_givesEachPartToTheTasksItNames() {
    Plan plan = PARSER.parse("某县2023年农业农村工作要点\n"
        + "一、稳定生产\n"
        + "1．新建高标准农田2万亩。\n"
        + "2．新增设施蔬菜基地8个。\n"
        + "3．建设冷链仓储设施5处。\n"
        + "上述第1—2项由县农业农村局牵头，县财政局配合；第3项由县商务局牵头。\n");

    assertThat(plan.allTasks()).hasSize(3);
    assertUnits(task(plan, 1), List.of("县农业农村局"), List.of("县财政局"));
    assertUnits(task(plan, 2), List.of("县农业农村局"), List.of("县财政局"));
    assertUnits(task(plan, 3), List.of("县商务局"), List.of());
    assertThat(task(plan, 3).text()).isEqualTo("建设冷链仓储设施5处。");
    assertThat(plan.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.NOTE_WITHOUT_TASK, DiagnosticCode.TEXT_NOT_READ,
            DiagnosticCode.TEXT_OUTSIDE_TASK);
  }

  @Test
  void parse_namedPartsInSentencesOfTheirOwn_readAlikeWithAndWithoutLineBreaks() {
    String document = "某县2023年农业农村工作要点\n"
        + "一、稳定生产\n"
        + "1．新建高标准农田2万亩。\n"
        + "2．新增设施蔬菜基地8个。\n"
        + "3．建设冷链仓储设施5处。\n"
        + "上述第1—2项由县农业农村局牵头。\n"
        + "第3项由县商务局牵头，县供销社配合。\n";
    for (String copy : List.of(document, document.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);

      assertThat(plan.allTasks()).hasSize(3);
      assertUnits(task(plan, 1), List.of("县农业农村局"), List.of());
      assertUnits(task(plan, 2), List.of("县农业农村局"), List.of());
      assertUnits(task(plan, 3), List.of("县商务局"), List.of("县供销社"));
      assertThat(task(plan, 3).text()).isEqualTo("建设冷链仓储设施5处。");
    }
  }

  @Test
  void parse_noteNamingAListOfTasks_leavesTheOthersToTheNextNote() {
    Plan plan = PARSER.parse("某县2023年社会事业工作要点\n"
        + "一、社会事业\n"
        + "1．新建幼儿园2所。\n"
        + "2．新增养老床位200张。\n"
        + "3．改扩建中小学校3所。\n"
        + "4．建设社区食堂5个。\n"
        + "以上第1、3项任务由县教育局负责。\n"
        + "以上任务由县民政局牵头，县财政局配合。\n");

    assertUnits(task(plan, 1), List.of("县教育局"), List.of());
    assertUnits(task(plan, 3), List.of("县教育局"), List.of());
    assertUnits(task(plan, 2), List.of("县民政局"), List.of("县财政局"));
    assertUnits(task(plan, 4), List.of("县民政局"), List.of("县财政局"));
  }

  @Test
  void parse_namedTaskWithItsOwnNote_keepsItsNote() {
    Plan plan = PARSER.parse("某县2023年交通工作要点\n"
        + "一、交通\n"
        + "1．新改建农村公路50公里。\n"
        + "2．新建港湾式停靠站20个。（牵头单位：县公路事业发展中心）\n"
        + "上述第1-2项由县交通运输局牵头。\n");

    assertUnits(task(plan, 1), List.of("县交通运输局"), List.of());
    assertUnits(task(plan, 2), List.of("县公路事业发展中心"), List.of());
  }

  @Test
  void parse_countOfTasks_speaksOfEveryTaskOfItsGroup() {
    Plan plan = PARSER.parse("某县2023年生态工作要点\n"
        + "一、生态\n"
        + "1．完成造林1.5万亩。\n"
        + "2．治理水土流失面积20平方公里。\n"
        + "3．新建口袋公园6个。\n"
        + "以上3项任务由县林业局负责。\n");

    for (int n = 1; n <= 3; n++) {
      assertUnits(task(plan, n), List.of("县林业局"), List.of());
    }
  }

  @Test
  void parse_noteNamingNoTaskAbove_isReportedAndGivesNothing() {
    Plan plan = PARSER.parse("某县2023年文旅工作要点\n"
        + "一、文旅\n"
        + "1．创建国家4A级旅游景区1家。（牵头单位：县文化和旅游局）\n"
        + "2．新建城市书房5个。\n"
        + "上述第7项由县教育体育局负责。\n");

    assertUnits(task(plan, 2), List.of(), List.of());
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NOTE_WITHOUT_TASK);
  }
}
