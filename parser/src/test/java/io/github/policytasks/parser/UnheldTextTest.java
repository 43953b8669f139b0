package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Text that no task heading opens is never dropped silently: continuation text joins the task
 * before it, and what no task can hold (preamble text, a stray note, an over-long label, damaged
 * characters) is reported with its span.
 */
class UnheldTextTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_textAfterClosingNote_joinsTheTaskBeforeIt() {
    String input = "一、总体要求\n1. 推动发展。(牵头单位:县科技局)\n同时新增企业5家。\n2. 优化环境。(牵头单位:县财政局)\n";

    Plan plan = PARSER.parse(input);

    Task first = plan.allTasks().get(0);
    assertThat(first.text()).isEqualTo("推动发展。(牵头单位:县科技局)\n同时新增企业5家。");
    assertThat(first.span().textOf(input)).endsWith("同时新增企业5家。");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(first.targets()).extracting(t -> t.text()).containsExactly("5家");
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
  }

  @Test
  void parse_sectionPreamble_isReportedAsTextOutsideTask() {
    String input = "一、总体要求\n坚持稳中求进工作总基调。\n1. 推动发展。(牵头单位:县科技局)\n";
    int preamble = input.indexOf("坚持");

    Plan plan = PARSER.parse(input);

    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TEXT_OUTSIDE_TASK)
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.INFO);
          assertThat(d.span().textOf(input)).isEqualTo("坚持稳中求进工作总基调。");
          assertThat(d.span().start()).isEqualTo(preamble);
        });
    assertThat(PlanParser.builder().strict(true).build().parse(input).allTasks()).hasSize(1);
  }

  @Test
  void parse_noteBeforeAnyTask_isReportedAsNoteWithoutTask() {
    String input = "一、总体要求\n(牵头单位:县科技局)\n1. 推动发展。(牵头单位:县财政局)\n";

    Plan plan = PARSER.parse(input);

    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.NOTE_WITHOUT_TASK)
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.span().textOf(input)).isEqualTo("(牵头单位:县科技局)");
        });
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
  }

  @Test
  void parse_labelWithTooManyDigits_isReportedOnItsLabel() {
    String input = "一、总体要求\n1. 推动发展。(牵头单位:县科技局)\n123456. 优化环境。(牵头单位:县财政局)\n";

    Plan plan = PARSER.parse(input);

    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TASK_LABEL_UNREAD)
        .singleElement().satisfies(d -> assertThat(d.span().textOf(input)).isEqualTo("123456."));
    assertThat(plan.allTasks().get(0).text()).contains("123456. 优化环境");
  }

  @Test
  void parse_linesAfterEndMatter_getNoTextOutsideTaskRemark() {
    String input = "一、总体要求\n1. 推动发展。(牵头单位:县科技局)\n抄送:县委各部门。\n县人民政府办公室 2023年1月5日印发\n";

    Plan plan = PARSER.parse(input);

    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TEXT_OUTSIDE_TASK);
    assertThat(plan.allTasks().get(0).text()).doesNotContain("抄送");
  }

  @Test
  void parse_replacementCharacters_reportsEachRegionWithItsSpan() {
    String input = "一、总体要求\n1. 推动\uFFFD\uFFFD发展。(牵头单位:县科技局)\n2. 优化营商环境,激发市场主体活力,"
        + "提升政务服务效能\uFFFD。(牵头单位:县财政局)\n";

    Plan plan = PARSER.parse(input);

    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DAMAGED_TEXT)
        .extracting(d -> d.span().textOf(input))
        .containsExactly("\uFFFD\uFFFD", "\uFFFD");
  }

  @Test
  void parse_manyDamagedRegions_reportsABoundedNumber() {
    StringBuilder input = new StringBuilder("一、总体要求\n");
    for (int i = 1; i <= 200; i++) {
      input.append(i).append(". 推动发展\uFFFD").append("。".repeat(DamagedText.GAP + 1))
          .append("(牵头单位:县科技局)\n");
    }

    Plan plan = PARSER.parse(input);

    assertThat(plan.allTasks()).hasSize(200);
    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DAMAGED_TEXT)
        .hasSize(DamagedText.MAX_REGIONS + 1)
        .last().satisfies(d -> assertThat(d.message()).startsWith("180 more damaged regions"));
  }

  @Test
  void parse_verbNoteWithSpaceBeforeKey_readsLeadAndDeadline() {
    Plan plan = PARSER.parse("嘉祥县2021年重点工作任务\n一、聚力创新\n1. 搭建创新平台。(县科技局牵头 完成时限:2021年6月)\n");

    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(task.deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
  }
}
