package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A progress report of a plan's tasks keeps the plan's table and adds columns that say what was
 * done ({@code 1-10月推进情况}, {@code 完成情况}, {@code 进展情况}; the labels of the lexicon's
 * {@code progress-field-labels.txt}, annotation guide §3, §6 Tables): such a column is a known
 * column, so that a header with two of them and a remark column is still a task table's; its cells
 * are kept in the task's text and the column is named once in a diagnostic.
 */
class ProgressColumnsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String TABLE = "某区2023年重点民生实事项目推进情况\n"
      + "序号 | 重点任务 | 牵头单位 | 1-10月推进情况 | 1-11月推进情况 | 是否达序 | 说明\n"
      + "1 | 新建城市书房12个。 | 区文旅局 | 已建成5个。 | 已建成9个。 | 是 | 无\n"
      + "2 | 改造老旧小区30个。 | 区住建局 | 已开工18个。 | 已开工25个。 | 否 | 资金未到位\n";

  private static TaskTable header(String row) {
    String f = Folding.fold(row);
    return TaskTable.header(f, CommaCells.split(row, f, 0, row.length()));
  }

  @Test
  void header_progressColumns_areKnownAndReadAsText() {
    TaskTable table = header("序号,重点任务,牵头单位,1-10月推进情况,1-11月推进情况,是否达序,说明");

    assertThat(table).isNotNull();
    assertThat(table.progressColumns()).containsExactly(3, 4);
    assertThat(table.unknownColumns()).containsExactly(5, 6);
    assertThat(table.lastTextColumn()).isEqualTo(6);
    assertThat(header("序号,重点任务,牵头单位,完成情况,进展情况,是否完成,备注,说明").progressColumns())
        .containsExactly(3, 4);
  }

  @Test
  void parse_progressColumns_keepTheirCellsInTheTaskAndAreNamed() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.allTasks()).hasSize(2);
    assertUnits(task(plan, 1), List.of("区文旅局"), List.of());
    assertThat(task(plan, 2).text()).contains("已开工18个。", "已开工25个。", "资金未到位");
    List<String> named = plan.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.TABLE_COLUMN_UNREAD).map(Diagnostic::message).toList();
    assertThat(named).containsExactly(
        "table column 4 \"1-10月推进情况\" reports progress (what was done); its cells are kept in the task text",
        "table column 5 \"1-11月推进情况\" reports progress (what was done); its cells are kept in the task text",
        "table column 6 \"是否达序\" is no known column; its cells are read as task text",
        "table column 7 \"说明\" is no known column; its cells are read as task text");
  }
}
