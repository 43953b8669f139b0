package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * Where the cells of a task-table row stand under the header's columns when the row has fewer or
 * more cells than the header (annotation guide §6, Tables), as a web page's table reaches a copy:
 *
 * <ul>
 *   <li>fewer cells: some cells of the row above span this row too (a department that answers for
 *       several items, a deadline common to several tasks), so the copy leaves them out. The
 *       row's cells keep their order; the columns they leave out are chosen so that every cell
 *       fits its column best: a number that continues the numbering in the number column, unit
 *       names under a unit column, a deadline under the deadline column, a person's name under a
 *       leader column (a bare figure that does
 *       not continue the numbering, such as an item's score, is no row number). Where several
 *       choices fit equally, the columns left out are the leftmost ones, as spans of the first
 *       columns are the common case ({@code 15 | 持续推进… | 1.…} continues a department's row).
 *   <li>more cells: a numbered row that holds cells of a column the header does not name, right
 *       after its number ({@code 1 | 重点考核部门 | 县农粮局 | 30 | …}: a group label spanning
 *       rows): the number stays in the number column, the last cells fill the other columns in
 *       order, and the cells in between are extra.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class RowAlignment {
  /** What a header column holds, for fitting cells to it. */
  enum Column {
    /** 序号. */
    NUMBER,
    /** 牵头单位, 配合单位: unit names. */
    UNITS,
    /** 完成时限. */
    DEADLINE,
    /** 牵头领导, 挂点领导: the names or posts of persons. */
    LEADER,
    /** Titles, texts and columns of unknown header. */
    TEXT
  }

  /** What a row's cell looks like. */
  enum Shape {
    EMPTY,
    /** A bare number that continues the table's numbering. */
    NEXT_NUMBER,
    /** A bare figure that does not continue the numbering (an item's score). */
    FIGURE,
    /** Unit names only. */
    UNITS,
    /** A deadline. */
    DEADLINE,
    /** A short name without figures or sentence marks: a person ({@code 王建国}) or a post. */
    NAME,
    TEXT
  }

  /** The most combinations of left-out columns tried; beyond it the row is aligned to the right. */
  private static final int MAX_CHOICES = 4096;

  private RowAlignment() {}

  /**
   * For each column, the index of the row's cell under it, or -1 when the column is left out (its
   * cell spans from a row above); cells under no column are extra (see {@link #extra}).
   */
  static int[] align(Column[] columns, Shape[] cells) {
    int n = columns.length;
    int m = cells.length;
    int[] at = new int[n];
    if (m >= n) {
      boolean numbered = columns[0] == Column.NUMBER
          && (cells[0] == Shape.NEXT_NUMBER || cells[0] == Shape.FIGURE);
      for (int k = 0; k < n; k++) {
        at[k] = m > n && numbered && k > 0 ? k + m - n : k;
      }
      return at;
    }
    int[] best = null;
    int bestScore = Integer.MIN_VALUE;
    int[] left = new int[n - m];
    for (int k = 0; k < left.length; k++) {
      left[k] = k;
    }
    for (int tried = 0; tried < MAX_CHOICES; tried++) {
      int[] candidate = placing(n, left);
      int score = score(columns, cells, candidate);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
      if (!nextCombination(left, n)) {
        break;
      }
    }
    return best;
  }

  /**
   * The row's {@code cellCount} cells under the last of {@code columnCount} columns, the first
   * columns left out (they span from the row above).
   */
  static int[] toTheRight(int columnCount, int cellCount) {
    int[] at = new int[columnCount];
    int left = columnCount - cellCount;
    for (int k = 0; k < columnCount; k++) {
      at[k] = k < left ? -1 : k - left;
    }
    return at;
  }

  /** The indices of the row's cells that stand under no column, in order. */
  static int[] extra(int[] at, int cellCount) {
    boolean[] used = new boolean[cellCount];
    for (int index : at) {
      if (index >= 0) {
        used[index] = true;
      }
    }
    return java.util.stream.IntStream.range(0, cellCount).filter(i -> !used[i]).toArray();
  }

  private static int[] placing(int n, int[] left) {
    int[] at = new int[n];
    Arrays.fill(at, 0);
    int next = 0;
    int l = 0;
    for (int k = 0; k < n; k++) {
      if (l < left.length && left[l] == k) {
        at[k] = -1;
        l++;
      } else {
        at[k] = next++;
      }
    }
    return at;
  }

  private static int score(Column[] columns, Shape[] cells, int[] at) {
    int score = 0;
    for (int k = 0; k < columns.length; k++) {
      if (at[k] >= 0) {
        score += fit(columns[k], cells[at[k]]);
      }
    }
    return score;
  }

  /** How well a cell of {@code shape} fits a column holding {@code column}. */
  static int fit(Column column, Shape shape) {
    if (shape == Shape.EMPTY) {
      return 0;
    }
    switch (column) {
      case NUMBER:
        return shape == Shape.NEXT_NUMBER ? 2 : shape == Shape.FIGURE ? 0 : -2;
      case UNITS:
        return shape == Shape.UNITS ? 1 : -1;
      case DEADLINE:
        return shape == Shape.DEADLINE ? 1 : -1;
      case LEADER:
        return shape == Shape.NAME ? 1 : -1;
      default:
        return shape == Shape.NEXT_NUMBER ? -1 : 0;
    }
  }

  /** The next combination of {@code c.length} of {@code n} indices in lexicographic order, in place. */
  private static boolean nextCombination(int[] c, int n) {
    int k = c.length - 1;
    while (k >= 0 && c[k] == n - c.length + k) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    c[k]++;
    for (int j = k + 1; j < c.length; j++) {
      c[j] = c[j - 1] + 1;
    }
    return true;
  }
}
