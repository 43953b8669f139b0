package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one table row into its cells, each as {@code [start, end)} without surrounding spaces:
 * a pipe-table row ({@code 序号 | 主要工作任务 | 牵头单位 |}), where an empty cell before a leading
 * or after a trailing pipe is no cell, or a row copied from a web page with its cells separated
 * by tabs. Stateless and thread-safe.
 */
final class PipeCells {
  private PipeCells() {}

  /** One cell: {@code [start, end)} in the input, spaces trimmed. */
  record Cell(int start, int end) {
    boolean isEmpty() {
      return start == end;
    }
  }

  /** Whether the line's content opens with a pipe. */
  static boolean opensWithPipe(String f, Line line) {
    return line.length() > 0 && f.charAt(line.contentStart()) == '|';
  }

  /** Whether the line has a pipe. */
  static boolean isRow(String f, Line line) {
    return TextChars.indexOf(f, '|', line.contentStart(), line.contentEnd()) >= 0;
  }

  /** Whether the input {@code text} has a tab inside the line's content (the folded text has none). */
  static boolean hasTab(String text, Line line) {
    return TextChars.indexOf(text, '\t', line.contentStart(), line.contentEnd()) >= 0;
  }

  /** The cells of a tab-separated {@code line}: split at the tabs of the input {@code text}. */
  static List<Cell> splitTabs(String f, String text, Line line) {
    List<Cell> cells = new ArrayList<>();
    int cellStart = line.contentStart();
    int e = line.contentEnd();
    for (int i = cellStart; i <= e; i++) {
      if (i == e || text.charAt(i) == '\t') {
        int a = LineShapes.skipBlanks(f, cellStart, i);
        int b = LineShapes.skipBlanksBack(f, a, i);
        cells.add(new Cell(a, b));
        cellStart = i + 1;
      }
    }
    return cells;
  }

  /** The cells of {@code line}, a leading pipe taken as the table's border. */
  static List<Cell> split(String f, Line line) {
    return split(f, line, true);
  }

  /**
   * The cells of {@code line}; a leading pipe is the table's border when {@code leadingBorder},
   * else it closes an empty first cell. A trailing pipe always closes the last cell.
   */
  static List<Cell> split(String f, Line line, boolean leadingBorder) {
    List<Cell> cells = new ArrayList<>();
    int s = line.contentStart();
    int e = line.contentEnd();
    int cellStart = s;
    for (int i = s; i <= e; i++) {
      if (i == e || f.charAt(i) == '|') {
        int a = LineShapes.skipBlanks(f, cellStart, i);
        int b = LineShapes.skipBlanksBack(f, a, i);
        boolean edge = (i == e && cellStart == e) || (leadingBorder && cellStart == s && i == s);
        if (!edge) {
          cells.add(new Cell(a, b));
        }
        cellStart = i + 1;
      }
    }
    return cells;
  }

  /**
   * The cells of a row of a pipe table whose header has {@code columns} cells, a leading pipe taken
   * as the border when {@code leadingBorder}. When the header does not end with a pipe ({@code
   * closedHeader} false), a row that ends with one and is one cell short ({@code …| 县人社局 | }) has
   * its last cell empty: that pipe closes the cell before it and leaves the last one, which is
   * added empty at the line's end. Any other row is {@link #split(String, Line, boolean)}'s.
   */
  static List<Cell> splitRow(String f, Line line, boolean leadingBorder, boolean closedHeader, int columns) {
    List<Cell> cells = split(f, line, leadingBorder);
    if (!closedHeader && cells.size() == columns - 1 && f.charAt(line.contentEnd() - 1) == '|') {
      cells.add(new Cell(line.contentEnd(), line.contentEnd()));
    }
    return cells;
  }

  /** The cell's text with every space removed, in folded form. */
  static String compact(String f, Cell cell) {
    return LineShapes.compact(f, cell.start(), cell.end());
  }
}
