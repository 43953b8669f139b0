package io.github.policytasks.parser;

import io.github.policytasks.core.RegionKind;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A table a crawler took from a web page one cell a line, each cell closed by a pipe and each row
 * opened by a line that holds a pipe alone (annotation guide §6, Tables; Lost line breaks):
 * {@code |⏎序号 |⏎项目名称 |⏎责任单位 |⏎|⏎1 |⏎城区学校运动场改造 |⏎县教育和体育局 |}. The row's line
 * breaks are no separators (its pipes are), so {@link #join} writes each of them as a blank and
 * the row reads as one pipe row, with every offset kept. A line inside a row that does not end
 * with a pipe is a cell's own line break (the cell goes on, closed by a later line's pipe); a line
 * may hold more than one cell and the row's opening pipe may stand before its first cell (a copy
 * that lost a break), since a row after the header is read by counting the cells it closes. A row
 * of one cell before the header (the table's caption, {@code |⏎…项目清单 |}) and a row of empty
 * cells ({@code |||||||}) are no rows of the table: their pipes are written as blanks, so the
 * caption stands as a line of its own above the header and the empty row as a blank line.
 * Stateless and thread-safe.
 */
final class PipeClosedCells {
  /** The fewest cells of a header row. */
  private static final int MIN_CELLS = 3;

  private PipeClosedCells() {}

  /** Whether line {@code k} of {@code source} is a pipe alone (blanks aside): such a table may open there. */
  static boolean opensTable(String f, SourceText source, int k) {
    return isLonePipe(f, source, k);
  }

  /** Whether line {@code k} of {@code source} opens with a pipe (blanks aside): a row may open there. */
  private static boolean opensRow(String f, SourceText source, int k) {
    int end = source.lineEnd(k);
    int s = skipBlanks(f, source.lineStart(k), end);
    return s < end && f.charAt(s) == '|';
  }

  /**
   * Joins the rows of the table whose first row opens at line {@code k} into {@code out} (a copy
   * of {@code f}; null to find the table's end only), and returns the index of the line after the
   * table; {@code k} when no such table opens there, {@code out} then untouched. Before the header (the first row of {@value
   * #MIN_CELLS} cells or more) a row runs to the next line that opens with a pipe; after it, a row
   * runs until it has closed as many cells as the header (a line that is a pipe alone inside a row
   * is an empty cell). The table ends at a row that cannot close that many, or closes more. A
   * table whose rows are written one a line ({@code | 1 | … |}) is no such table: two of its rows
   * (the header and the caption aside) must open with a pipe alone.
   */
  static int join(String f, SourceText source, char @Nullable [] out, int k) {
    int count = source.lines();
    int columns = -1;
    int rows = 0;
    int lonePipes = 0;
    int i = k;
    int[] starts = new int[8];
    int[] ends = new int[8];
    boolean[] captions = new boolean[8];
    while (i < count && opensRow(f, source, i)) {
      int end = columns < 0 ? headRowEnd(f, source, i) : rowEnd(f, source, i, columns);
      if (end <= i) {
        break;
      }
      int filled = filledCells(f, source, i, end);
      if (columns < 0 && filled >= MIN_CELLS) {
        columns = closedCells(f, source, i, end);
      }
      if (rows == starts.length) {
        starts = Arrays.copyOf(starts, rows * 2);
        ends = Arrays.copyOf(ends, rows * 2);
        captions = Arrays.copyOf(captions, rows * 2);
      }
      starts[rows] = i;
      ends[rows] = end;
      captions[rows] = filled <= 1 && columns < 0;
      lonePipes += !captions[rows] && isLonePipe(f, source, i) ? 1 : 0;
      rows++;
      i = end;
    }
    if (columns < 0 || lonePipes < 2) {
      return k;
    }
    for (int r = 0; r < rows && out != null; r++) {
      if (captions[r]) {
        blankPipes(f, source, out, starts[r], ends[r]);
      } else {
        joinLines(source, out, starts[r], ends[r]);
      }
    }
    return i;
  }

  /**
   * Where a row before the header, opening at line {@code i}, ends: at the last line closed by a
   * pipe before the next line that opens with a pipe, a blank line, or the end.
   */
  private static int headRowEnd(String f, SourceText source, int i) {
    int count = source.lines();
    int end = closesCell(f, source, i) ? i + 1 : i;
    for (int j = i + 1; j < count && !opensRow(f, source, j) && !isBlank(f, source, j); j++) {
      if (closesCell(f, source, j)) {
        end = j + 1;
      }
    }
    return end == i && isLonePipe(f, source, i) ? i + 1 : end;
  }

  /**
   * Where a row after the header, opening at line {@code i}, ends: at the line that closes its
   * {@code columns}-th cell; {@code i} when a blank line or the end comes first or that line closes
   * more cells than the row has.
   */
  private static int rowEnd(String f, SourceText source, int i, int columns) {
    int count = source.lines();
    int closed = pipesAfterFirst(f, source, i);
    int j = i;
    while (closed < columns) {
      j++;
      if (j >= count || isBlank(f, source, j)) {
        return i;
      }
      closed += pipes(f, source, j);
    }
    return closed == columns ? j + 1 : i;
  }

  /** How many cells lines {@code from} to {@code to} close: their pipes, the row's opening pipe aside. */
  private static int closedCells(String f, SourceText source, int from, int to) {
    int closed = pipesAfterFirst(f, source, from);
    for (int j = from + 1; j < to; j++) {
      closed += pipes(f, source, j);
    }
    return closed;
  }

  /** How many non-empty cells lines {@code from} to {@code to} hold. */
  private static int filledCells(String f, SourceText source, int from, int to) {
    int cells = 0;
    boolean filled = false;
    for (int j = from; j < to; j++) {
      int end = source.lineEnd(j);
      for (int p = source.lineStart(j); p < end; p++) {
        char c = f.charAt(p);
        if (c == '|') {
          cells += filled ? 1 : 0;
          filled = false;
        } else if (!isBlank(c)) {
          filled = true;
        }
      }
    }
    return cells + (filled ? 1 : 0);
  }

  private static int pipesAfterFirst(String f, SourceText source, int j) {
    return pipes(f, source, j) - 1;
  }

  /** How many pipes line {@code j} of {@code source} holds. */
  static int pipes(String f, SourceText source, int j) {
    int n = 0;
    int end = source.lineEnd(j);
    for (int p = source.lineStart(j); p < end; p++) {
      n += f.charAt(p) == '|' ? 1 : 0;
    }
    return n;
  }

  /** Writes the line breaks of lines {@code from} to {@code to} (the last one's aside) as blanks. */
  static void joinLines(SourceText source, char[] out, int from, int to) {
    for (int j = from; j < to - 1; j++) {
      int end = source.lineEnd(j);
      int next = source.lineStart(j + 1);
      for (int p = end; p < next; p++) {
        out[p] = ' ';
      }
    }
  }

  /** Writes the pipes of lines {@code from} to {@code to} as blanks, their line breaks kept. */
  private static void blankPipes(String f, SourceText source, char[] out, int from, int to) {
    for (int j = from; j < to; j++) {
      int end = source.lineEnd(j);
      for (int p = source.lineStart(j); p < end; p++) {
        if (f.charAt(p) == '|') {
          out[p] = ' ';
        }
      }
    }
  }

  /**
   * Claims as furniture each pipe of the input that the joined text {@code joined} shows as a blank
   * (a caption's or an empty row's, {@link #join}), so that every character of the input stays in
   * a region.
   */
  static void claimBlankedPipes(String folded, String joined, PlanDraft draft) {
    for (int p = folded.indexOf('|'); p >= 0; p = folded.indexOf('|', p + 1)) {
      if (joined.charAt(p) == ' ') {
        draft.region(RegionKind.FURNITURE, p, p + 1);
      }
    }
  }

  private static boolean isLonePipe(String f, SourceText source, int j) {
    int end = source.lineEnd(j);
    int s = skipBlanks(f, source.lineStart(j), end);
    return s < end && f.charAt(s) == '|' && skipBlanks(f, s + 1, end) == end;
  }

  private static boolean closesCell(String f, SourceText source, int j) {
    int start = source.lineStart(j);
    int end = source.lineEnd(j);
    while (end > start && isBlank(f.charAt(end - 1))) {
      end--;
    }
    return end > start && f.charAt(end - 1) == '|';
  }

  private static boolean isBlank(String f, SourceText source, int j) {
    int end = source.lineEnd(j);
    return skipBlanks(f, source.lineStart(j), end) == end;
  }

  private static int skipBlanks(String f, int from, int to) {
    int p = from;
    while (p < to && isBlank(f.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\u3000' || c == '\t';
  }
}
