package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * Task tables from a PDF's text copy whose cells wrap over lines ({@link SpacedColumns}, {@link
 * WrappedCells}, {@link WrappedTargets}), in the layouts of the genre variants
 * {@code district-task-table-pdf-repeated-header-page-numbers} and
 * {@code district-task-table-pdf-no-number-column}: a continuation line that opens with a figure,
 * a bound word the wrap parted from its figure, a row broken by a page break with the header printed
 * again, and a table without a number column.
 */
class WrappedTableLayoutsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String FIGURE_OPENS_LINE =
            "某区2024年重点任务分解表\n" +
      "序号    重点任务          工作目标                          牵头单位            完成时限\n" +
      "1       建设口袋公园      新建口袋公园12个，新增城市绿地    区城市管理局        2024年10月底前\n" +
      "                          8.5公顷。\n" +
      "2       培育市场主体      新增市场主体4500户，其中企业不少  区市场监管局        2024年12月底前\n" +
      "                          于1500户。\n";
  private static final String PAGE_BREAK =
            "某区2024年重点任务分解表\n" +
      "序号    重点任务          工作目标                          牵头单位            完成时限\n" +
      "1       推进老旧小区改造  改造老旧小区28个，加装电梯60部，  区住房城乡建设局    2024年11月底前\n" +
      "\n" +
      "— 1 —\n" +
      "\n" +
      "序号    重点任务          工作目标                          牵头单位            完成时限\n" +
      "                          完成节能改造面积12万平方米。\n" +
      "2       发展普惠托育      新增普惠性托位420个。             区卫生健康局        2024年9月底前\n";
  private static final String NO_NUMBER_COLUMN =
            "某区2024年重点任务分解表\n" +
      "工作任务            具体目标                          牵头单位            完成时限\n" +
      "提升社区养老服务能  新建社区养老服务站9个，新增养老   区民政局            2024年11月底前\n" +
      "力                  床位300张。\n" +
      "做好安全生产        事故起数下降10%。                 区应急管理局\n" +
      "推进清洁取暖改造    完成清洁取暖改造5600户。          区发展改革局        2024年10月底前\n";

  /** {@code 8.5公顷。} under the text column continues the row's text: a figure there numbers nothing. */
  @Test
  void lineOpeningWithAFigure_underTheTextColumn_continuesTheRow() {
    Task first = PARSER.parse(FIGURE_OPENS_LINE).allTasks().get(0);

    assertThat(first.targets()).extracting(Target::text).containsExactly("12个", "8.5公顷");
  }

  /** {@code 不少 / 于1500户}: the targets are read over the cell's pieces joined, the text kept as the input's. */
  @Test
  void boundWordPartedFromItsFigureByTheWrap_boundsIt() {
    Task second = PARSER.parse(FIGURE_OPENS_LINE).allTasks().get(1);

    assertThat(second.targets()).extracting(Target::comparator).containsExactly(Bound.EXACTLY, Bound.AT_LEAST);
    Target bounded = second.targets().get(1);
    assertThat(bounded.text()).isEqualTo("于1500户");
    assertThat(FIGURE_OPENS_LINE.substring(bounded.span().start(), bounded.span().end())).isEqualTo("于1500户");
  }

  /** A row broken by a page break: the page number and the header printed again are passed over. */
  @Test
  void rowBrokenByAPageBreak_continuesUnderTheRepeatedHeader() {
    Plan plan = PARSER.parse(PAGE_BREAK);

    assertThat(plan.allTasks()).hasSize(2);
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("28个", "60部", "12万平方米");
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TEXT_OUTSIDE_TASK);
  }

  /** Without a number column a line filling most cells is a row, one with a few pieces continues it. */
  @Test
  void tableWithoutANumberColumn_toldApartByLayout() {
    Plan plan = PARSER.parse(NO_NUMBER_COLUMN);

    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("提升社区养老服务能力", "做好安全生产", "推进清洁取暖改造");
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("9个", "300张");
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(u -> u.name()).containsExactly("区应急管理局");
  }
}
