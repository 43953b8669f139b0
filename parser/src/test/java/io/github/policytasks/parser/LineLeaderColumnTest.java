package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A task table's 分线领导 column (county plans where each task has a "line leader" of the county
 * government, the leader in charge of that line of work; annotation guide §6, Tables: leaders):
 * its cells are the task's leaders, as under 分管领导, and no column is left unread.
 */
class LineLeaderColumnTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void lineLeaderColumn_namesTheTasksLeaders() {
    Plan plan = PARSER.parse("某县2024年县政府重点工作任务分解表\n"
        + "序号 | 重点工作任务 | 分线领导 | 主要责任单位 | 完成时限\n"
        + "1 | 全年实施县级重点项目60个。 | 李明 | 县发展和改革局 | 2024年12月\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.allTasks().get(0).leaders()).containsExactly("李明");
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TABLE_COLUMN_UNREAD);
  }
}
