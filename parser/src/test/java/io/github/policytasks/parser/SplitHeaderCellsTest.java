package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A table copied one cell a paragraph whose narrow columns broke header cells over two lines
 * ({@code 责任⏎⏎领导}, {@code 攻坚目标⏎⏎任务}; annotation guide §6, Tables): the first row's lines,
 * from the number 1 to the number 2, give the header's column count, and the header lines are
 * joined to as many cells, first where neither line alone is a column word and the two together
 * are, then where the second alone is none, then where the second is a short word, so that the
 * table reads as the same table with pipes.
 */
class SplitHeaderCellsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();
  private static final String TABLE = "某镇2031年度重点工作计划执行情况\n\n序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n"
      + "攻坚目标\n\n任务\n\n工作任务安排\n\n第三季度\n\n完成情况\n\n"
      + "1\n\n老街改造\n\n张某\n\n城建办\n\n完成老街立面改造。\n\n推进管线入地。\n\n管线入地完成一半。\n\n"
      + "2\n\n农村公路提升\n\n李某\n\n交通办\n\n完成农村公路提升工程。\n\n开展路面施工。\n\n已完成路基。";

  @Test
  void headerCellsBrokenOverTwoLines_areJoinedToTheRowsColumnCount() {
    String f = Folding.fold(TABLE);

    String joined = CellLines.joined(new SourceText(f));

    assertThat(joined).hasSameSizeAs(f);
    assertThat(joined.lines().filter(l -> l.startsWith("序号")).findFirst().orElseThrow().replace(" ", ""))
        .isEqualTo("序号|重点工作|责任领导|责任科室|攻坚目标任务|工作任务安排第三季度|完成情况");
  }

  @Test
  void tableWithSplitHeader_readsEachRowAsATask() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("老街改造", "农村公路提升");
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("城建办");
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("交通办");
  }

  @Test
  void headerLinesThatJoinToNoColumnWords_areNoTable() {
    String f = Folding.fold("说明\n\n序号\n\n今天\n\n天气\n\n很好\n\n大家\n\n出门\n\n1\n\n甲\n\n乙\n\n丙\n\n2\n\n丁\n\n戊\n\n己\n");

    assertThat(CellLines.joined(new SourceText(f))).isSameAs(f);
  }
}
