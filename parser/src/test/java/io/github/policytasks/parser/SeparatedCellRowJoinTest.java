package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A table whose cells are separated by tabs (a spreadsheet's copy) or aligned with spaces (a PDF's
 * text copy), two of its rows joined on one line by a copy that lost the break (annotation guide §6,
 * Lost line breaks): the row's last cell runs into the next row's number, or into a section row
 * that runs into the next row's number; or the table's title runs into its header. Each is parted
 * there, as in a pipe table.
 */
class SeparatedCellRowJoinTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String TABLE = "某县2024年重点工作任务分解表\n"
      + "序号\t工作任务\t具体目标\t牵头单位\t完成时限\n"
      + "一、扩大有效投资\n"
      + "1\t推进项目建设\t实施重点项目85个。\t县发展和改革局\t2024年12月底前\n"
      + "2\t强化招商引资\t签约项目30个。\t县投资促进中心\t2024年11月底前\n"
      + "二、培育产业集群\n"
      + "3\t壮大特色农业\t新建高标准农田4.5万亩。\t县农业农村局\t2024年10月底前\n";

  @Test
  void rowRunIntoTheNextRowsNumber_isTwoRows() {
    Plan plan = PARSER.parse(TABLE.replace("12月底前\n2\t", "12月底前2\t"));

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("推进项目建设", "强化招商引资", "壮大特色农业");
    assertThat(plan.allTasks().get(0).deadline()).hasToString("2024-12-31");
  }

  @Test
  void rowRunIntoASectionRowRunIntoTheNextRowsNumber_isRowSectionRow() {
    Plan plan = PARSER.parse(TABLE.replace("11月底前\n二、培育产业集群\n3\t", "11月底前二、培育产业集群3\t"));

    assertThat(plan.sections()).extracting(Section::title).containsExactly("扩大有效投资", "培育产业集群");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("推进项目建设", "强化招商引资", "壮大特色农业");
    assertThat(plan.allTasks().get(1).deadline()).hasToString("2024-11-30");
  }

  @Test
  void titleRunIntoItsHeader_isTitleAndHeader() {
    Plan plan = PARSER.parse(TABLE.replace("分解表\n序号", "分解表序号"));

    assertThat(plan.title()).isEqualTo("某县2024年重点工作任务分解表");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("推进项目建设", "强化招商引资", "壮大特色农业");
  }

  /**
   * A header whose columns are named by a note key ({@code 责任主体}, {@code 协办单位}) or a short
   * header holding a text word ({@code 推进措施}) is a header run into its title too, with or
   * without the other breaks of the copy.
   */
  @Test
  void titleRunIntoAHeaderOfNoteKeysAndTextWords_isTitleAndHeader() {
    String table = TABLE.replace("工作任务\t具体目标\t牵头单位", "工作任务\t推进措施\t责任主体\t协办单位")
        .replace("\t县发展和改革局\t", "\t县发展和改革局\t县财政局\t")
        .replace("\t县投资促进中心\t", "\t县投资促进中心\t县商务局\t")
        .replace("\t县农业农村局\t", "\t县农业农村局\t县财政局\t");
    Plan broken = PARSER.parse(table);
    Plan joined = PARSER.parse(table.replace("分解表\n序号", "分解表序号"));
    Plan flat = PARSER.parse(table.replace("\n", ""));

    assertThat(broken.allTasks()).extracting(Task::title).containsExactly("推进项目建设", "强化招商引资", "壮大特色农业");
    assertThat(joined.title()).isEqualTo("某县2024年重点工作任务分解表");
    assertThat(MetamorphicTest.outline(joined)).isEqualTo(MetamorphicTest.outline(broken));
    assertThat(MetamorphicTest.outline(flat)).isEqualTo(MetamorphicTest.outline(broken));
  }

  /**
   * A decimal in a cell of its own after a cell that ends a sentence ({@code …以上。\t12.5\t王涛}) is a
   * figure, not task 12 run on with a text that opens with 5: a label's text runs on after its
   * figure, a cell's figure ends at the tab.
   */
  @Test
  void decimalCellAfterASentenceEnd_isNoLabel() {
    Plan plan = PARSER.parse("某区2024年重点工作任务清单\n"
        + "序号\t重点工作\t工作目标\t投资额\t责任领导\t牵头单位\t完成时限\n"
        + "5\t推进城市更新\t改造老旧小区18个。\t12.5\t王涛\t区住房和城乡建设局\t2024年10月底前\n");

    assertThat(plan.allTasks()).singleElement().satisfies(task -> {
      assertThat(task.number()).isEqualTo(5);
      assertThat(task.title()).isEqualTo("推进城市更新");
      assertThat(task.leaders()).containsExactly("王涛");
      assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("区住房和城乡建设局");
    });
  }
}
