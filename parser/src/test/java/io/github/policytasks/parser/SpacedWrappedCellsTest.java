package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A task table from a PDF's text copy, its columns aligned with spaces, whose cells wrap over
 * lines (annotation guide §6, Tables; DECISIONS.md, Copies that lost their line breaks): a line
 * under a row that leaves the number column empty and holds only the overflow of some cells, each
 * piece under its column by display position, continues those cells; an empty cell keeps its
 * column by position. Variant {@code county-projects-table-pdf-wrapped-cells}.
 */
class SpacedWrappedCellsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String HEADER = "某县2024年重点民生项目安排表\n"
      + "序号    项目名称        年度目标                        牵头单位        配合单位        完成时限\n";
  private static final String ROW = "1       城区老旧小区改  改造老旧小区23个，惠及居民群众  县住房和城乡建  县财政局        2024年11月底前\n";
  private static final String CONTINUATION = "        造工程          3000户以上。                    设局\n";
  private static final String NEXT = "2       背街小巷整治    整治背街小巷40条。              县城市管理局                    2024年8月底前\n";
  private static final String TABLE = HEADER + ROW + CONTINUATION + NEXT;

  @Test
  void wrappedUnitCell_isOneUnit() {
    Task task = PARSER.parse(TABLE).allTasks().get(0);

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县住房和城乡建设局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局");
  }

  @Test
  void wrappedTextCell_readsItsTargetsAndItsTextAsTheCellReads() {
    String text = TABLE;
    Task task = PARSER.parse(text).allTasks().get(0);

    assertThat(task.targets()).extracting(Target::text).containsExactly("23个", "3000户以上");
    Target wrapped = task.targets().get(1);
    assertThat(text.substring(wrapped.span().start(), wrapped.span().end())).isEqualTo("3000户以上");
    assertThat(task.text()).isEqualTo("改造老旧小区23个，惠及居民群众3000户以上。");
    assertThat(text.substring(task.span().start(), task.span().end())).endsWith("设局");
  }

  @Test
  void wrappedTitleCell_isOneTitle() {
    assertThat(PARSER.parse(TABLE).allTasks()).extracting(Task::title).containsExactly("城区老旧小区改造工程", "背街小巷整治");
  }

  @Test
  void continuationLine_isNoTextOutsideATask() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.TEXT_OUTSIDE_TASK);
  }

  @Test
  void emptyCellOfASpaceAlignedRow_keepsItsColumnByPosition() {
    Task task = PARSER.parse(TABLE).allTasks().get(1);

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县城市管理局");
    assertThat(task.supportingUnits()).isEmpty();
  }

  @Test
  void continuationRunOntoItsRow_orTheNextRowRunOntoIt_isStillRead() {
    String runOnRow = HEADER + ROW.replace("\n", "") + CONTINUATION + NEXT;
    String runOnNext = HEADER + ROW + CONTINUATION.replace("\n", "") + NEXT;

    for (String text : new String[] {runOnRow, runOnNext}) {
      Plan plan = PARSER.parse(text);
      assertThat(plan.allTasks()).as(text).extracting(Task::title).containsExactly("城区老旧小区改造工程", "背街小巷整治");
      assertThat(plan.allTasks().get(0).leadUnits()).as(text).extracting(LeadUnit::name).containsExactly("县住房和城乡建设局");
      assertThat(plan.allTasks().get(1).leadUnits()).as(text).extracting(LeadUnit::name).containsExactly("县城市管理局");
    }
  }

  @Test
  void lineUnderCellsClosedBySentenceEnds_orInTheFirstColumn_continuesNoRow() {
    String closed = HEADER + NEXT + "                        另行安排。\n";
    String firstColumn = HEADER + NEXT + "说明        表中项目以年度计划为准\n";

    assertThat(PARSER.parse(closed).allTasks().get(0).text()).isEqualTo("整治背街小巷40条。");
    assertThat(PARSER.parse(firstColumn).allTasks()).extracting(Task::title).containsExactly("背街小巷整治");
  }
}
