package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A table a portal's crawler took from an HTML table one cell a line, each cell closed by a pipe
 * and each row opened by a pipe alone (annotation guide §6, Tables; {@link PipeClosedCells}): it
 * reads as the same table written one row a line, its caption row as the plan's title line.
 */
class PipeClosedCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String ROWS = "某县2025年民生实事项目清单\n"
      + "| 序号 | 项目名称 | 建设内容 | 责任单位 |\n"
      + "| 1 | 农村公路防护工程 | 实施生命安全防护工程42.5公里，整治危险路段不少于30处。 | 县交通运输局 |\n"
      + "| 2 | 老旧小区改造 | 改造老旧小区6个，惠及居民1200户以上。 | 县住房和城乡建设局 |\n";
  private static final String CELL_LINES = "|\n某县2025年民生实事项目清单 |\n|||||\n"
      + "|\n序号 |\n项目名称 |\n建设内容 |\n责任单位 |\n"
      + "|\n1 |\n农村公路防护工程 |\n实施生命安全防护工程42.5公里，整治危险路段不少于30处。 |\n县交通运输局 |\n"
      + "|\n2 |\n老旧小区改造 |\n改造老旧小区6个，惠及居民1200户以上。 |\n县住房和城乡建设局 |\n";

  /** Each row's line breaks become blanks; the caption's and the empty row's pipes become blanks. */
  @Test
  void joined_writesARowsBreaksAsBlanks_andTheCaptionAsALine() {
    String f = Folding.fold("|\n清单 |\n|||\n|\n序号 |\n任务 |\n牵头单位 |\n|\n1 |\n修路12公里。 |\n县交通局 |\n|\n2 |\n建校3所。 |\n县教育局 |\n");

    assertThat(CellLines.joined(new SourceText(f)))
        .isEqualTo(Folding.fold(" \n清单  \n   \n| 序号 | 任务 | 牵头单位 |\n| 1 | 修路12公里。 | 县交通局 |\n| 2 | 建校3所。 | 县教育局 |\n"));
  }

  /** A cell's own line break (a line not closed by a pipe) stays inside the cell, as a blank. */
  @Test
  void joined_keepsACellsOwnLineBreakInsideTheCell() {
    String f = Folding.fold("|\n序号 |\n任务 |\n牵头单位 |\n|\n1 |\n修路12公里，\n建桥3座。 |\n县交通局 |\n|\n2 |\n建校3所。 |\n县教育局 |\n");

    assertThat(CellLines.joined(new SourceText(f)))
        .isEqualTo(Folding.fold("| 序号 | 任务 | 牵头单位 |\n| 1 | 修路12公里， 建桥3座。 | 县交通局 |\n| 2 | 建校3所。 | 县教育局 |\n"));
  }

  /** A lone pipe that opens no rows of three cells or more is left as it is. */
  @Test
  void joined_leavesALonePipeThatOpensNoTable() {
    String f = "|\n说明 |\n|\n附件 |\n";

    assertThat(CellLines.joined(new SourceText(f))).isSameAs(f);
  }

  /** The copy reads as the table written one row a line: tasks, units, targets and title; CRLF too. */
  @Test
  void parse_cellLinesClosedByPipes_readAsTheRowTable() {
    Plan expected = PARSER.parse(ROWS);
    assertThat(expected.allTasks()).hasSize(2);
    assertThat(expected.title()).isEqualTo("某县2025年民生实事项目清单");

    for (String copy : new String[] {CELL_LINES, CELL_LINES.replace("\n", "\r\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.title()).as(copy).isEqualTo(expected.title());
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(expected));
    }
  }
}
