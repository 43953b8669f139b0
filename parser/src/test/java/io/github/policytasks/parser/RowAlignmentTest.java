package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.parser.RowAlignment.Column;
import io.github.policytasks.parser.RowAlignment.Shape;
import org.junit.jupiter.api.Test;

/** Where a row's cells stand under the header when the row has fewer or more cells. */
class RowAlignmentTest {
  private static final Column[] ASSESSMENT =
      {Column.NUMBER, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT};
  private static final Column[] TASKS = {Column.NUMBER, Column.TEXT, Column.UNITS, Column.DEADLINE};

  @Test
  void sameCount_isTheIdentity() {
    assertThat(RowAlignment.align(TASKS, new Shape[] {Shape.NEXT_NUMBER, Shape.TEXT, Shape.UNITS, Shape.DEADLINE}))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void scoreFirstContinuationRow_leavesOutTheLeftmostColumns() {
    assertThat(RowAlignment.align(ASSESSMENT, new Shape[] {Shape.FIGURE, Shape.TEXT, Shape.TEXT, Shape.EMPTY}))
        .containsExactly(-1, -1, 0, 1, 2, 3);
  }

  @Test
  void nextNumberFirst_staysInTheNumberColumn() {
    assertThat(RowAlignment.align(TASKS, new Shape[] {Shape.NEXT_NUMBER, Shape.TEXT, Shape.UNITS}))
        .containsExactly(0, 1, 2, -1);
    assertThat(RowAlignment.align(TASKS, new Shape[] {Shape.NEXT_NUMBER, Shape.TEXT, Shape.DEADLINE}))
        .containsExactly(0, 1, -1, 2);
  }

  @Test
  void taskTextUnderACategoryAndLeaderSpan_staysInTheTextColumn() {
    Column[] table = {Column.TEXT, Column.TEXT, Column.LEADER, Column.UNITS};
    assertThat(RowAlignment.align(table, new Shape[] {Shape.TEXT, Shape.UNITS})).containsExactly(-1, 0, -1, 1);
    assertThat(RowAlignment.align(table, new Shape[] {Shape.TEXT, Shape.NAME, Shape.UNITS})).containsExactly(-1, 0, 1, 2);
    assertThat(RowAlignment.align(table, new Shape[] {Shape.TEXT, Shape.NAME})).containsExactly(-1, 0, 1, -1);
  }

  @Test
  void extraCellsAfterTheNumber_standUnderNoColumn() {
    Shape[] row = {Shape.NEXT_NUMBER, Shape.TEXT, Shape.UNITS, Shape.FIGURE, Shape.TEXT, Shape.TEXT, Shape.EMPTY};
    int[] at = RowAlignment.align(ASSESSMENT, row);
    assertThat(at).containsExactly(0, 2, 3, 4, 5, 6);
    assertThat(RowAlignment.extra(at, row.length)).containsExactly(1);
  }

  @Test
  void extraCellsWithoutANumber_stayInOrder_andTheLastAreExtra() {
    Shape[] row = {Shape.TEXT, Shape.TEXT, Shape.UNITS, Shape.DEADLINE, Shape.TEXT};
    int[] at = RowAlignment.align(TASKS, row);
    assertThat(at).containsExactly(0, 1, 2, 3);
    assertThat(RowAlignment.extra(at, row.length)).containsExactly(4);
  }
}
