package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the cells of a task-table row with fewer cells than the header are fitted to its columns
 * ({@link RowAlignment}; annotation guide §6, Tables): a short cell that ends as an organisation
 * does ({@code 城管局}, {@code 环卫处}; {@link UnitClassifier#kind}) names a unit, not a person, even
 * without a place before it, and so does a list of such names ({@code 滨江经济开发区、相关街道}); and the first row under the header, which a copy may take from the
 * middle of a long table ({@code 24}), keeps its bare number as its row number.
 */
class ShortRowCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String HEADER = "某区2023年民生实事项目推进情况\n"
      + "序号 | 主要任务 | 全年目标任务 | 分管领导 | 牵头单位 | 责任单位 | 是否达序 | 说明\n";

  @Test
  void parse_shortOfficeNameInAShortRow_standsUnderTheLeadColumn() {
    Plan plan = PARSER.parse(HEADER
        + "1 | 新建公园3个。 | 张三 | 城管局 | 环卫处、相关街道 | 是 | 已完工\n"
        + "2 | 新建停车场5个。 | 李四 | 住建局 | 交通局 | 否 | 资金未到位\n"
        + "3 | 新建中转站8个。 | 王五 | 城管局 | 滨江经济开发区、相关街道 | 是\n");

    assertThat(plan.allTasks()).hasSize(3);
    assertUnits(task(plan, 3), List.of("城管局"), List.of("滨江经济开发区", "相关街道"));
    assertUnits(task(plan, 1), List.of("城管局"), List.of("环卫处", "相关街道"));
    assertUnits(task(plan, 2), List.of("住建局"), List.of("交通局"));
  }

  @Test
  void parse_firstRowFromTheMiddleOfATable_keepsItsNumber() {
    Plan plan = PARSER.parse(HEADER
        + "24 | 新建公园3个。 | 张三 | 区城管局 | 区环卫处 | 是\n"
        + "25 | 新建停车场5个。 | 李四 | 区住建局 | 区交通局 | 否\n");

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(24, 25);
    assertUnits(plan.allTasks().get(0), List.of("区城管局"), List.of("区环卫处"));
  }
}
