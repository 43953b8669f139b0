package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A task table whose cells are separated by tabs (a spreadsheet's copy) or aligned with runs of
 * spaces (a PDF's text copy), copied without its line breaks (annotation guide §6, Lost line
 * breaks; DECISIONS.md, Copies that lost their line breaks): the tabs and gaps still part the
 * cells, the header's column words fix where the header ends, and each row ends where the next
 * row number in sequence, or a section row run into it, starts. The copy reads as the table.
 */
class SeparatedCellsWithoutBreaksTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String TABS = "某县2024年重点工作任务分解表\n"
      + "序号\t工作任务\t具体目标\t牵头单位\t配合单位\t完成时限\n"
      + "一、扩大有效投资\n"
      + "1\t推进项目建设\t实施重点项目85个。\t县发展和改革局\t县财政局\t2024年12月底前\n"
      + "2\t强化招商引资\t签约项目30个。\t县投资促进中心\t\t2024年11月底前\n"
      + "二、培育产业集群\n"
      + "3\t壮大特色农业\t新建高标准农田4.5万亩。\t县农业农村局\t各乡镇人民政府\t2024年10月底前\n";

  private static final String SPACES = "某区2024年为民办实事项目安排表\n"
      + "序号    项目名称          年度目标                    责任单位          完成时限\n"
      + "1       改造老旧小区      改造老旧小区15个。          区住房和城乡建设局  2024年11月底前\n"
      + "2       新建口袋公园      新建口袋公园8个。           区城市管理局      2024年9月底前\n";

  @Test
  void spaceAlignedTitleRunIntoHeaderRunIntoFirstRow_isTitleHeaderAndRow() {
    Plan plan = PARSER.parse(SPACES.replace("安排表\n序号", "安排表序号").replace("完成时限\n1", "完成时限1"));

    assertThat(plan.title()).isEqualTo("某区2024年为民办实事项目安排表");
    assertThat(outline(plan)).isEqualTo(outline(PARSER.parse(SPACES)));
  }

  @Test
  void headerRunIntoASectionRowRunIntoTheFirstRow_isHeaderSectionRowAndRow() {
    Plan plan = PARSER.parse(TABS.replace("完成时限\n一、扩大有效投资\n1\t", "完成时限一、扩大有效投资1\t"));

    assertThat(plan.sections()).extracting(Section::title).containsExactly("扩大有效投资", "培育产业集群");
    assertThat(outline(plan)).isEqualTo(outline(PARSER.parse(TABS)));
  }

  @Test
  void tabTableWithoutAnyLineBreak_readsAsTheTable() {
    Plan plan = PARSER.parse(TABS.replace("\n", ""));

    assertThat(plan.sections()).extracting(Section::title).containsExactly("扩大有效投资", "培育产业集群");
    assertThat(outline(plan)).containsExactly(
        "1 推进项目建设 [县发展和改革局] [县财政局] 2024-12-31",
        "2 强化招商引资 [县投资促进中心] [] 2024-11-30",
        "3 壮大特色农业 [县农业农村局] [各乡镇人民政府] 2024-10-31");
  }

  @Test
  void spaceAlignedTableWithoutAnyLineBreak_readsAsTheTable() {
    Plan plan = PARSER.parse(SPACES.replace("\n", ""));

    assertThat(outline(plan)).containsExactly(
        "1 改造老旧小区 [区住房和城乡建设局] [] 2024-11-30",
        "2 新建口袋公园 [区城市管理局] [] 2024-09-30");
  }

  private static List<String> outline(Plan plan) {
    return plan.allTasks().stream().map(task -> task.number() + " " + task.title() + " " + names(task.leadUnits())
        + " " + names(task.supportingUnits()) + " " + task.deadline()).collect(Collectors.toList());
  }

  private static String names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining("、", "[", "]"));
  }
}
