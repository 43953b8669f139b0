package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A table converted from HTML to Markdown writes a line break inside a cell as a literal {@code
 * <br>}: it parts two units of a unit cell and two measures of a text cell as the break it stands
 * for, and stays in the task's text.
 */
class MarkupBreakCellsTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void lineBreakTagsInsideCells_partUnitsAndMeasures() {
    Plan plan = PARSER.parse("某市2024年重点改革任务分工表\n"
        + "| 序号 | 改革举措 | 工作措施 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
        + "| 1 | 压减开办时间 | 全程网办率达到90%以上。<br>开办时间压缩至1天以内。 | 江北海关<br/>市商务局 | 市政务服务中心<BR>市税务局 |\n");

    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("江北海关", "市商务局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("市政务服务中心", "市税务局");
    assertThat(task.targets()).extracting(Target::text).containsExactly("90%以上", "1天以内");
    assertThat(task.text()).contains("<br>");
  }
}
