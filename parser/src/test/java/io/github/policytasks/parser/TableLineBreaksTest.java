package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TableLineBreaks#headingAfterLastCell}: a section heading that a copy ran onto a table's
 * last row starts right after a unit's name or a sentence end in the line's last cell, when a
 * section label with heading text after it stands there; anything else in that cell is the cell's.
 * {@link TableLineBreaks#gluedRowStart}: a row run onto the closing pipe of the row before starts
 * there only in a copy that spaces its pipes, and only at a row's label.
 */
class TableLineBreaksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '/', value = {
      "5 | 新建道路12公里。 | 县市场监督管理局二、重点工作任务/二、重点工作任务",
      "5 | 新建道路12公里。 | 2023年底前完成。十二、保障措施/十二、保障措施"})
  void aSectionLabelAfterAUnitOrASentenceEndInTheLastCell_startsTheHeading(String line, String heading) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.headingAfterLastCell(f, 0, f.length())).isEqualTo(f.indexOf(heading));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "5 | 新建道路12公里。 | 县发展和改革局二、三季度完成",
      "5 | 新建道路12公里。 | 县交通运输局二、 | 2023年底前",
      "5 | 新建道路12公里。 | 县交通运输局二、",
      "5 | 新建道路12公里。 | 县交通运输局二、3个",
      "5 | 新建道路12公里。 | 推进第二、第三批项目",
      "5 | 新建道路12公里。 | 县交通运输局 | 十二、保障措施",
      "县交通运输局二、重点工作任务"})
  void anythingElseInTheLastCell_isTheCells(String line) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.headingAfterLastCell(f, 0, f.length())).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '/', value = {
      "1 | 完善机制 | 5 | 县河长办 |6 | 深化改革 | 5 | 县水务局 |/6 | 深化改革",
      "序号 | 考核项目 | 责任单位 |一、 | 共性考核项目 |  |/一、 | 共性考核项目",
      "1 | 组织领导 | 县委办 |  |  |12 | 信息报送 | 县政府办 |/12 | 信息报送"})
  void aRowLabelAfterAClosingPipeOfASpacedCopy_startsTheRow(String line, String row) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.gluedRowStart(f, 0, f.length())).isEqualTo(f.indexOf(row));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "| 序号 |项目名称 |牵头单位|",
      "| 序号 |项目名称 |牵头单位 |",
      "| 1 |新建道路12公里 |县交通运输局|",
      "| 1 |道路 |12 |县交通运输局 |",
      "| 1 |道路 |12 | 县交通运输局 |",
      "| 序号 | 项目名称 |牵头单位 | 完成时限 |",
      "1 | 完善机制 | 5 | 县河长办 |健全组织 | 县水务局 |"})
  void pipesWrittenWithoutABlankAfterThem_orNoRowLabel_runNoRowOn(String line) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.gluedRowStart(f, 0, f.length())).isEqualTo(-1);
  }

  @Test
  void aTableWhosePipesHaveNoBlankAfterThem_readsRowByRow() {
    Plan plan = PlanParser.create().parse(
        "| 序号 |项目名称 |牵头单位|\n|---|---|---|\n| 1 |新建道路12公里 |县交通运输局|\n| 2 |改造学校3所 |县教育局|\n");
    assertThat(plan.allTasks()).extracting(t -> t.number() + " " + t.leadUnits().get(0).name())
        .containsExactly("1 县交通运输局", "2 县教育局");
  }

  /**
   * {@link TableLineBreaks#closingAfterLastPipe}: a closing paragraph run onto the closing pipe of a
   * bordered row starts a line of its own; other text after the last pipe is the last cell's.
   */
  @Test
  void aClosingParagraphAfterABorderedRowsLastPipe_startsALine() {
    String f = Folding.fold("| 5 | 新增事项50项。 | 市政务服务中心 |  |本分工表由市营商办负责解释。");
    assertThat(TableLineBreaks.closingAfterLastPipe(f, 0, f.length())).isEqualTo(f.indexOf("本分工表"));
    String cell = Folding.fold("| 5 | 新增事项50项。 | 市政务服务中心 | 本表数据由市统计局提供");
    assertThat(TableLineBreaks.closingAfterLastPipe(cell, 0, cell.length())).isEqualTo(-1);
    String unbordered = Folding.fold("5 | 新增事项50项。 | 市政务服务中心 |本分工表由市营商办负责解释。");
    assertThat(TableLineBreaks.closingAfterLastPipe(unbordered, 0, unbordered.length())).isEqualTo(-1);
  }
}
