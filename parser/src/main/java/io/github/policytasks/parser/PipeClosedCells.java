package io.github.policytasks.parser;

/**
 * A table a crawler took from a web page one cell a line, each cell closed by a pipe and each row
 * opened by a line that holds a pipe alone (annotation guide §6, Tables; Lost line breaks):
 * {@code |⏎序号 |⏎项目名称 |⏎责任单位 |⏎|⏎1 |⏎城区学校运动场改造 |⏎县教育和体育局 |}. The row's line
 * breaks are no separators (its pipes are), so {@link #join} writes each of them as a blank and
 * the row reads as one pipe row, with every offset kept. A line inside a row that does not end
 * with a pipe is a cell's own line break (the cell goes on, closed by a later line's pipe). A row
 * of one cell before the header (the table's caption, {@code |⏎…项目清单 |}) and a row of empty
 * cells ({@code |||||||}) are no rows of the table: their pipes are written as blanks, so the
 * caption stands as a line of its own above the header and the empty row as a blank line.
 * Stateless and thread-safe.
 */
final class PipeClosedCells {
  /** The fewest rows (caption and empty rows not counted) that make such a table. */
  private static final int MIN_ROWS = 2;
  /** The fewest cells of the widest row. */
  private static final int MIN_CELLS = 3;

  private PipeClosedCells() {}

  /** Whether line {@code k} of {@code source} holds a pipe alone (blanks aside): a row may open there. */
  static boolean opensRow(String f, SourceText source, int k) {
    int start = source.lineStart(k);
    int end = source.lineEnd(k);
    int s = skipBlanks(f, start, end);
    return s < end && f.charAt(s) == '|' && skipBlanks(f, s + 1, end) == end;
  }

  /**
   * Joins the rows of the table whose first row opens at line {@code k} into {@code out} (a copy
   * of {@code f}), and returns the index of the line after the table; {@code k} when no such table
   * opens there, {@code out} then untouched.
   */
  static int join(String f, SourceText source, char[] out, int k) {
    int count = source.lines();
    int rows = 0;
    int widest = 0;
    int i = k;
    int[] rowStarts = new int[8];
    int[] rowEnds = new int[8];
    while (i < count && opensRow(f, source, i)) {
      int end = rowEnd(f, source, i + 1);
      if (end <= i + 1) {
        break;
      }
      if (rows == rowStarts.length) {
        rowStarts = java.util.Arrays.copyOf(rowStarts, rows * 2);
        rowEnds = java.util.Arrays.copyOf(rowEnds, rows * 2);
      }
      rowStarts[rows] = i;
      rowEnds[rows] = end;
      widest = Math.max(widest, cells(f, source, i + 1, end));
      rows++;
      i = end;
    }
    int tableRows = 0;
    for (int r = 0; r < rows; r++) {
      if (cells(f, source, rowStarts[r] + 1, rowEnds[r]) > 1) {
        tableRows++;
      }
    }
    if (tableRows < MIN_ROWS || widest < MIN_CELLS) {
      return k;
    }
    for (int r = 0; r < rows; r++) {
      int from = rowStarts[r];
      int to = rowEnds[r];
      int cells = cells(f, source, from + 1, to);
      if (cells <= 1) {
        blankPipes(f, source, out, from, to);
      } else {
        joinLines(source, out, from, to);
      }
    }
    return i;
  }

  /**
   * The index after the last line of the row whose cells begin at line {@code i}: its lines run
   * to the next line that opens a row, or to the last line closed by a pipe before a line that is
   * blank or closes none and is followed by none before the next row.
   */
  private static int rowEnd(String f, SourceText source, int i) {
    int count = source.lines();
    int end = i;
    int j = i;
    while (j < count && !opensRow(f, source, j) && !isBlank(f, source, j)) {
      if (closesCell(f, source, j)) {
        end = j + 1;
      }
      j++;
    }
    return end;
  }

  /** How many non-empty cells lines {@code from} to {@code to} hold. */
  private static int cells(String f, SourceText source, int from, int to) {
    int cells = 0;
    boolean filled = false;
    for (int j = from; j < to; j++) {
      int end = source.lineEnd(j);
      for (int p = source.lineStart(j); p < end; p++) {
        char c = f.charAt(p);
        if (c == '|') {
          cells += filled ? 1 : 0;
          filled = false;
        } else if (c != ' ' && c != '\u3000' && c != '\t') {
          filled = true;
        }
      }
    }
    return cells + (filled ? 1 : 0);
  }

  /** Writes the line breaks of lines {@code from} to {@code to} (the last one's aside) as blanks. */
  private static void joinLines(SourceText source, char[] out, int from, int to) {
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
