package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A plan that carries out a higher level's plan in a table (annotation guide §6, Tables): a column
 * headed with the cited plan's name before a header word ({@code 某省《工作要点》部署任务}) holds the
 * cited plan's tasks, the context of the measures beside it, not this plan's task text (it is
 * reported); a number cell that holds a subsection heading ({@code (一)…。}, a cell merged over its
 * group's rows) opens that subsection, and the row's task is numbered by the label its text cell
 * opens with ({@code (1)}).
 */
class CitedTaskColumnTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();
  private static final String TABLE = "某市贯彻落实某省《2031年营商环境工作要点》分工方案\n"
      + "序号 | 某省《工作要点》部署任务 | 某市落实措施 | 牵头单位 | 责任单位 | 完成时限 |\n"
      + "一、优化审批服务 | ||||||\n"
      + "(一)推行清单管理。 | 1.编制并公布三级事项清单。 | (1)8月底前编制完成市级事项清单并向社会公布。 | 市审批局 | 各区县政府 | 2031年9月底 |\n";

  @Test
  void citedPlansTaskColumn_isContextAndTheMeasureIsTheTask() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.allTasks()).hasSize(1);
    Task task = plan.allTasks().get(0);
    assertThat(task.number()).isEqualTo(1);
    assertThat(task.text()).startsWith("8月底前编制完成市级事项清单");
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("市审批局");
    assertThat(plan.sections().get(0).subsections()).hasSize(1);
    assertThat(plan.sections().get(0).subsections().get(0).title()).isEqualTo("推行清单管理");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TABLE_COLUMN_UNREAD)
        .extracting(Diagnostic::message).anyMatch(m -> m.contains("某省《工作要点》部署任务"));
  }
}
