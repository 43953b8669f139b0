package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task table may open with a category column before its number column ({@code 分类 | 序号 | 事项
 * | 牵头单位}; the lexicon's {@code table-category-headers.txt}, annotation guide §6, Tables): the
 * category is a cell merged over its group's rows, so a copy writes it in the group's first row
 * only. The column is known; its cells label the rows and are no task text; the rows under it are
 * read as the table's, in a pipe copy and in a copy one cell a paragraph alike.
 */
class CategoryColumnTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PIPES = "某区2023年政府工作报告重点工作责任分解\n"
      + "分类 | 序号 | 事项 | 牵头单位\n"
      + "发展目标 | 1 | 地区生产总值增长6.5%以上。 | 区发改局\n"
      + "2 | 农业增加值增长3.5%。 | 区农业农村局\n"
      + "激发市场活力 | 3 | 新增市场主体1000家。 | 区市场监管局\n";

  private static final String PARAGRAPHS = "某区2023年政府工作报告重点工作责任分解\n\n"
      + "分类\n\n序号\n\n事项\n\n牵头单位\n\n"
      + "发展目标\n\n1\n\n地区生产总值增长6.5%以上。\n\n区发改局\n\n"
      + "2\n\n农业增加值增长3.5%。\n\n区农业农村局\n\n"
      + "激发市场活力\n\n3\n\n新增市场主体1000家。\n\n区市场监管局";

  @Test
  void parse_categoryColumnBeforeTheNumber_labelsItsRowsAndIsNoText() {
    for (String text : List.of(PIPES, PARAGRAPHS)) {
      Plan plan = PARSER.parse(text);

      assertThat(plan.allTasks()).as(text).extracting(Task::number).containsExactly(1, 2, 3);
      assertThat(task(plan, 1).text()).isEqualTo("地区生产总值增长6.5%以上。");
      assertThat(task(plan, 3).text()).isEqualTo("新增市场主体1000家。");
      assertUnits(task(plan, 2), List.of("区农业农村局"), List.of());
      assertUnits(task(plan, 3), List.of("区市场监管局"), List.of());
      assertThat(task(plan, 3).targets()).hasSize(1);
    }
  }
}
