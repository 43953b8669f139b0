package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.api.Test;

/**
 * A task-table header needs a number column or a note-key column; {@link TaskTable#header} tells
 * a row without such a cell at once, spaces inside a cell aside.
 */
class TaskTableHeaderTest {
  private static TaskTable header(String row) {
    String f = Folding.fold(row);
    return TaskTable.header(f, CommaCells.split(row, f, 0, row.length()));
  }

  @Test
  void aHeaderWithANumberOrKeyColumn_isOne_evenWithItsCharsSpacedOut() {
    assertThat(header("序号,重点任务,牵头单位")).isNotNull();
    assertThat(header("重点任务,牵头单位,责任单位")).isNotNull();
    assertThat(header("序" + " ".repeat(30) + "号,重 点 任 务,具体内容")).isNotNull();
    assertThat(header("重点任务,牵    头    单    位    （    部    门    ）,工作措施")).isNotNull();
  }

  @Test
  void aKeyCellWithARemarkInBracketsClosingIt_isAKeyColumnHoweverLong() {
    assertThat(header("重点任务,责任单位（排在第一位的为牵头单位，其余为配合单位）,工作措施")).isNotNull();
    assertThat(header("重点任务,责任单位 （排在第一位的为牵头单位，其余为配合单位） ,工作措施")).isNotNull();
  }

  @Test
  void proseCutAtItsCommas_orHeadersWithoutNumberOrKey_areNone() {
    assertThat(header("加快建设5G基站,推动数据中心建设,完成年度目标任务")).isNull();
    assertThat(header("重点任务,具体内容,工作措施")).isNull();
    assertThat(header("重点任务,牵头单位及配合单位名单汇总一览,工作措施")).isNull();
  }
}
