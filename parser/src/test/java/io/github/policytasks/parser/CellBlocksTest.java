package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A task table a crawler took from a web page's table one cell a line with a blank line after each
 * row (annotation guide §6, Tables): a cell's own line break gives it two lines, a break after a
 * line that runs on ({@code ，} {@code 、} {@code ；}) where the row has lines too many
 * ({@link CellBlocks}); the table reads as the same table with pipes.
 */
class CellBlocksTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TITLE = "某市2024年重点任务清单\n";
  private static final String PIPES = TITLE + "序号 | 重点任务 | 工作目标 | 牵头单位 | 配合单位 | 完成时限\n"
      + "1 | 深化一网通办 | 网上可办率达到98%以上，掌上办事项不少于800项。 | 市政务服务局 | 市直各有关部门 | 2024年12月底前\n"
      + "2 | 压缩开办时间 | 1.开办时间压缩至1个工作日以内；2.新设经营主体1.5万户以上。 | 市市场监管局 | 市公安局、市税务局 | 2024年6月底前\n"
      + "3 | 提升审批效率 | 审批时间控制在30个工作日以内。 | 市住房城乡建设局 |  | 2024年9月底前\n";
  private static final String BLOCKS = TITLE + "序号\n重点任务\n工作目标\n牵头单位\n配合单位\n完成时限\n\n"
      + "1\n深化一网通办\n网上可办率达到98%以上，\n掌上办事项不少于800项。\n市政务服务局\n市直各有关部门\n2024年12月底前\n\n"
      + "2\n压缩开办时间\n1.开办时间压缩至1个工作日以内；\n2.新设经营主体1.5万户以上。\n市市场监管局\n市公安局、\n市税务局\n2024年6月底前\n\n"
      + "3\n提升审批效率\n审批时间控制在30个工作日以内。\n市住房城乡建设局\n\n2024年9月底前\n";

  /** Separators become pipes, a break inside a cell a blank, the blank lines between rows stay. */
  @Test
  void joined_writesSeparatorsAsPipes_andBreaksInsideACellAsBlanks() {
    String f = Folding.fold("序号\n重点任务\n具体目标\n牵头单位\n完成时限\n\n1\n建设道路\n新建道路12公里，\n改造桥梁3座。\n县交通局\n年底前\n\n2\n新增就业\n新增就业3000人。\n县人社局\n年底前\n");

    assertThat(CellLines.joined(new SourceText(f)))
        .isEqualTo(Folding.fold("序号|重点任务|具体目标|牵头单位|完成时限\n\n1|建设道路|新建道路12公里， 改造桥梁3座。|县交通局|年底前\n\n2|新增就业|新增就业3000人。|县人社局|年底前\n"));
  }

  /** The table in blocks reads as the pipe table: cells of two lines, an empty cell as a blank line, CRLF. */
  @Test
  void parse_tableInBlocks_readsAsThePipeTable() {
    Plan expected = PARSER.parse(PIPES);
    assertThat(expected.allTasks()).hasSize(3);

    for (String copy : new String[] {BLOCKS, BLOCKS.replace("\n", "\r\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(expected));
    }
  }

  /** A block whose lines too many cannot be told apart (no line runs on) ends the table there. */
  @Test
  void joined_leavesABlockWithLinesItCannotPlace() {
    String f = "序号\n重点任务\n具体目标\n牵头单位\n完成时限\n\n1\n建设道路\n新建道路12公里。\n改造桥梁3座。\n县交通局\n年底前\n";

    assertThat(CellLines.joined(new SourceText(f))).isSameAs(f);
  }
}
