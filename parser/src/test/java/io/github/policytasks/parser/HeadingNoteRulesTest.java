package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units stated once for a group of tasks before them, as rules of the genre (annotation guide §2,
 * §6 Notes): a note closing a section or subsection heading, note lines right under a heading, and
 * a preamble sentence for every task of the plan. Each names the units of the tasks under it that
 * have no note of their own; a task with its own note keeps it; the nearer heading's note wins
 * (a subsection's over its section's); a {@code （一）} item that ends with a note and heads
 * {@code 1.} items is a heading, not a task.
 */
class HeadingNoteRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  /**
   * Under a heading titled as goals ({@code goal-titles.txt}), a paragraph with its own note is the
   * section's goals and the note the heading's, whether the note stands on its own line or a copy
   * ran it onto the paragraph; a bracketed note reads the same on the paragraph's line as on its
   * own. Under any other heading such a paragraph is an unnumbered task.
   */
  @Test
  void parse_goalParagraphWithItsNoteUnderAGoalsHeading_isTheSectionsGoalsAndTheHeadingsNote() {
    String ownLine = "某市2024年政府工作报告重点任务分工方案\n一、主要预期目标\n"
        + "地区生产总值增长6%左右，一般公共预算收入增长5%。\n责任单位：市发展改革委、市财政局\n"
        + "二、重点工作任务\n1．实施制造业强市战略，新增规模以上工业企业100家。\n责任单位：市工业和信息化局\n";
    String bracketed = ownLine.replace("责任单位：市发展改革委、市财政局", "（责任单位：市发展改革委、市财政局）");
    for (String original : List.of(ownLine, ownLine.replace("主要预期目标", "主要目标"), bracketed)) {
      Plan read = PARSER.parse(original);
      String joined = original.replace("5%。\n", "5%。");
      Plan plan = PARSER.parse(joined);
      Section goals = plan.sections().get(0);
      assertThat(goals.tasks()).as(joined).isEmpty();
      assertThat(goals.goals()).as(joined).extracting(g -> g.value().toString()).containsExactly("6%", "5%");
      assertThat(plan.allTasks()).as(joined).extracting(Task::number).containsExactly(1);
      int note = joined.indexOf("责任单位：市发展改革委");
      assertThat(plan.regionAt(note).map(r -> r.kind())).as(joined)
          .isEqualTo(read.regionAt(original.indexOf("责任单位：市发展改革委")).map(r -> r.kind()));
      ConservationProperties.assertConserved(joined, plan);
    }
    Plan keyed = PARSER.parse(ownLine.replace("5%。\n", "5%。"));
    assertThat(keyed.regionAt(ownLine.indexOf("责任单位：市发展改革委") - 1).map(r -> r.kind()))
        .hasValue(RegionKind.SECTION_HEADING);
    Plan measures = PARSER.parse(ownLine.replace("主要预期目标", "稳定经济增长").replace("5%。\n责任", "5%。责任"));
    assertThat(measures.sections().get(0).tasks()).singleElement().satisfies(task -> {
      assertThat(task.number()).isEqualTo(0);
      assertUnits(task, List.of("市发展改革委"), List.of("市财政局"));
    });
  }

  @Test
  void parse_sectionHeadingEndingWithANote_givesItsUnitsToTheTasksUnderItWithoutANote() {
    Plan plan = PARSER.parse("一、提升政务服务（牵头单位：县政务服务管理局；配合单位：县直各部门）\n"
        + "1．新增集成办理事项20项。\n"
        + "2．新建标准化窗口15个。（牵头单位：县行政审批局）\n"
        + "二、强化法治保障\n"
        + "3．开展专项整治行动4次。\n");

    assertThat(plan.sections()).extracting(Section::title).containsExactly("提升政务服务", "强化法治保障");
    assertUnits(task(plan, 1), List.of("县政务服务管理局"), List.of("县直各部门"));
    assertUnits(task(plan, 2), List.of("县行政审批局"), List.of());
    assertUnits(task(plan, 3), List.of(), List.of());
    assertThat(task(plan, 1).text()).isEqualTo("新增集成办理事项20项。");
  }

  @Test
  void parse_parenthesisedHeadingWithANoteOverNumberedTasks_isASubsectionWhoseNoteTheTasksTake() {
    Plan plan = PARSER.parse("一、优化市场环境（牵头单位：县发展和改革局）\n"
        + "（一）降低企业成本（县财政局牵头，县税务局配合）\n"
        + "1．减税降费2亿元以上。\n"
        + "2．工业用电价格下降3%左右。\n"
        + "（二）加强要素保障\n"
        + "3．供应工业用地1200亩以上。\n");

    Section section = plan.sections().get(0);
    assertThat(section.subsections()).extracting(Subsection::title).containsExactly("降低企业成本", "加强要素保障");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertUnits(task(plan, 1), List.of("县财政局"), List.of("县税务局"));
    assertUnits(task(plan, 2), List.of("县财政局"), List.of("县税务局"));
    assertUnits(task(plan, 3), List.of("县发展和改革局"), List.of());
  }

  @Test
  void parse_noteLinesRightUnderASubsectionHeading_areTheHeadingsNoteNotANoteWithoutTask() {
    Plan plan = PARSER.parse("一、优化市场环境\n"
        + "（一）加强要素保障\n"
        + "牵头单位：县自然资源局\n"
        + "配合单位：县工业和信息化局\n"
        + "1．供应工业用地1200亩以上。\n"
        + "2．盘活闲置土地300亩。\n");

    assertUnits(task(plan, 1), List.of("县自然资源局"), List.of("县工业和信息化局"));
    assertUnits(task(plan, 2), List.of("县自然资源局"), List.of("县工业和信息化局"));
    assertThat(plan.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.NOTE_WITHOUT_TASK, DiagnosticCode.TEXT_NOT_READ, DiagnosticCode.TASK_WITHOUT_NOTE);
  }

  @Test
  void parse_deadlineLineUnderAHeadingsNoteLines_givesTheTasksItsDeadline() {
    Plan plan = PARSER.parse("某县2024年重点工作任务\n一、优化市场环境\n"
        + "（一）加强要素保障\n"
        + "牵头单位：县自然资源局\n"
        + "完成时限：2024年6月底前\n"
        + "1．供应工业用地1200亩以上。\n"
        + "2．盘活闲置土地300亩，年底前完成。\n");

    assertUnits(task(plan, 1), List.of("县自然资源局"), List.of());
    assertThat(task(plan, 1).deadline()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
    assertThat(task(plan, 2).deadline()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.NOTE_WITHOUT_TASK);
  }

  @Test
  void parse_deadlineLineUnderAHeadingWithoutUnits_staysANoteWithoutTask() {
    Plan plan = PARSER.parse("某县2024年重点工作任务\n一、优化市场环境\n"
        + "完成时限：2024年6月底前\n"
        + "1．供应工业用地1200亩以上。（牵头单位：县自然资源局）\n");

    assertThat(task(plan, 1).deadline()).isNull();
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NOTE_WITHOUT_TASK);
  }

  @Test
  void parse_parenthesisedItemWithANoteAndNoDeeperNumbering_staysATask() {
    Plan plan = PARSER.parse("一、保障措施\n"
        + "（一）加强组织领导。成立工作专班。（牵头单位：县委办公室）\n"
        + "（二）强化资金保障。统筹资金500万元。（牵头单位：县财政局）\n");

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertUnits(task(plan, 1), List.of("县委办公室"), List.of());
    assertUnits(task(plan, 2), List.of("县财政局"), List.of());
  }

  @Test
  void parse_preambleSentenceForEveryTask_givesItsUnitsToTheTasksWithoutANote() {
    Plan plan = PARSER.parse("某县2023年农村人居环境整治工作要点\n"
        + "本要点所列各项任务，除另有注明外，均由县农业农村局牵头，各乡镇人民政府负责落实。\n"
        + "一、厕所革命\n"
        + "1．完成农村户厕改造2000户。\n"
        + "2．新建农村公共厕所40座。（牵头单位：县住房和城乡建设局）\n"
        + "二、污水治理\n"
        + "3．新建污水处理站8座。（县生态环境局牵头，县水利局配合）\n"
        + "4．完成12个行政村生活污水治理。\n");

    assertUnits(task(plan, 1), List.of("县农业农村局"), List.of("各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县住房和城乡建设局"), List.of());
    assertUnits(task(plan, 3), List.of("县生态环境局"), List.of("县水利局"));
    assertUnits(task(plan, 4), List.of("县农业农村局"), List.of("各乡镇人民政府"));
  }

  @Test
  void parse_preambleSentenceThatNamesNoUnits_givesNothing() {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n"
        + "各项任务均由分管领导统筹调度，定期听取汇报。\n"
        + "一、工作\n"
        + "1．完成农村户厕改造2000户。\n");

    assertUnits(task(plan, 1), List.of(), List.of());
  }
}
