package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one table row into its cells, each as {@code [start, end)} without surrounding spaces:
 * a pipe-table row ({@code 序号 | 主要工作任务 | 牵头单位 |}), where an empty cell before a leading
 * or after a trailing pipe is no cell, a row copied from a web page with its cells separated
 * by tabs, or a row of a PDF's text copy whose columns are aligned with runs of spaces. Stateless
 * and thread-safe.
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

  /** The fewest blanks in a row that part two cells of a table copied from a PDF's text ({@code 改造老旧小区  区住建局}). */
  static final int CELL_GAP = 2;

  /**
   * Whether the line's content holds at least two gaps of {@value #CELL_GAP} or more ASCII spaces in
   * the input {@code text}: three cells or more, as a table whose columns a PDF's text copy aligned
   * with spaces writes a row. Ideographic spaces are a paragraph's indent ({@code 　　一、总体思路}),
   * never a column's gap.
   */
  static boolean hasSpacedCells(String text, Line line) {
    int gaps = 0;
    int run = 0;
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if (text.charAt(i) == ' ') {
        run++;
      } else {
        gaps += run >= CELL_GAP ? 1 : 0;
        run = 0;
      }
    }
    return gaps >= 2;
  }

  /**
   * The cells of a space-aligned {@code line}: split at each gap of {@value #CELL_GAP} or more ASCII
   * spaces of the input {@code text}, and at a single blank right after a sentence end, where a cell's text filled its column
   * ({@code …90%以上。 区人力资源和社会保障局}).
   */
  static List<Cell> splitSpaced(String f, String text, Line line) {
    List<Cell> cells = new ArrayList<>();
    int e = line.contentEnd();
    int cellStart = line.contentStart();
    int i = cellStart;
    while (i < e) {
      int run = i;
      while (run < e && text.charAt(run) == ' ') {
        run++;
      }
      if (run - i >= CELL_GAP || run > i && run < e && i > cellStart && TextChars.isSentenceStop(f.charAt(i - 1))) {
        cells.add(new Cell(cellStart, LineShapes.skipBlanksBack(f, cellStart, i)));
        cellStart = run;
      }
      i = run > i ? run : i + 1;
    }
    cells.add(new Cell(cellStart, LineShapes.skipBlanksBack(f, cellStart, e)));
    return cells;
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
