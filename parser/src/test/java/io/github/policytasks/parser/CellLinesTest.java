package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A task table that a copy of a web page gives one cell a line (annotation guide §6, Tables):
 * header lines of column words, a number column first, then rows each opening with a line that
 * holds its number alone. The line breaks inside the header and inside each row are cell
 * separators ({@link CellLines}), so the table reads as the same table with pipes.
 */
class CellLinesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TITLE = "某县2024年重点工作任务分解表\n";
  private static final String PIPES = TITLE + "序号 | 重点任务 | 具体目标 | 牵头单位 | 配合单位 | 完成时限\n"
      + "1 | 推进项目建设 | 实施重点项目85个，完成投资72亿元以上 | 县发展改革局 | 县财政局、县自然资源局 | 2024年12月底前\n"
      + "2 | 稳定就业 | 城镇新增就业4800人 | 县人社局 |  | 2024年12月底前\n"
      + "3 | 改造老旧小区 | 改造老旧小区40个 | 县住建局 | 县财政局 | 2024年10月底前\n";

  /** The separators are written as pipes in place: same length, the rows' own line breaks kept. */
  @Test
  void joined_writesTheCellSeparatorsAsPipes_andKeepsEveryOffset() {
    String f = Folding.fold("序号\n重点任务\n牵头单位\n完成时限\n1\n建设道路\n县交通局\n年底前\n2\n新增就业\n县人社局\n年底前\n此件公开发布\n");

    assertThat(CellLines.joined(new SourceText(f)))
        .isEqualTo("序号|重点任务|牵头单位|完成时限\n1|建设道路|县交通局|年底前\n2|新增就业|县人社局|年底前\n此件公开发布\n");
    String crlf = f.replace("\n", "\r\n");
    assertThat(CellLines.joined(new SourceText(crlf))).hasSameSizeAs(crlf).startsWith("序号| 重点任务| 牵头单位| 完成时限\r\n1| 建设道路");
  }

  /** Lines of column words not followed by the row number 1, or too few of them, are no table. */
  @Test
  void joined_leavesOtherLinesAlone() {
    String list = "序号\n重点任务\n牵头单位\n完成时限\n说明如下。\n";
    String two = "序号\n牵头单位\n1\n县交通局\n";

    assertThat(CellLines.joined(new SourceText(list))).isSameAs(list);
    assertThat(CellLines.joined(new SourceText(two))).isSameAs(two);
  }

  /**
   * The table one cell a line reads as the pipe table: with an empty cell as a blank line, with
   * CRLF line ends, in Traditional characters. (A row whose empty cell the copy lost altogether is
   * one line short and is fitted as any short row is, {@link RowAlignment}.)
   */
  @Test
  void parse_tableOneCellALine_readsAsThePipeTable() {
    String cells = TITLE + "序号\n重点任务\n具体目标\n牵头单位\n配合单位\n完成时限\n"
        + "1\n推进项目建设\n实施重点项目85个，完成投资72亿元以上\n县发展改革局\n县财政局、县自然资源局\n2024年12月底前\n"
        + "2\n稳定就业\n城镇新增就业4800人\n县人社局\n\n2024年12月底前\n"
        + "3\n改造老旧小区\n改造老旧小区40个\n县住建局\n县财政局\n2024年10月底前\n";
    Plan expected = PARSER.parse(PIPES);
    assertThat(expected.allTasks()).hasSize(3);

    for (String copy : new String[] {cells, cells.replace("\n", "\r\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(expected));
      ConservationProperties.assertConserved(copy, plan);
    }
    assertThat(MetamorphicTest.outline(PARSER.parse(MetamorphicTest.Traditional.convert(cells))))
        .isEqualTo(MetamorphicTest.outline(PARSER.parse(MetamorphicTest.Traditional.convert(PIPES))));
  }

  /**
   * Section rows inside a table copied one cell a paragraph ({@code 一、…工作目标（牵头领导：…）} across
   * all columns, before the first row and between rows): each stays a heading line, the rows under
   * it read as the same pipe table's rows, and the rows after it may number on or start at 1.
   */
  @Test
  void parse_sectionRowsInATableOneCellAParagraph_areHeadingsOfTheRowsUnderThem() {
    String pipes = TITLE + "序号 | 目标任务 | 牵头单位 | 责任单位\n"
        + "一、经济发展指标\n"
        + "1 | 地区生产总值增长6%。 | 县发改局 | 县统计局\n"
        + "2 | 一般公共预算收入增长5%。 | 县财政局 | 县税务局\n"
        + "二、民生工作目标\n"
        + "3 | 城镇新增就业4800人。 | 县人社局 | 各乡镇\n";
    String paragraphs = TITLE + "\n序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n一、经济发展指标\n\n"
        + "1\n\n地区生产总值增长6%。\n\n县发改局\n\n县统计局\n\n"
        + "2\n\n一般公共预算收入增长5%。\n\n县财政局\n\n县税务局\n\n二、民生工作目标\n\n"
        + "3\n\n城镇新增就业4800人。\n\n县人社局\n\n各乡镇\n";
    Plan expected = PARSER.parse(pipes);
    assertThat(expected.sections()).hasSize(2);
    assertThat(expected.allTasks()).hasSize(3);

    for (String copy : new String[] {paragraphs, paragraphs.replace("\n3\n", "\n1\n")}) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.sections()).as(copy).hasSize(2);
      assertThat(plan.allTasks()).as(copy).extracting(t -> t.leadUnits().get(0).name())
          .containsExactly("县发改局", "县财政局", "县人社局");
      assertThat(plan.allTasks()).as(copy).extracting(t -> t.targets().size()).containsExactly(1, 1, 1);
    }
  }
}
