package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Own-line keys of a provincial decomposition (the lexicon's {@code note-keys.txt}): {@code
 * 分管省领导：…} names the leader, and {@code 部门分工：…} is the key of the whole division of work,
 * whose value names the units by verbs ({@code 省发展改革委牵头，各地、各部门配合。}: the unit before
 * 牵头 leads, those before 配合 support; annotation guide §2).
 */
class DivisionOfWorkKeyTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void divisionOfWorkKeyLine_namesLeadAndSupportingUnitsByVerbs() {
    Plan plan = PARSER.parse("某省2021年重点任务分工方案\n一、主要预期目标\n"
        + "1.地区生产总值增长6%以上。\n分管省领导：张某\n部门分工：省发展改革委牵头，各地、各部门配合。\n"
        + "2.固定资产投资增长8%左右。\n分管省领导：李某\n部门分工：省财政厅牵头，各地、各部门配合。\n");

    assertThat(plan.allTasks()).hasSize(2);
    assertUnits(task(plan, 1), List.of("省发展改革委"), List.of("各地", "各部门"));
    assertUnits(task(plan, 2), List.of("省财政厅"), List.of("各地", "各部门"));
    assertThat(task(plan, 1).leaders()).containsExactly("张某");
  }
}
