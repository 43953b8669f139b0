package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A table a crawler took from a web page one cell a line, each cell closed by a pipe and no row
 * opened by one (annotation guide §6, Tables; {@link UnopenedPipeCells}): it reads as the same
 * table written one row a line, whatever number its first row carries.
 */
class UnopenedPipeCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String ROWS = "某县2025年重点工作及责任清单\n"
      + "序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 |\n"
      + "1 | 盘活僵尸企业10家，盘活存量土地400亩。 | 张三 | 县改革办、县自然资源局 | 全年 |\n"
      + "2 | 新建污水管网12公里。 | 李四 | 县住建局 | 6月底前 |\n";
  private static final String CELL_LINES = "某县2025年重点工作及责任清单\n"
      + "序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n"
      + "1 |\n盘活僵尸企业10家，盘活存量土地400亩。 |\n张三 |\n县改革办、县自然资源局 |\n全年 |\n"
      + "2 |\n新建污水管网12公里。 |\n李四 |\n县住建局 |\n6月底前 |\n";

  /** The breaks inside the header and inside each row become blanks; every offset is kept. */
  @Test
  void joined_writesTheBreaksInsideARowAsBlanks() {
    String f = Folding.fold("序号 |\n任务 |\n牵头单位 |\n80 |\n修路12公里。 |\n县交通局 |\n81 |\n建校3所。 |\n县教育局 |\n");

    assertThat(CellLines.joined(new SourceText(f)))
        .isEqualTo(Folding.fold("序号 | 任务 | 牵头单位 |\n80 | 修路12公里。 | 县交通局 |\n81 | 建校3所。 | 县教育局 |\n"));
  }

  /** Lines closed by pipes that open no header with a number column, or no numbered row, are left alone. */
  @Test
  void joined_leavesLinesThatOpenNoSuchTable() {
    String noHeader = "说明 |\n附件 |\n备注 |\n1 |\n";
    String noRow = "序号 |\n任务 |\n牵头单位 |\n说明 |\n";

    assertThat(CellLines.joined(new SourceText(noHeader))).isSameAs(noHeader);
    assertThat(CellLines.joined(new SourceText(noRow))).isSameAs(noRow);
  }

  /** The copy reads as the table written one row a line: tasks, units and targets; CRLF too. */
  @Test
  void parse_cellLinesClosedByPipes_readAsTheRowTable() {
    Plan expected = PARSER.parse(ROWS);
    assertThat(expected.allTasks()).hasSize(2);

    for (String copy : new String[] {CELL_LINES, CELL_LINES.replace("\n", "\r\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.title()).as(copy).isEqualTo(expected.title());
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(expected));
    }
  }
}
