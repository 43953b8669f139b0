package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tasks numbered within their section, the section's number, a point, the task's own number and a
 * blank ({@code 1.1 扩大有效投资}, {@code 2.1　…}): each is a task numbered as written within its
 * section (its own number; the label kept whole), never a decimal figure (variant {@code
 * district-report-division-decimal-task-numbers-ownline-comma-units}, blind 2/6 tasks: the labels
 * unread, the {@code 一、} headings read as the tasks). A figure written with a blank before its
 * unit ({@code 12.5 公里}, a spaced PDF copy) or a table's tab ({@code 12.5\t王涛}) numbers nothing.
 */
class SectionNumberedTasksTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String DIVISION = "某县2025年重点工作任务分解\n"
      + "一、扩大内需\n"
      + "1.1 扩大有效投资。实施重点项目60个。\n"
      + "牵头单位：县发展改革局\n"
      + "1.2 促进消费。新增限上企业20家。\n"
      + "牵头单位：县商务局\n"
      + "二、改善民生\n"
      + "2.1　稳定就业。城镇新增就业3000人。\n"
      + "牵头单位：县人力资源社会保障局\n";

  @Test
  void parse_tasksNumberedWithinTheirSection_areTasksNumberedAsWritten() {
    Plan plan = PARSER.parse(DIVISION);
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2);
    assertThat(read(plan)).containsExactly(
        "1 1.1 扩大有效投资 [县发展改革局] [60个]",
        "2 1.2 促进消费 [县商务局] [20家]",
        "1 2.1 稳定就业 [县人力资源社会保障局] [3000人]");
  }

  @Test
  void parse_sectionNumberedTasksInACopyWithoutLineBreaks_readAsWithThem() {
    assertThat(read(PARSER.parse(DIVISION.replace("\n", "")))).isEqualTo(read(PARSER.parse(DIVISION)));
  }

  @Test
  void parse_aFigureWithABlankBeforeItsUnitOrATab_numbersNothing() {
    Plan plan = PARSER.parse("某县2025年重点工作任务分解\n"
        + "一、改善交通\n"
        + "1.新建农村公路。全年新建农村公路\n"
        + "12.5 公里，改造桥梁3座。（牵头单位：县交通运输局）\n");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1.");
    assertThat(plan.allTasks().get(0).targets()).hasSize(2);
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(SectionNumberedTasksTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.label() + " " + t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        + " " + t.targets().stream().map(g -> g.text()).toList();
  }
}
