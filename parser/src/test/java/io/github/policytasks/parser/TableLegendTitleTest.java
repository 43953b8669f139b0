package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A legend in brackets that opens with {@code 注} above a table ({@code (注:A类指责任目标;B类指激励目标)})
 * explains a column; it is never the plan's title (annotation guide §1: the plan's title line).
 */
class TableLegendTitleTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void legendAboveTheTable_isNoTitle() {
    Plan plan = PARSER.parse("(注:A类指责任目标;B类指激励目标;C类指争先创优目标)\n"
        + "序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 目标类型 |\n"
        + "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局 | A类 |\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.title()).isNull();
  }
}
