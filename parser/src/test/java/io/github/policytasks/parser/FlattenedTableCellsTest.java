package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Task tables as spreadsheet exports leave them (annotation guide §6, Tables): a merged lead cell
 * flattened to its first row with empty cells below it, and a title column beside columns the
 * guide does not name.
 */
class FlattenedTableCellsTest {
  private static final PlanParser PARSER = PlanParser.create();

  /**
   * Every task has a lead, so an empty 牵头单位 cell under a filled one is the lower part of a merged
   * cell: the row leads with the unit written above it, and keeps its own 配合单位.
   */
  @Test
  void parse_emptyLeadCellUnderAFilledOne_takesTheLeadAboveIt() {
    assertMergedLeadsRead(PARSER.parse(MERGED));
  }

  /**
   * The same table in a copy that lost every line break (header, rows and the empty cells run
   * together on one line) and in Traditional characters: the empty lead cells are still the lower
   * parts of merged cells.
   */
  @Test
  void parse_emptyLeadCellUnderAFilledOne_inAOneLineOrTraditionalCopy_takesTheLeadAboveIt() {
    assertMergedLeadsRead(PARSER.parse(MERGED.replace("\n", "")));
    assertMergedLeadsRead(PARSER.parse(MERGED.replace("\n", " ")));
    Plan traditional = PARSER.parse(MetamorphicTest.Traditional.convert(MERGED));
    assertThat(traditional.allTasks()).extracting(Task::number).containsExactly(1, 2, 3, 4);
    assertUnits(traditional.allTasks().get(2), List.of("縣發展改革局"), List.of("縣統計局"));
    Plan both = PARSER.parse(MetamorphicTest.Traditional.convert(MERGED).replace("\n", ""));
    assertThat(both.allTasks()).extracting(Task::number).containsExactly(1, 2, 3, 4);
    assertUnits(both.allTasks().get(1), List.of("縣發展改革局"), List.of("縣財政局"));
  }

  private static final String MERGED = "某县2024年重点任务清单\n"
      + "序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位\n"
      + "1 | 抓好项目建设 | 实施重点项目85个。 | 县发展改革局 | 县自然资源局\n"
      + "2 | 争取资金支持 | 争取资金4.5亿元。 |  | 县财政局\n"
      + "3 | 推动企业升规 | 新增规上企业12家。 |  | 县统计局\n"
      + "4 | 发展现代农业 | 新建高标准农田1.2万亩。 | 县农业农村局 | \n";

  private static void assertMergedLeadsRead(Plan plan) {
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::number).containsExactly(1, 2, 3, 4);
    assertUnits(tasks.get(0), List.of("县发展改革局"), List.of("县自然资源局"));
    assertUnits(tasks.get(1), List.of("县发展改革局"), List.of("县财政局"));
    assertUnits(tasks.get(2), List.of("县发展改革局"), List.of("县统计局"));
    assertUnits(tasks.get(3), List.of("县农业农村局"), List.of());
  }

  /**
   * A title column ({@code 工作事项}) beside a column the guide does not name ({@code 完成标准}, whose
   * cells are task text): its cell stays the task's title.
   */
  @Test
  void parse_titleColumnBesideUnknownTextColumns_staysTheTitle() {
    Plan plan = PARSER.parse("某区2024年安全生产重点工作任务台账\n"
        + "序号 | 责任单位 | 工作事项 | 完成标准 | 时间节点\n"
        + "1 | 区应急管理局 | 开展治本攻坚行动 | 执法检查企业不少于600家次 | 2024年12月底前\n"
        + "2 | 区消防救援大队 | 加强消防安全 | 建成微型消防站12个 | 2024年11月底前\n");
    List<Task> tasks = plan.allTasks();
    assertThat(tasks).extracting(Task::title).containsExactly("开展治本攻坚行动", "加强消防安全");
    assertThat(tasks).extracting(t -> t.targets().size()).containsExactly(1, 1);
    assertUnits(tasks.get(0), List.of("区应急管理局"), List.of());
  }
}
