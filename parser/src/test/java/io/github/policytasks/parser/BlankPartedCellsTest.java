package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A task table whose cells a page parts by blanks alone, a cell broken over lines filling the
 * row's missing cells (annotation guide §6, Tables; {@link BlankPartedCells}): it reads as the same
 * table written with pipes.
 */
class BlankPartedCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String PIPES = "某区2025年重点工作任务分解表\n"
      + "序号|重点工作任务|主要责任单位|协同配合单位\n"
      + "一、主要预期目标\n"
      + "1|地区生产总值增长6.5%左右。|区发改委|区政府各部门,各乡镇人民政府。\n"
      + "2|一般公共预算收入增长5%左右。|区财政局 区税务局|区政府有关部门。\n"
      + "3|新建公办幼儿园3所。|区教育局|各乡镇人民政府。\n";
  private static final String BLANKS = "某区2025年重点工作任务分解表\n"
      + "序号 重点工作任务 主要责任单位 协同配合单位\n"
      + "一、主要预期目标\n"
      + "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府。\n"
      + "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门。\n"
      + "3 新建公办幼儿园3所。 区教育局 各乡镇人民政府。\n";

  /** Blanks between cells and breaks between a row's cells become pipes, a break inside a cell a blank. */
  @Test
  void joined_writesTheSeparatorsAsPipes_andKeepsEveryOffset() {
    String f = Folding.fold(BLANKS);

    assertThat(CellLines.joined(new SourceText(f))).isEqualTo(Folding.fold("某区2025年重点工作任务分解表\n"
        + "序号|重点工作任务|主要责任单位|协同配合单位\n"
        + "一、主要预期目标\n"
        + "1|地区生产总值增长6.5%左右。|区发改委|区政府各部门,各乡镇人民政府。\n"
        + "2|一般公共预算收入增长5%左右。|区财政局 区税务局|区政府有关部门。\n"
        + "3|新建公办幼儿园3所。|区教育局|各乡镇人民政府。\n"));
  }

  /** A line that opens with 序号 but heads no task table, or a header with no numbered row, is left alone. */
  @Test
  void joined_leavesLinesThatOpenNoSuchTable() {
    String sentence = "序号 按照文件顺序排列,请各单位对照落实。\n1 认真落实。\n";
    String noRow = "序号 重点工作任务 牵头单位 配合单位\n说明:本表由区政府办负责解释。\n";

    assertThat(CellLines.joined(new SourceText(sentence))).isSameAs(sentence);
    assertThat(CellLines.joined(new SourceText(noRow))).isSameAs(noRow);
  }

  /** The blank-parted copy reads as the pipe table: tasks, units and targets; CRLF too. */
  @Test
  void parse_blankPartedTable_readsAsThePipeTable() {
    Plan expected = PARSER.parse(PIPES);
    assertThat(expected.allTasks()).hasSize(3);
    assertThat(expected.allTasks().get(1).leadUnits()).hasSize(2);

    for (String copy : new String[] {BLANKS, BLANKS.replace("\n", "\r\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.title()).as(copy).isEqualTo(expected.title());
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(expected));
    }
  }
}
