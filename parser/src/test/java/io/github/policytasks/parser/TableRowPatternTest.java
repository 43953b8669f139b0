package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A task table whose line breaks a web copy lost is read at its row pattern (annotation guide §6,
 * Lost line breaks; Tables; issue 15): the header's column count and column words, the number
 * that opens each row, the units that close it. Each copy here reads as the table with its
 * breaks, and loses nothing.
 */
class TableRowPatternTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String INDICATORS = "某县2024年主要经济指标任务分解方案\n"
      + "一、主要指标\n"
      + "序号 | 指标名称 | 单位 | 2023年完成值 | 2024年目标值 | 牵头单位 | 责任单位\n"
      + "1 | 地区生产总值增速 | % | 5.1 | 6左右 | 县发展和改革局 | 县统计局\n"
      + "2 | 城镇新增就业 | 人 | 2100 | 2300 | 县人力资源和社会保障局 | \n"
      + "3 | 粮食播种面积 | 万亩 | 20.4 | 20.5 | 县农业农村局 | \n"
      + "4 | 一般公共预算收入 | 万元 | 50200 | 53000 | 县财政局 | 县税务局\n"
      + "二、重点任务\n"
      + "1．建设产业园区。新建标准厂房3万平方米。（牵头单位：县工业和信息化局）\n";

  /** An indicator table's header, whose columns name the year they speak of, run into its first row. */
  @Test
  void aHeaderWithYearColumns_runIntoItsFirstRow_isTheHeaderAndTheRow() {
    assertReadsAsTheOriginal(INDICATORS, INDICATORS.replace("责任单位\n1 |", "责任单位1 |"));
    assertThat(PARSER.parse(INDICATORS).allTasks()).hasSize(5);
  }

  /**
   * A row whose last cell is empty ({@code … | 县人社局 | }) run into the next row: its closing pipe
   * and the next row's number make a cell of their own, the row's number plus one, under the last
   * column; the next row starts at that number.
   */
  @Test
  void aRowWithAnEmptyLastCell_runIntoTheNextRow_endsBeforeTheNextNumber() {
    assertReadsAsTheOriginal(INDICATORS, INDICATORS.replace("社会保障局 | \n3 |", "社会保障局 | 3 |"));
    assertReadsAsTheOriginal(INDICATORS, INDICATORS.replace("县农业农村局 | \n4 |", "县农业农村局 | 4 |"));
  }

  /**
   * In a table whose last column is a score, a row whose score is its own number plus one, the next
   * row run onto it ({@code 1 | 组织领导 | 县委办 | 2 | 2 | 信息报送 | …}): the next row starts at its own
   * number after the score, and the score stays the row's — the last column's cell is read as the
   * next row's number only where no number follows it.
   */
  @Test
  void aScoreThatIsTheRowsNumberPlusOne_staysTheRowsWhenTheNextRowsNumberFollows() {
    String table = "某县2020年度目标管理考核细则\n序号 | 考核内容 | 考核部门 | 分值\n"
        + "1 | 年内专题研究部署不少于2次。 | 县委办 | 2\n"
        + "2 | 每月5日前报送工作进展。 | 县政府办 | 8\n";

    String copy = table.replace("| 2\n2 |", "| 2 | 2 |");
    assertReadsAsTheOriginal(table, copy);
    assertThat(PARSER.parse(copy).allTasks()).extracting(t -> t.text().replace(" ", ""))
        .containsExactly("年内专题研究部署不少于2次。|县委办|2", "每月5日前报送工作进展。|县政府办|8");
  }

  /** The section heading after a table run onto its last row's units: the heading starts after the last name. */
  @Test
  void aSectionHeading_runOntoTheLastRowsUnits_isAHeading() {
    String joined = INDICATORS.replace("县税务局\n二、", "县税务局二、");

    assertReadsAsTheOriginal(INDICATORS, joined);
    assertThat(PARSER.parse(joined).sections()).extracting(s -> s.title()).containsExactly("主要指标", "重点任务");
  }

  /** The whole indicator table and the plan around it on one line: every row, the heading after it, the task. */
  @Test
  void aWholeIndicatorTableOnOneLine_readsAsTheTable() {
    assertReadsAsTheOriginal(INDICATORS, INDICATORS.replace("\n", ""));
  }

  /**
   * A table without number column, rows of unequal width (a category and a leader cell spanning
   * the rows below), the whole of it on one line: each row's units run into the next row's first
   * cell, and the first units that run on into text end the first row, however many rows follow.
   */
  @Test
  void aWholeTableOnOneLine_whoseUnitsRunIntoTheNextRows_readsAsTheTable() {
    String table = "某县2024年重点工作任务分工方案\n"
        + "类别 | 任务内容 | 牵头领导 | 责任单位\n"
        + "稳定工业增长 | 新增规模以上工业企业10家。 | 李强 | 县工业和信息化局、各镇街\n"
        + "实施技术改造项目20个。 | 县工业和信息化局、县发展和改革局\n"
        + "争取上级资金3亿元。 | 周平 | 县财政局\n"
        + "保障民生 | 新增城镇就业2000人。 | 吴敏 | 县人力资源和社会保障局\n"
        + "改造老旧小区15个。 | 县住房和城乡建设局、各镇街\n";

    assertReadsAsTheOriginal(table, table.replace("\n", ""));
    assertThat(PARSER.parse(table).allTasks()).hasSize(5);
  }

  /**
   * On a line that lost its breaks, a cell's own numbered points ({@code … | 1.健全…（10分）；2.新建…
   * |}) start no item: a label with a pipe before it on its line and one after it is inside a cell.
   */
  @Test
  void numberedPointsInsideACell_onALineWithoutBreaks_stayInTheirRow() {
    String table = "某县2024年农村环境整治考核细则\n"
        + "序号 | 考核项目 | 分值 | 评分标准 | 考核部门 |\n"
        + "1 | 推进垃圾治理 | 20 | 1.行政村收运体系覆盖率达到100%（10分）；2.新建垃圾中转站3座（10分）。 | 县农业农村局 |\n"
        + "2 | 推进污水治理 | 30 | 1.完成5个建制镇污水设施改造（20分）；2.新增治理行政村12个（10分）。 | 县住房和城乡建设局 |\n"
        + "3 | 推进厕所革命 | 10 | 完成农村户厕改造2000户以上（10分）。 | 县卫生健康委员会 |\n";

    assertReadsAsTheOriginal(table, table.replace("\n", ""));
    assertThat(PARSER.parse(table).allTasks()).hasSize(3);
  }

  private static void assertReadsAsTheOriginal(String original, String copy) {
    Plan read = PARSER.parse(copy);
    assertThat(MetamorphicTest.outline(read)).as(copy).isEqualTo(MetamorphicTest.outline(PARSER.parse(original)));
    ConservationProperties.assertConserved(copy, read);
  }
}
