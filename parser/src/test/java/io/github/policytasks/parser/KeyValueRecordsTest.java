package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task table written as records, one {@code key：value} line a field, the row number its own
 * field ({@code 序号：1⏎工作任务：…⏎具体目标：…⏎牵头单位：…}, a portal's mobile view or a sheet's
 * export): each {@code 序号：N} line opens task N and the title field's value is its title; the
 * other fields are read as the table's columns would be (variant {@code
 * city-livelihood-ledger-key-value-records-serial-key}, blind 0/4 tasks, NO_TASKS). A task written
 * on its label's line keeps its reading of a title field word ({@code 1.重点任务：…}).
 */
class KeyValueRecordsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String LEDGER = "某县2024年为民办实事任务清单\n"
      + "序号：1\n"
      + "工作任务：农村道路提升\n"
      + "具体目标：新改建农村公路45公里。\n"
      + "牵头单位：县交通运输局\n"
      + "配合单位：县财政局\n"
      + "完成时限：2024年10月底\n"
      + "\n"
      + "序号：2\n"
      + "工作任务：城区停车设施建设\n"
      + "具体目标：新增公共停车泊位1500个。\n"
      + "牵头单位：县住房和城乡建设局\n"
      + "完成时限：2024年12月底\n";

  @Test
  void parse_recordsOfKeyValueLines_areTasksNumberedByTheirSerialField() {
    assertThat(read(PARSER.parse(LEDGER))).containsExactly(
        "1 农村道路提升 [县交通运输局][县财政局] 2024-10-31 [45公里]",
        "2 城区停车设施建设 [县住房和城乡建设局][] 2024-12-31 [1500个]");
  }

  @Test
  void parse_recordsInACopyWithoutLineBreaks_readAsWithThem() {
    assertThat(read(PARSER.parse(LEDGER.replace("\n", "")))).isEqualTo(read(PARSER.parse(LEDGER)));
  }

  @Test
  void parse_aTitleFieldWordOnTheLabelsLine_staysTheTasksText() {
    Plan plan = PARSER.parse("某县2024年重点任务\n一、项目建设\n"
        + "1.重点任务：开工项目30个。（牵头单位：县发展和改革局）\n");
    assertThat(plan.allTasks().get(0).title()).isNotEqualTo("开工项目30个");
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(KeyValueRecordsTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + t.supportingUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + " " + t.deadline() + " " + t.targets().stream().map(g -> g.text()).toList();
  }
}
