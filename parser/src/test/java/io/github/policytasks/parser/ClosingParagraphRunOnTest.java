package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A closing paragraph that a copy without line breaks ran onto the units of a note outside brackets
 * ({@code 配合单位：县财政局、县直各部门本方案由县发展和改革局负责解释。}; variant {@code
 * city-business-task-list-markdown-crawl} without its breaks: the paragraph read as part of the last
 * unit) starts a line of its own and belongs to no task (annotation guide §6, not the plan).
 */
class ClosingParagraphRunOnTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void interpretationClause_runOntoTheLastUnit_endsTheNote() {
    String text = "某县2024年重点工作任务\n一、工业\n1.推进项目。新建项目5个。\n牵头单位：县发改局\n"
        + "配合单位：县财政局、县直各部门本方案由县发展和改革局负责解释。\n";
    Plan plan = PARSER.parse(text);
    Task task = plan.allTasks().get(0);
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局", "县直各部门");
    assertThat(task.span().textOf(text)).endsWith("县直各部门");
    assertThat(plan.regionAt(text.indexOf("本方案"))).get().extracting(Region::kind).isEqualTo(RegionKind.END_MATTER);
  }

  @Test
  void effectiveDateClause_runOntoTheLastUnit_endsTheNote() {
    String text = "某县2024年重点工作任务一、工业1.推进项目。新建项目5个。牵头单位：县发改局"
        + "配合单位：县财政局本要点自印发之日起施行。";
    Task task = PARSER.parse(text).allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县发改局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
  }

  @Test
  void documentWordWithoutClosingWords_staysAUnit() {
    String text = "某县2024年重点工作任务\n一、工业\n1.推进项目。新建项目5个。\n牵头单位：县发改局\n"
        + "配合单位：县财政局、本方案所列县直部门\n";
    Task task = PARSER.parse(text).allTasks().get(0);
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局", "本方案所列县直部门");
  }
}
