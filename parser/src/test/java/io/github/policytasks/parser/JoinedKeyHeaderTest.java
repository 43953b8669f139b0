package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.NoteField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit column may be headed by two words joined by {@code 与}, {@code 及} or {@code 和}, the last
 * a unit column's word ({@code 责任主体与协同单位}, {@code 主体及配合单位}; annotation guide §6,
 * Tables): the column names the units that answer for the task, as a {@code 责任单位} column does,
 * so beside a {@code 牵头} column they are the supporting units.
 */
class JoinedKeyHeaderTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static TaskTable header(String row) {
    String f = Folding.fold(row);
    return TaskTable.header(f, CommaCells.split(row, f, 0, row.length()));
  }

  @Test
  void header_twoWordsJoinedBeforeAUnitWord_nameTheResponsibleUnits() {
    assertThat(header("序号,主要任务,牵头单位,责任主体与协同单位").key(3)).isEqualTo(NoteField.RESPONSIBLE);
    assertThat(header("序号,主要任务,牵头单位,主体及配合单位").key(3)).isEqualTo(NoteField.RESPONSIBLE);
    assertThat(header("序号,主要任务,牵头单位,现状与问题说明").key(3)).isNull();
    assertThat(header("重点任务,牵头单位及配合单位名单汇总一览,工作措施")).isNull();
  }

  @Test
  void parse_joinedUnitColumnBesideALeadColumn_namesTheSupportingUnits() {
    Plan plan = PARSER.parse("某区2023年民生实事项目\n"
        + "序号 | 主要任务 | 牵头单位 | 责任主体与协同单位\n"
        + "1 | 新建建筑垃圾中转站8个。 | 区城管局 | 区市政局、相关街道\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertUnits(task(plan, 1), List.of("区城管局"), List.of("区市政局", "相关街道"));
  }
}
