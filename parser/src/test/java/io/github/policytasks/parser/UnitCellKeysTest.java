package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task table's unit cell that names the lead and the supporting units by keys of its own
 * ({@code 责任单位} column, cells {@code 牵头：A；配合：B、C}): the cell's keys say who leads and who
 * supports, and are no part of a unit's name (variant {@code
 * county-task-table-responsible-cell-with-lead-and-support-keys}, blind units 0/5: 牵头：A read as a
 * lead's name), in whatever order the keys stand.
 */
class UnitCellKeysTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_unitCellsWithKeysOfTheirOwn_nameLeadsAndSupportingUnits() {
    List<Task> tasks = PARSER.parse("某县2024年重点任务清单\n"
        + "序号 | 重点任务 | 责任单位 | 完成时限\n"
        + "1 | 稳定粮食生产 | 牵头：县农业农村局；配合：县财政局、各乡镇人民政府 | 2024年10月底\n"
        + "2 | 建设高标准农田 | 配合：县自然资源局；牵头：县农业农村局 | 2024年12月底\n").allTasks();
    assertThat(tasks).extracting(t -> names(t.leadUnits()) + names(t.supportingUnits())).containsExactly(
        "[县农业农村局][县财政局, 各乡镇人民政府]", "[县农业农村局][县自然资源局]");
  }

  private static String names(List<io.github.policytasks.core.LeadUnit> units) {
    return units.stream().map(u -> u.name()).toList().toString();
  }
}
