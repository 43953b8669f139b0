package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A numbered line with no note of its own over numbered items that carry notes is a heading, not
 * a task ({@link NotedItemHeadings}): a section where no heading stands above it, a subsection
 * under a section; the noted items under it are the tasks, numbered as written, and items without
 * notes under a noted task stay its points. Decided item by item and level by level ({@code (1)}
 * and {@code ①} are two levels), as guide §6 decides {@code （一）} by what stands under it (variant
 * {@code traditional-county-scheme-numbered-paren-circled-levels-some-notes}, blind 5/7 tasks, 5
 * spurious, units 0/7).
 */
class NotedItemHeadingsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String LEVELS = "某县2025年城乡供水保障工作方案\n"
      + "为保障城乡供水安全，制定本方案。\n"
      + "1.加强水源保护\n"
      + "（1）划定水源保护区。完成水源地划定12处。（牵头单位：县水利局；责任单位：县自然资源局）\n"
      + "（2）推进水源地整治\n"
      + "①清理违法建筑。拆除违建30处。（牵头单位：县综合执法局）\n"
      + "②设置隔离防护。新建防护网8公里。（牵头单位：县水利局；责任单位：各乡镇人民政府）\n"
      + "2.提升供水能力\n"
      + "（1）改造供水管网。改造老旧管网50公里。（牵头单位：县住房和城乡建设局）\n"
      + "①优先改造城区管网。\n"
      + "②同步实施二次供水改造。\n"
      + "（2）建设应急水源。新建应急水源2处。（牵头单位：县水利局）\n";

  @Test
  void parse_unnotedNumberedLinesOverNotedItems_areSectionsAndSubsections() {
    Plan plan = PARSER.parse(LEVELS);
    assertThat(plan.sections()).extracting(Section::number, Section::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "加强水源保护"),
            org.assertj.core.groups.Tuple.tuple(2, "提升供水能力"));
    assertThat(plan.sections().get(0).subsections()).extracting(s -> s.title()).containsExactly("推进水源地整治");
    assertThat(plan.sections().get(1).subsections()).isEmpty();
    assertThat(read(plan)).containsExactly(
        "1 划定水源保护区 [县水利局][县自然资源局] [12处]",
        "1 清理违法建筑 [县综合执法局][] [30处]",
        "2 设置隔离防护 [县水利局][各乡镇人民政府] [8公里]",
        "1 改造供水管网 [县住房和城乡建设局][] [50公里]",
        "2 建设应急水源 [县水利局][] [2处]");
  }

  @Test
  void parse_circledPointsWithoutNotesUnderANotedTask_stayItsPoints() {
    Task task = PARSER.parse(LEVELS).allTasks().get(3);
    assertThat(task.text()).contains("①优先改造城区管网。", "②同步实施二次供水改造。");
  }

  @Test
  void parse_unnotedLineOverNotedItemsUnderASection_isASubsection() {
    Plan plan = PARSER.parse("某县2025年城乡供水保障工作方案\n"
        + "一、保障供水安全\n"
        + "1.加强水源保护\n"
        + "（1）划定水源保护区。完成水源地划定12处。（牵头单位：县水利局）\n"
        + "（2）清理违法建筑。拆除违建30处。（牵头单位：县综合执法局）\n"
        + "2.建设应急水源。新建应急水源2处。（牵头单位：县水利局）\n");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("保障供水安全");
    assertThat(plan.sections().get(0).subsections()).extracting(s -> s.title()).containsExactly("加强水源保护");
    assertThat(read(plan)).containsExactly(
        "1 划定水源保护区 [县水利局][] [12处]",
        "2 清理违法建筑 [县综合执法局][] [30处]",
        "2 建设应急水源 [县水利局][] [2处]");
  }

  @Test
  void parse_numberedLineWithItsOwnNoteOverPoints_staysATask() {
    Plan plan = PARSER.parse("某县2025年城乡供水保障工作方案\n"
        + "一、保障供水安全\n"
        + "1.加强水源保护。完成水源地划定12处。（牵头单位：县水利局）\n"
        + "（1）划定水源保护区。\n"
        + "（2）清理违法建筑。\n"
        + "2.建设应急水源\n"
        + "牵头单位：县水利局\n"
        + "（1）新建应急水源2处。（责任单位：县财政局）\n");
    assertThat(plan.sections().get(0).subsections()).isEmpty();
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 1);
  }

  @Test
  void parse_levelsInACopyWithoutLineBreaks_readAsWithThem() {
    assertThat(read(PARSER.parse(LEVELS.replace("\n", "")))).isEqualTo(read(PARSER.parse(LEVELS)));
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(NotedItemHeadingsTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + t.supportingUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + " " + t.targets().stream().map(g -> g.text()).toList();
  }
}
