package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Category headings in square corner brackets with no number ({@code 【政务服务】}) over numbered
 * tasks are section headings, numbered in their order and titled by their words (variant {@code
 * county-business-task-list-bracket-category-headings-ownline-leader-keys}, blind: one untitled
 * section 0), also in a copy without line breaks; a bracketed title after a task's label ({@code
 * 1.【开展…】…}), page furniture ({@code 【打印本页】}) and a bracket over no numbered item head none.
 */
class BracketCategoryHeadingsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String LIST = "某县2024年重点任务清单\n"
      + "【项目建设】\n"
      + "1.推进重点项目。开工重点项目30个。\n"
      + "牵头单位：县发展和改革局\n"
      + "2.加快园区建设。新建标准厂房5万平方米。\n"
      + "牵头单位：县工业和信息化局\n"
      + "【民生保障】\n"
      + "3.稳定就业。城镇新增就业2000人。\n"
      + "牵头单位：县人力资源和社会保障局\n";

  @Test
  void parse_bracketedCategoryLinesOverNumberedTasks_areSectionsNumberedInOrder() {
    Plan plan = PARSER.parse(LIST);
    assertThat(plan.sections()).extracting(Section::number, Section::title).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "项目建设"), org.assertj.core.groups.Tuple.tuple(2, "民生保障"));
    assertThat(plan.sections().get(1).tasks()).extracting(Task::number).containsExactly(3);
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("推进重点项目", "加快园区建设", "稳定就业");
  }

  @Test
  void parse_bracketedCategoriesInACopyWithoutLineBreaks_readAsWithThem() {
    Plan flat = PARSER.parse(LIST.replace("\n", ""));
    assertThat(flat.sections()).extracting(Section::title).containsExactly("项目建设", "民生保障");
    assertThat(read(flat)).isEqualTo(read(PARSER.parse(LIST)));
  }

  @Test
  void parse_bracketedTitleAfterALabelOrFurnitureOrNoItemAfter_headsNoSection() {
    Plan plan = PARSER.parse("某县2024年重点任务清单\n"
        + "【此件公开发布】\n"
        + "1.【推进重点项目】开工重点项目30个。（牵头单位：县发展和改革局）\n"
        + "2.稳定就业。城镇新增就业2000人。（牵头单位：县人力资源和社会保障局）\n"
        + "【打印本页】\n");
    assertThat(plan.sections()).extracting(Section::number).containsExactly(0);
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("推进重点项目", "稳定就业");
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(t -> t.number() + " " + t.title() + " "
        + t.leadUnits().stream().map(u -> u.name()).toList() + " " + t.targets().stream().map(g -> g.text()).toList())
        .toList();
  }
}
