package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The cells of a task-table header that a copy gives one line to each piece of a cell, its narrow
 * columns having broken some header cells over two lines ({@code 责任⏎领导}, {@code 攻坚目标⏎任务};
 * annotation guide §6, Tables): given the header's lines and the column count its rows show, which
 * lines make one cell. Adjacent lines are joined, one pair at a time, where the two together are a
 * column word ({@link TaskTable#isColumnWord}, {@link CellLines}' own test) and, in this order of
 * preference: neither alone is one; the second alone is none; the first alone is none; the second
 * is a short piece. The first line, the number column's, is joined with none. Stateless and
 * thread-safe.
 */
final class SplitHeaderCells {
  /** The longest piece of a cell that a narrow column breaks off alone ({@code 任务}). */
  private static final int SHORT_PIECE = 2;

  private SplitHeaderCells() {}

  /**
   * For each of the {@code columns} cells, the index of its first line in {@code pieces} (the
   * header's lines, compact), or null when the lines cannot be joined to as many column words.
   */
  static int @Nullable [] cellStarts(List<String> pieces, int columns, Predicate<String> isColumnWord) {
    List<String> cells = new ArrayList<>(pieces);
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      starts.add(k);
    }
    while (cells.size() > columns) {
      int best = -1;
      int bestRank = 0;
      for (int g = 1; g + 1 < cells.size(); g++) {
        int rank = rank(cells.get(g), cells.get(g + 1), isColumnWord);
        if (rank > bestRank) {
          best = g;
          bestRank = rank;
        }
      }
      if (best < 0) {
        return null;
      }
      cells.set(best, cells.get(best) + cells.get(best + 1));
      cells.remove(best + 1);
      starts.remove(best + 1);
    }
    if (cells.size() != columns) {
      return null;
    }
    int[] out = new int[columns];
    for (int k = 0; k < columns; k++) {
      out[k] = starts.get(k);
    }
    return out;
  }

  /** How much joining {@code a} and {@code b} is preferred: 0 when they are not to be joined. */
  private static int rank(String a, String b, Predicate<String> isColumnWord) {
    if (!isColumnWord.test(a + b)) {
      return 0;
    }
    boolean first = isColumnWord.test(a);
    boolean second = isColumnWord.test(b);
    if (!first && !second) {
      return 4;
    }
    if (!second) {
      return 3;
    }
    if (!first) {
      return 2;
    }
    return b.length() <= SHORT_PIECE ? 1 : 0;
  }
}
