package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A task table whose 序号 and 重点任务 cells are merged over the rows of a task's measures: a copy
 * writes them in the first row only, so a row with both empty is one more measure of the task
 * above (annotation guide §6: several notes, one per measure, merged in order), no task of its own.
 */
class MergedMeasureRowsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TABLE = "某县2024年重点工作任务分解表\n"
      + "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
      + "| 1 | 扩大有效投资 | 实施重点项目60个。 | 县发展和改革局 | 2024年12月底前 |\n"
      + "|  |  | 争取专项债券资金8亿元。 | 县财政局 | 2024年9月底前 |\n"
      + "| 2 | 促进消费 | 举办促消费活动20场。 | 县商务局 | 2024年10月底前 |\n";

  @Test
  void rowsUnderAMergedNumberAndTitle_areMeasuresOfTheTaskAbove() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    Task first = plan.allTasks().get(0);
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县发展和改革局", "县财政局");
    assertThat(first.targets()).extracting(Target::text).containsExactly("60个", "8亿元");
    assertThat(first.targets()).extracting(Target::id).containsExactly(first.id() + ".g1", first.id() + ".g2");
    assertThat(first.deadline()).hasToString("2024-09-30");
    assertThat(plan.allTasks().get(1).id()).isEqualTo("t2");
    assertThat(plan.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.TABLE_ROW_UNNUMBERED);
    ConservationProperties.assertConserved(TABLE, plan);
  }

  /** A row with its own title under an empty number stays a task of its own. */
  @Test
  void aRowWithItsOwnTitle_staysATask() {
    Plan plan = PARSER.parse("某县2024年重点工作任务分解表\n"
        + "| 序号 | 重点任务 | 具体措施 | 牵头单位 |\n| --- | --- | --- | --- |\n"
        + "| 1 | 扩大有效投资 | 实施重点项目60个。 | 县发展和改革局 |\n"
        + "|  | 争取债券 | 争取专项债券资金8亿元。 | 县财政局 |\n");

    assertThat(plan.allTasks()).hasSize(2);
  }
}
