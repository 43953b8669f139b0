package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A table copied one cell a paragraph writes no paragraph for an empty cell, so its last row may
 * end, with the run of paragraphs, before its trailing columns (annotation guide §6, Tables): a
 * last row of at least three cells (its number, its text and one more) is still a row; shorter, it
 * is none. Which columns a short row's cells fill is the table reader's fitting of them, as for any
 * row with fewer cells than its header.
 */
class LastRowWithoutEmptyCellsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();
  private static final String HEADER = "2031年区政府工作目标任务落实责任分解表\n\n序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n责任人\n\n";

  @Test
  void lastRowWithoutItsTrailingCells_isARow() {
    Plan plan = PARSER.parse(HEADER + "1\n\n新建道路10公里。\n\n区交通局\n\n区财政局\n\n王某\n\n2\n\n新增就业2000人。\n\n区人社局\n");

    assertThat(plan.allTasks()).hasSize(2);
    Task last = plan.allTasks().get(1);
    assertThat(last.number()).isEqualTo(2);
    assertThat(last.text()).startsWith("新增就业2000人");
  }

  @Test
  void onlyRowWithoutItsTrailingCells_isATable() {
    Plan plan = PARSER.parse(HEADER + "1\n\n新建道路10公里。\n\n区交通局\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("区交通局");
  }

  @Test
  void lastRowOfNumberAndTextOnly_isNoRow() {
    String f = io.github.policytasks.metrics.lexicon.Folding.fold(HEADER + "1\n\n新建道路10公里。\n");

    assertThat(CellLines.joined(new SourceText(f))).isSameAs(f);
  }
}
