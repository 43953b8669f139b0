package io.github.policytasks.parser;

/**
 * A task table that a crawler took from a web page's table one cell a line with a blank line after
 * each row (annotation guide §6, Tables; Lost line breaks): the header's column words one a line
 * ({@code 序号⏎重点任务⏎…⏎完成时限}), a blank line, then each row a block of lines that opens with its
 * number alone ({@code 1}, {@code 2}, …) and ends at a blank line. A cell's own line break
 * ({@code <br>}) gives it two lines: in a block with more lines than the header has columns, a break
 * after a line that ends inside a sentence or a list ({@code ，} {@code 、} {@code ；}) is inside a
 * cell, when exactly as many breaks so end as the block has lines too many; otherwise the block
 * ends the table. A block with fewer lines than columns followed by a block that does not open with
 * the next number continues it: the blank line between them is an empty cell. {@link #read} marks
 * the cell separators (written as pipes by {@link CellLines}) and the breaks inside a cell (written
 * as a blank, so the cell reads as one), keeping every offset. Stateless and thread-safe.
 */
final class CellBlocks {
  /** A line break that separates two cells. */
  static final byte SEPARATOR = 1;
  /** A line break inside a cell. */
  static final byte INSIDE = 2;
  /** Characters after which a cell's text runs on: a sentence or a list not ended. */
  private static final String RUNS_ON = "，、；,;";

  private CellBlocks() {}

  /**
   * Where the table whose header of {@code columns} lines opens at line {@code k} ends (the index
   * after its last row's last line), its breaks marked in {@code marks}; -1 when the header is not
   * followed by a blank line and blocks of rows 1, 2, ….
   */
  static int read(String f, SourceText source, byte[] marks, int k, int columns) {
    int count = source.lines();
    int i = k + columns;
    if (i >= count || !isBlank(f, source, i)) {
      return -1;
    }
    i = skipBlankLines(f, source, i);
    int row = 1;
    int end = -1;
    while (i < count && CellLines.isNumberLine(f, source, i, row)) {
      int rowEnd = rowEnd(f, source, i, columns, row);
      if (rowEnd < 0 || !markRow(f, source, marks, i, rowEnd, columns)) {
        break;
      }
      end = rowEnd;
      i = skipBlankLines(f, source, rowEnd);
      row++;
    }
    if (end < 0) {
      return -1;
    }
    for (int j = k; j < k + columns - 1; j++) {
      marks[j] = SEPARATOR;
    }
    return end;
  }

  /**
   * The index after the last line of the row that opens at line {@code i}: its block, and the blocks
   * after it while the row holds fewer cells than {@code columns} and the next block does not open
   * with the next row's number (the blank lines between them empty cells).
   */
  private static int rowEnd(String f, SourceText source, int i, int columns, int row) {
    int count = source.lines();
    int end = blockEnd(f, source, i);
    while (end - i < columns - 1) {
      int next = skipBlankLines(f, source, end);
      if (next >= count || CellLines.isNumberLine(f, source, next, row + 1) || next - i >= columns) {
        break;
      }
      end = blockEnd(f, source, next);
    }
    return end;
  }

  /**
   * Marks the breaks of the row's lines {@code [from, to)}: separators, and breaks inside a cell
   * where the row has more lines than columns; false when those cannot be told (the row is not
   * read).
   */
  private static boolean markRow(String f, SourceText source, byte[] marks, int from, int to, int columns) {
    int extra = to - from - columns;
    if (extra > 0) {
      int inside = 0;
      for (int j = from + 1; j < to - 1; j++) {
        if (runsOn(f, source, j)) {
          inside++;
        }
      }
      if (inside != extra) {
        return false;
      }
    }
    for (int j = from; j < to - 1; j++) {
      marks[j] = extra > 0 && j > from && runsOn(f, source, j) ? INSIDE : SEPARATOR;
    }
    return true;
  }

  /** Whether line {@code j} ends inside a sentence or a list. */
  private static boolean runsOn(String f, SourceText source, int j) {
    int a = source.lineStart(j);
    int b = LineShapes.skipBlanksBack(f, a, source.lineEnd(j));
    return b > a && RUNS_ON.indexOf(f.charAt(b - 1)) >= 0;
  }

  /** The index after the last non-blank line of the block that opens at line {@code i}. */
  private static int blockEnd(String f, SourceText source, int i) {
    int j = i;
    while (j < source.lines() && !isBlank(f, source, j)) {
      j++;
    }
    return j;
  }

  private static int skipBlankLines(String f, SourceText source, int i) {
    int j = i;
    while (j < source.lines() && isBlank(f, source, j)) {
      j++;
    }
    return j;
  }

  private static boolean isBlank(String f, SourceText source, int k) {
    return LineShapes.skipBlanks(f, source.lineStart(k), source.lineEnd(k)) == source.lineEnd(k);
  }
}
