package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import org.junit.jupiter.api.Test;

/** Lenient reading keeps going and reports; strict reading throws at the first problem. */
class StrictModeTest {
  private static final String PARTLY_READ =
      "某县2023年工作要点\n一、重点工作\n1. 推进改革。完成改革任务10项。(牵头单位:县委改革办;配合单位:)\n2. 优化服务。(牵头单位:县政务服务中心)";

  @Test
  void parse_lenient_keepsEveryTaskAndReportsThePartlyReadNote() {
    Plan plan = PlanParser.create().parse(PARTLY_READ);
    assertThat(plan.allTasks()).hasSize(2);
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.span().textOf(PARTLY_READ)).isEqualTo("配合单位:");
    });
  }

  @Test
  void parse_strict_throwsAtTheFirstProblemWithIndexLineAndColumn() {
    PlanParser strict = PlanParser.builder().strict(true).build();
    assertThat(strict.isStrict()).isTrue();
    int at = PARTLY_READ.indexOf("配合单位:");
    assertThatThrownBy(() -> strict.parse(PARTLY_READ))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(at);
          assertThat(e.getLine()).isEqualTo(3);
          assertThat(e.getColumn()).isEqualTo(at - PARTLY_READ.lastIndexOf('\n', at));
          assertThat(e.getParsedText()).hasSizeLessThanOrEqualTo(65);
          assertThat(e.getMessage()).contains("responsibility note key has no value").contains("3:");
        });
  }

  @Test
  void parse_strictOnInputWithoutTasks_throws() {
    assertThatThrownBy(() -> PlanParser.builder().strict(true).build().parse("这是一段没有任务的文字。"))
        .isInstanceOf(PlanParseException.class)
        .hasMessageContaining("no numbered task");
  }

  @Test
  void parse_numberingGap_isReportedAndTheTaskKept() {
    Plan plan = PlanParser.create().parse("一、工作\n1. 甲。(牵头单位:县发改局)\n3. 丙。(牵头单位:县财政局)");
    assertThat(plan.allTasks()).extracting(t -> t.number()).containsExactly(1, 3);
    assertThat(plan.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.TASK_NUMBER_GAP));
  }

  @Test
  void parse_emptyInput_givesAnEmptyPlanWithADiagnostic() {
    Plan plan = PlanParser.create().parse("");
    assertThat(plan.sections()).isEmpty();
    assertThat(plan.title()).isNull();
    assertThat(plan.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NO_TASKS));
  }
}
