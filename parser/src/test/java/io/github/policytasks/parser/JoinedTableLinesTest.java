package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pipe table whose line breaks a web copy lost around its header reads as the table itself
 * (annotation guide §6, Lost line breaks; Tables): text run into the header, the header run into
 * its rule line, the rule line run into the first row, a section row and a task row run
 * together: the same tasks and the same kinds of diagnostics as the original.
 */
class JoinedTableLinesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TITLE = "某县2023年重点工作任务清单\n";
  private static final String LEAD_IN = "现将重点工作任务分解如下：";
  private static final String HEADER = "序号 | 主要工作任务 | 牵头单位 | 完成时限";
  private static final String RULE = "---|---|---|---";
  private static final String ROWS = "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前\n"
      + "2 | 新增就业5000人。 | 县人社局 | 年底前\n";

  @Test
  void textRunIntoTheHeader_endsWhereTheHeaderStarts() {
    String original = TITLE + LEAD_IN + "\n" + HEADER + "\n" + RULE + "\n" + ROWS;
    String joined = TITLE + LEAD_IN + HEADER + "\n" + RULE + "\n" + ROWS;
    String headingJoined = TITLE + "一、项目建设" + HEADER + "\n" + RULE + "\n" + ROWS;
    String tableTitleJoined = "某县2023年重点工作任务分解表项次 | 主要工作任务 | 牵头单位 | 完成时限\n" + RULE + "\n" + ROWS;

    assertReadAlike(original, joined);
    assertThat(PARSER.parse(headingJoined).sections()).singleElement()
        .satisfies(s -> assertThat(s.title()).isEqualTo("项目建设"));
    assertThat(outline(PARSER.parse(headingJoined))).isEqualTo(outline(PARSER.parse(original)));
    assertThat(outline(PARSER.parse(tableTitleJoined))).isEqualTo(outline(PARSER.parse(original)));
    ConservationProperties.assertConserved(tableTitleJoined, PARSER.parse(tableTitleJoined));
  }

  @Test
  void textRunIntoABorderedHeader_endsAtTheBorder() {
    String bordered = "| " + HEADER + " |\n|" + RULE + "|\n| 1 | 新建道路120公里。 | 县交通运输局 | 年底前 |\n";

    assertReadAlike(TITLE + LEAD_IN + "\n" + bordered, TITLE + LEAD_IN + bordered);
  }

  @Test
  void headerRunIntoItsRule_andRuleRunIntoTheFirstRow_areSplit() {
    String original = TITLE + HEADER + "\n" + RULE + "\n" + ROWS;

    assertReadAlike(original, TITLE + HEADER + RULE + "\n" + ROWS);
    assertReadAlike(original, TITLE + HEADER + " |" + RULE + "|\n" + ROWS);
    assertReadAlike(original, TITLE + HEADER + "\n" + RULE + ROWS);
    String bordered = "| " + HEADER + " |\n|" + RULE + "|\n| 1 | 新建道路120公里。 | 县交通运输局 | 年底前 |\n";
    assertReadAlike(TITLE + bordered, TITLE + bordered.replaceFirst("\n\\|---", "|---"));
    assertReadAlike(TITLE + bordered, TITLE + bordered.replace("|\n| 1", "|| 1"));
  }

  @Test
  void aSectionRowRunIntoTheNextRow_orARowRunIntoTheNextSectionRow_areTwoRows() {
    String table = TITLE + "序号 | 工作任务 | 分值 | 牵头单位 | 完成时限\n---|---|---|---|---\n"
        + "一、 | 扩大有效投资 | | |\n1 | 推进重大项目建设。新开工项目120个。 | 5 | 市发改委 | 年底前\n"
        + "2 | 争取专项债券。争取债券80亿元。 | 3 | 市财政局 | 2023年6月底前\n二、 | 促进消费回升 | 2 | |\n"
        + "3 | 开展促消费活动。举办活动50场。 | 4 | 市商务局 | 年底前\n";

    for (String joined : List.of(table.replace("| | |\n1 |", "| | |1 |"), table.replace("6月底前\n二、", "6月底前二、"),
        table.replace("| 2 | |\n3 |", "| 2 | |3 |"))) {
      assertReadAlike(table, joined);
      assertThat(PARSER.parse(joined).sections()).as(joined).extracting(s -> s.title())
          .containsExactly("扩大有效投资", "促进消费回升");
      assertThat(PARSER.parse(joined).allTasks()).as(joined).extracting(t -> t.deadline() == null ? null : t.deadline().toString())
          .containsExactly("2023-12-31", "2023-06-30", "2023-12-31");
    }
  }

  @Test
  void aTableWithNoLineBreaksAtAll_readsAsTheTable() {
    String original = TITLE + HEADER + "\n" + RULE + "\n" + ROWS
        + "3 | 改造老旧小区30个。 | 县住建局 | 2023年10月底前\n4 | 新建城区幼儿园3所，新增学位900个。 | 县教育局 | 年底前\n"
        + "5 | 建设城市停车泊位1500个。 | 县城管局 | 年底前\n";

    assertThat(original.length()).isGreaterThan(LineCursor.WHOLE_LINE);
    assertReadAlike(original, original.replace("\n", ""));
  }

  @Test
  void aHeaderRunIntoItsFirstRow_endsWhereTheRowStarts() {
    String rows = "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前\n2 | 新增就业5000人。 | 县人社局 | 年底前\n";
    String original = TITLE + HEADER + "\n" + rows;
    String closed = TITLE + HEADER + " |\n" + rows.replace("\n", " |\n");
    String bordered = TITLE + "| " + HEADER + " |\n| 1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前 |\n"
        + "| 2 | 新增就业5000人。 | 县人社局 | 年底前 |\n";
    String summed = TITLE + HEADER + " |\n | 合计 | 2项 |  |\n" + rows.replace("\n", " |\n");

    assertReadAlike(original, TITLE + HEADER + rows);
    assertReadAlike(closed, closed.replace("完成时限 |\n1", "完成时限 |1"));
    assertReadAlike(bordered, bordered.replace("完成时限 |\n| 1", "完成时限 || 1"));
    assertReadAlike(summed, summed.replace("完成时限 |\n |", "完成时限 | |"));
    String sectioned = TITLE + HEADER + " |\n一、 | 项目建设 |  |  |\n" + rows.replace("\n", " |\n");
    assertReadAlike(sectioned, sectioned.replace("完成时限 |\n一、", "完成时限 |一、"));
  }

  @Test
  void aHeaderRunIntoAnUnnumberedRow_endsAfterItsLastColumnWord() {
    String header = "工作任务 | 牵头单位 | 责任单位\n";
    String rows = "推进重点项目建设，新开工项目120个。 | 县发改局 | 县财政局\n新增城镇就业5000人。 | 县人社局 | 县财政局\n";
    String original = TITLE + header + rows;

    assertReadAlike(original, TITLE + header.replace("\n", "") + rows);
    assertThat(PARSER.parse(TITLE + header.replace("\n", "") + rows).allTasks()).hasSize(2);
  }

  @Test
  void aHeaderCellLeftEmpty_orAColumnWordWithASuffix_isNoRow() {
    String empty = TITLE + "序号 | 工作任务 | | 牵头单位 | 完成时限\n1 | 新建道路120公里。 | 道路 | 县交通运输局 | 年底前\n";
    String suffixed = TITLE + "序号 | 工作任务 | 牵头单位及责任人 | 完成时限\n1 | 新建道路120公里。 | 县交通运输局 | 年底前\n";

    assertThat(TableLineBreaks.rowAfterHeader(empty, TITLE.length(), empty.indexOf('\n', TITLE.length()))).isEqualTo(-1);
    assertThat(TableLineBreaks.rowAfterHeader(suffixed, TITLE.length(), suffixed.indexOf('\n', TITLE.length())))
        .isEqualTo(-1);
  }

  @Test
  void aRowRunIntoASectionHeading_runIntoTheNextTablesHeader_areRowHeadingAndHeader() {
    String original = TITLE + "一、项目建设\n" + HEADER + " |\n" + RULE + "|\n"
        + "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前 |\n二、民生保障\n"
        + "| " + HEADER + " |\n|" + RULE + "|\n| 2 | 新增就业5000人。 | 县人社局 | 年底前 |\n";

    String joined = original.replace("底前 |\n二、民生保障\n|", "底前 |二、民生保障|");
    assertReadAlike(original, joined);
    assertThat(PARSER.parse(joined).sections()).extracting(s -> s.title()).containsExactly("项目建设", "民生保障");
    assertReadAlike(original, original.replace("\n", ""));
  }

  @Test
  void aHeaderWhoseFirstColumnIsUnknown_runIntoByTheTitle_orRunIntoItsFirstRow_isSplit() {
    String original = "某县2024年重点任务分工方案\n类别 | 任务内容 | 牵头领导 | 责任单位\n"
        + "扩大有效投资 | 全年实施重点项目120个。 | 王建国 | 县发展和改革局\n促进消费 | 新增商贸企业30家。 | 陈红 | 县商务局\n";
    String joined = original.replaceFirst("\n", "");

    assertReadAlike(original, joined);
    assertThat(PARSER.parse(joined).title()).isEqualTo("某县2024年重点任务分工方案");
    assertReadAlike(original, original.replace("责任单位\n扩大", "责任单位扩大"));
  }

  /**
   * A header run into its first row with a blank between ({@code … | 完成时限 1 | 推进…}): the row
   * starts at its number, as when the number is glued to the column word.
   */
  @Test
  void aHeaderRunIntoItsFirstRowAfterABlank_endsWhereTheRowStarts() {
    String rows = "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前\n2 | 新增就业5000人。 | 县人社局 | 年底前\n";
    String joined = TITLE + HEADER + " " + rows;

    assertReadAlike(TITLE + HEADER + "\n" + rows, joined);
    int header = TITLE.length();
    assertThat(TableLineBreaks.rowAfterHeader(joined, header, joined.indexOf('\n', header)))
        .isEqualTo(joined.indexOf("1 | 新建"));
  }

  /**
   * A header whose last column the guide does not name ({@code 督办领导}) run into its first row in a
   * table numbered in its first column: the cell is a short word and the number {@code 1} alone,
   * so the row starts at the number; a word with any other figure after it is no such cell.
   */
  @Test
  void aHeaderWhoseLastColumnIsUnknown_runIntoItsFirstRow_endsWhereTheRowStarts() {
    String header = "序号 | 责任单位 | 工作事项 | 时间节点 | 督办领导\n";
    String rows = "1 | 区应急管理局 | 开展执法检查600家次。 | 2024年12月底前 | 周海\n"
        + "2 | 区消防救援大队 | 建成微型消防站12个。 | 2024年11月底前 | 吴涛\n";
    String original = TITLE + header + rows;
    String joined = TITLE + header.replace("\n", "") + rows;

    assertReadAlike(original, joined);
    assertReadAlike(original, TITLE + header.replace("\n", " ") + rows);
    assertReadAlike(original, original.replace("\n", ""));
    int at = TITLE.length();
    String twelve = joined.replace("督办领导1 |", "督办领导12 |");
    assertThat(TableLineBreaks.rowAfterHeader(twelve, at, twelve.indexOf('\n', at))).isEqualTo(-1);
    String figure = joined.replace("督办领导1 |", "督办领导1个 |");
    assertThat(TableLineBreaks.rowAfterHeader(figure, at, figure.indexOf('\n', at))).isEqualTo(-1);
  }

  /**
   * A table sectioned by rows ({@code 一、 | 提升政务服务效能 | | …}) whose last column the guide does
   * not name ({@code 备注}) and whose rows leave that cell empty: the header run into the first
   * section row ({@code … | 备注一、 | …}) ends at the numeral, and a row whose empty last cell ran
   * into the next section row ({@code … | 2024年9月底前 | 二、 | 降低… |}) ends at that numeral.
   */
  @Test
  void aSectionRowRunIntoAnUnknownLastColumnOrAnEmptyLastCell_opensItsSection() {
    String original = TITLE + "编号 | 任务名称 | 目标任务 | 牵头单位 | 时间节点 | 备注\n"
        + "一、 | 提升政务服务效能 |  |  |  | \n"
        + "1 | 深化一网通办 | 网上可办率达到98%以上 | 县行政审批服务局 | 2024年11月底前 | 纳入考核\n"
        + "2 | 压缩审批时间 | 审批时间压缩至25个工作日以内 | 县住房城乡建设局 | 2024年9月底前 | \n"
        + "二、 | 降低企业经营成本 |  |  |  | \n"
        + "3 | 加大减税降费力度 | 新增减税降费1.5亿元 | 县税务局 | 2024年12月底前 | \n";

    assertReadAlike(original, original.replace("备注\n一、", "备注一、"));
    assertReadAlike(original, original.replace("9月底前 | \n二、", "9月底前 | 二、"));
    assertReadAlike(original, original.replace("\n", ""));
    assertThat(PARSER.parse(original.replace("\n", "")).sections()).extracting(s -> s.title())
        .containsExactly("提升政务服务效能", "降低企业经营成本");
  }

  /**
   * A task table with a leaders' column and a 责任单位 column but no 牵头 column, its line breaks all
   * lost (guide §6 Tables; §2: with no 牵头单位 named, the first 责任单位 leads): every row is a task,
   * led by the first unit of its 责任单位 cell, its leader kept as a leader and no unit.
   */
  @Test
  void aOneLineTableWithLeaderAndResponsibleColumns_readsEveryRow() {
    String original = "某市2024年城市更新重点工作任务分解表\n序号 | 工作任务 | 年度目标 | 责任领导 | 责任单位 | 完成时限\n"
        + "1 | 推进老旧小区改造 | 改造老旧小区36个。 | 张立新 | 市住房城乡建设局、各区人民政府 | 2024年10月底前\n"
        + "2 | 完善城市路网 | 打通断头路12条。 | 李红梅 | 市城市管理局 | 2024年11月底前\n";
    String oneLine = original.replace("\n", " ");

    assertReadAlike(original, oneLine);
    Plan plan = PARSER.parse(oneLine);
    assertThat(plan.allTasks()).extracting(t -> t.number()).containsExactly(1, 2);
    TaskUnitsAssertions.assertUnits(plan.allTasks().get(0), List.of("市住房城乡建设局"), List.of("各区人民政府"));
    assertThat(plan.allTasks().get(0).leaders()).containsExactly("张立新");
    assertThat(plan.allTasks().get(1).targets()).extracting(t -> t.text()).containsExactly("12条");
  }

  @Test
  void aDashedCell_isNoRule() {
    String text = TITLE + HEADER + "\n" + RULE + "\n1 | 新建道路120公里。 | ——— | 年底前\n";

    assertThat(PARSER.parse(text).allTasks()).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("新建道路120公里。"));
    ConservationProperties.assertConserved(text, PARSER.parse(text));
  }

  private static void assertReadAlike(String original, String joined) {
    Plan expected = PARSER.parse(original);
    Plan read = PARSER.parse(joined);
    assertThat(expected.allTasks()).as(original).isNotEmpty();
    assertThat(outline(read)).as(joined).isEqualTo(outline(expected));
    assertThat(codes(read)).as(joined).isEqualTo(codes(expected));
    ConservationProperties.assertConserved(joined, read);
  }

  private static java.util.Set<DiagnosticCode> codes(Plan plan) {
    java.util.Set<DiagnosticCode> codes = java.util.EnumSet.noneOf(DiagnosticCode.class);
    plan.diagnostics().forEach(d -> codes.add(d.code()));
    return codes;
  }

  private static List<String> outline(Plan plan) {
    return MetamorphicTest.outline(plan);
  }
}
