package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Task-table columns under less common header words (annotation guide §6, Tables: columns
 * recognised by their header; lexicon {@code table-headers.txt}): a schedule column {@code 进度安排}
 * gives the deadline, quarter columns {@code 一季度 … 四季度} and {@code 完成标志} are the task's text.
 */
class LessCommonColumnHeadersTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void scheduleColumn_givesTheEarliestDeadline() {
    Plan plan = PARSER.parse("某区2025年重点任务清单\n序号 | 工作任务 | 推进措施 | 责任主体 | 进度安排\n"
        + "1 | 优化审批 | 实行“多测合一”项目不少于40个。 | 区住房和城乡建设局 | 2025年6月底前完成方案，12月底前全面推开\n");

    Task task = plan.allTasks().get(0);
    assertThat(task.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TABLE_COLUMN_UNREAD);
  }

  @Test
  void quarterColumns_areTheTasksText() {
    Plan plan = PARSER.parse("某市2025年重点任务季度推进表\n"
        + "序号 | 重点任务 | 年度目标 | 一季度 | 二季度 | 三季度 | 四季度 | 主责单位 | 完成标志\n"
        + "1 | 扩大工业投资 | 完成工业投资120亿元。 | 完成25亿元。 | 累计完成60亿元。 | 累计完成90亿元。 | 全年完成120亿元。 | 市工业和信息化局 | 统计年报数据\n");

    assertThat(plan.allTasks()).hasSize(1);
    Task task = plan.allTasks().get(0);
    assertThat(task.title()).isEqualTo("扩大工业投资");
    assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("市工业和信息化局");
    assertThat(task.targets()).hasSize(5);
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TABLE_COLUMN_UNREAD);
  }
}
