package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the rows of a table copied one cell a line, each cell closed by a pipe ({@link
 * UnopenedPipeCells}; annotation guide §6, Tables), end when they close fewer cells than the
 * header: a line of pipes alone ({@code ||}, {@code |}) is the row's empty last cells and its end,
 * written as blanks so that the row reads with the cells it fills; and the end of the text ends a
 * last row the copy cut short.
 */
class CellLineRowEndsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String HEADER = "某县2023年民生实事项目推进表\n"
      + "序号 |\n重点工作 |\n责任单位 |\n完成时限 |\n备注 |\n";

  /** A line of pipes alone after a row's cells ends the row; its pipes are written as blanks. */
  @Test
  void joined_aLineOfPipesAloneEndsTheRow_itsPipesBlanked() {
    String f = Folding.fold("序号 |\n任务 |\n牵头单位 |\n备注 |\n1 |\n修路12公里。 |\n县交通局 |\n||\n"
        + "2 |\n建校3所。 |\n县教育局 |\n资金到位 |\n|\n");

    assertThat(CellLines.joined(new SourceText(f))).isEqualTo(Folding.fold("序号 | 任务 | 牵头单位 | 备注 |\n"
        + "1 | 修路12公里。 | 县交通局 |   \n2 | 建校3所。 | 县教育局 | 资金到位 |  \n"));
  }

  @Test
  void parse_rowsEndedByLinesOfPipes_readEachRow() {
    Plan plan = PARSER.parse(HEADER
        + "1 |\n盘活存量土地400亩。 |\n县自然资源局 |\n全年 |\n||\n"
        + "2 |\n新建污水管网12公里。 |\n县住建局 |\n6月底前 |\n已开工 |\n|\n"
        + "3 |\n新建公园3个。 |\n县城管局 |\n9月底前 |\n||\n");

    assertThat(plan.allTasks()).hasSize(3);
    assertUnits(task(plan, 1), List.of("县自然资源局"), List.of());
    assertUnits(task(plan, 2), List.of("县住建局"), List.of());
    assertUnits(task(plan, 3), List.of("县城管局"), List.of());
    assertThat(task(plan, 2).deadline()).hasToString("2023-06-30");
    assertThat(task(plan, 3).targets()).hasSize(1);
  }

  /** The text's end ends a last row that closed fewer cells than the header. */
  @Test
  void parse_lastRowCutByTheEndOfTheText_isRead() {
    for (String end : new String[] {"", "\n", "\n\n"}) {
      Plan plan = PARSER.parse(HEADER
          + "1 |\n盘活存量土地400亩。 |\n县自然资源局 |\n全年 |\n无 |\n"
          + "2 |\n新建污水管网12公里。 |\n县住建局 |" + end);

      assertThat(plan.allTasks()).as(end).hasSize(2);
      assertUnits(task(plan, 2), List.of("县住建局"), List.of());
      assertThat(task(plan, 2).targets()).hasSize(1);
    }
  }
}
