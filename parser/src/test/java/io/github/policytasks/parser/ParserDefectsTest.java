package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Parser defects found by the round-trip properties and hostile inputs, each as the smallest
 * failing input. Disabled while the defect is open (the reason names it); enabled, as a
 * regression test, once it is fixed.
 */
class ParserDefectsTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_verbNoteWithKeyedDeadline_readsLeadAndDeadline() {
    Plan plan = PARSER.parse("嘉祥县2021年重点工作任务\n一、聚力创新\n"
        + "1. 搭建创新平台。推动发展。(县科技局牵头,县财政局配合;责任领导:张伟;完成时限:2021年1月)\n");

    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
    assertThat(task.leaders()).containsExactly("张伟");
    assertThat(task.deadline()).isEqualTo(LocalDate.of(2021, 1, 31));
    assertThat(task.title()).isEqualTo("搭建创新平台");
  }

  @Test
  void parse_taskNumberAboveNineHundredNinetyNine_keepsTheTask() {
    Plan plan = PARSER.parse("一、总体要求\n999. 推动发展。(牵头单位:县科技局)\n"
        + "1000. 优化环境。(牵头单位:县财政局)\n");

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(999, 1000);
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
  }

  /** The contract (PlanParser): a plain line after a task's closing note continues that task. */
  @Test
  void parse_textAfterClosingNote_continuesTheTask() {
    String input = "一、总体要求\n1. 推动发展。(牵头单位:县科技局)\n这是一行普通文字,新增企业5家。\n"
        + "2. 优化环境。(牵头单位:县财政局)\n";

    Plan plan = PARSER.parse(input);

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    Task first = plan.allTasks().get(0);
    assertThat(first.text()).endsWith("(牵头单位:县科技局)\n这是一行普通文字,新增企业5家。");
    assertThat(first.span().textOf(input)).endsWith("这是一行普通文字,新增企业5家。");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }
}
