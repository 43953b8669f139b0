package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table whose only task column is headed as an indicator table's value column ({@code 预期目标},
 * {@code 2022年预期目标}, {@code 目标值}; the lexicon's {@code table-headers.txt}) but which has no
 * unit column is no indicator table (annotation guide §6, Tables): each cell of that column holds
 * the whole commitment, subject, figure and unit together ({@code 地区生产总值增长5.5%左右}), so it
 * is the task's text and its figures the task's targets.
 */
class ValueColumnAsTextTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PIPES = "某区2022年经济社会发展预期目标任务分解表\n"
      + "序号 | 2022年预期目标 | 责任单位\n"
      + "1 | 地区生产总值增长5.5%左右 | 区发展改革委\n"
      + "2 | 进出口总额增长5%以上 | 区商务委\n"
      + "3 | 空气质量完成年度目标任务 | 区生态环境局\n";

  private static final String PARAGRAPHS = "某区2022年经济社会发展预期目标任务分解表\n\n"
      + "序号\n\n预期目标\n\n责任单位\n\n"
      + "1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n"
      + "2\n\n进出口总额增长5%以上\n\n区商务委\n\n"
      + "3\n\n空气质量完成年度目标任务\n\n区生态环境局";

  @Test
  void parse_valueColumnWithoutUnitColumn_isTheTaskText() {
    for (String text : List.of(PIPES, PARAGRAPHS)) {
      Plan plan = PARSER.parse(text);

      assertThat(plan.allTasks()).as(text).hasSize(3);
      assertThat(task(plan, 1).text()).isEqualTo("地区生产总值增长5.5%左右");
      assertUnits(task(plan, 1), List.of("区发展改革委"), List.of());
      assertUnits(task(plan, 3), List.of("区生态环境局"), List.of());
      Target growth = task(plan, 1).targets().get(0);
      assertThat(task(plan, 1).targets()).hasSize(1);
      assertThat(growth.value().amount()).isEqualTo(Amount.parse("5.5"));
      assertThat(growth.comparator()).isEqualTo(Bound.APPROXIMATELY);
      assertThat(growth.kind()).isEqualTo(TargetKind.GROWTH);
      assertThat(task(plan, 2).targets().get(0).comparator()).isEqualTo(Bound.AT_LEAST);
      assertThat(task(plan, 3).targets()).isEmpty();
    }
  }
}
