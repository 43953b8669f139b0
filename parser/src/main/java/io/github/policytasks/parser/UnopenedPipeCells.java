package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table a crawler took from a web page one cell a line, each cell closed by a pipe and no row
 * opened by one (annotation guide §6, Tables; Lost line breaks): {@code 序号 |⏎重点工作 |⏎责任单位
 * |⏎完成时限 |⏎1 |⏎…}. Its header runs from a number column ({@code 序号 |}) to the cell before the
 * first that holds a bare number, the first row's (which need not be 1: a page may hold rows 80
 * and 81 of a long table); each row then closes as many cells as the header, the first a bare
 * number, and a line not closed by a pipe is the cell's own line break. The breaks inside the
 * header and inside each row are no separators (the pipes are): {@link #join} writes them as
 * blanks, so each row reads as a pipe row written one a line ({@code 1 | … | … |}), every offset
 * kept. Stateless and thread-safe.
 */
final class UnopenedPipeCells {
  /** The fewest cells of a header. */
  private static final int MIN_COLUMNS = 3;
  /** The most cells of a header. */
  private static final int MAX_COLUMNS = 16;
  /** The longest header cell (its characters, blanks included). */
  private static final int MAX_WORD = 12;

  private UnopenedPipeCells() {}

  /** Whether line {@code k} of {@code source} is a number column's word closed by a pipe: such a table may open there. */
  static boolean opensTable(String f, SourceText source, int k) {
    int[] cell = cell(f, source, k);
    return cell != null && cell[1] - cell[0] <= MAX_WORD
        && TableHeaders.field(LineShapes.compact(f, cell[0], cell[1])) == ColumnField.NUMBER;
  }

  /**
   * Joins the header and the rows of the table that opens at line {@code k} into {@code out} (a
   * copy of {@code f}; null to find the table's end only), and returns the index of the line after
   * its last row; {@code k} when no such table opens there (a header of fewer than {@value
   * #MIN_COLUMNS} cells, one that does not read as a task table's, or no row), {@code out} then
   * untouched. The table ends at a line that does not open a row, or a row that cannot close as
   * many cells as the header before a blank line, or closes more.
   */
  static int join(String f, SourceText source, char @Nullable [] out, int k) {
    int count = source.lines();
    List<PipeCells.Cell> header = new ArrayList<>();
    int i = k;
    while (i < count && header.size() < MAX_COLUMNS) {
      int[] cell = cell(f, source, i);
      if (cell == null || cell[1] - cell[0] > MAX_WORD || isBareNumber(f, cell)) {
        break;
      }
      header.add(new PipeCells.Cell(cell[0], cell[1]));
      i++;
    }
    int columns = header.size();
    if (columns < MIN_COLUMNS || TaskTable.header(f, header) == null) {
      return k;
    }
    int headerEnd = i;
    List<int[]> rows = new ArrayList<>();
    while (i < count) {
      int[] first = cell(f, source, i);
      int end = first == null || !isBareNumber(f, first) ? i : rowEnd(f, source, i, columns);
      if (end <= i) {
        break;
      }
      rows.add(new int[] {i, end});
      i = end;
    }
    if (rows.isEmpty()) {
      return k;
    }
    if (out != null) {
      PipeClosedCells.joinLines(source, out, k, headerEnd);
      for (int[] row : rows) {
        PipeClosedCells.joinLines(source, out, row[0], row[1]);
        if (row[1] - 1 > row[0] && isPipesAlone(f, source, row[1] - 1)) {
          blankPipes(f, source, out, row[1] - 1);
        }
      }
    }
    return i;
  }

  /**
   * Where the row opening at line {@code i} ends: after the line that closes its {@code
   * columns}-th cell; after a line of pipes alone ({@code ||}, {@code |}) that closes the row's
   * empty last cells and ends it (at most one pipe past the header's columns, the row's own end),
   * or a pipe alone after a row that closed them all;
   * at the end of the text, or at blank lines that run to it, for a last row the copy cut short
   * that closed {@value #MIN_COLUMNS} cells or more. {@code i} when a blank line, another line
   * opening with a pipe or the end comes first, or a line closes more cells than the row has.
   */
  private static int rowEnd(String f, SourceText source, int i, int columns) {
    int count = source.lines();
    int closed = 0;
    int j = i;
    while (j < count) {
      int start = source.lineStart(j);
      int end = source.lineEnd(j);
      int a = LineShapes.skipBlanks(f, start, end);
      if (a == end) {
        return closed >= MIN_COLUMNS && blankToTheEnd(f, source, j) ? j : i;
      }
      if (f.charAt(a) == '|') {
        boolean ends = closed > 0 && isPipesAlone(f, source, j)
            && closed + PipeClosedCells.pipes(f, source, j) <= columns + 1;
        return ends ? j + 1 : i;
      }
      closed += PipeClosedCells.pipes(f, source, j);
      j++;
      if (closed >= columns) {
        boolean rowEnd = closed == columns && j < count && isPipesAlone(f, source, j)
            && PipeClosedCells.pipes(f, source, j) == 1;
        return closed > columns ? i : rowEnd ? j + 1 : j;
      }
    }
    return closed >= MIN_COLUMNS ? j : i;
  }

  /** Whether lines {@code j} to the last are blank. */
  private static boolean blankToTheEnd(String f, SourceText source, int j) {
    for (int k = j; k < source.lines(); k++) {
      int end = source.lineEnd(k);
      if (LineShapes.skipBlanks(f, source.lineStart(k), end) < end) {
        return false;
      }
    }
    return true;
  }

  /** Whether line {@code k} holds pipes and blanks only, at least one pipe. */
  private static boolean isPipesAlone(String f, SourceText source, int k) {
    int end = source.lineEnd(k);
    boolean pipe = false;
    for (int p = source.lineStart(k); p < end; p++) {
      char c = f.charAt(p);
      if (c == '|') {
        pipe = true;
      } else if (!TextChars.isBlank(c)) {
        return false;
      }
    }
    return pipe;
  }

  /** Writes the pipes of line {@code k} as blanks: a row's end that closes only empty cells. */
  private static void blankPipes(String f, SourceText source, char[] out, int k) {
    int end = source.lineEnd(k);
    for (int p = source.lineStart(k); p < end; p++) {
      if (f.charAt(p) == '|') {
        out[p] = ' ';
      }
    }
  }

  /**
   * The cell line {@code k} holds, as {@code [start, end)} without blanks, when the line is one
   * cell closed by a pipe (its only pipe, at its end, none before the cell); else null.
   */
  private static int @Nullable [] cell(String f, SourceText source, int k) {
    int start = source.lineStart(k);
    int end = source.lineEnd(k);
    int a = LineShapes.skipBlanks(f, start, end);
    int b = LineShapes.skipBlanksBack(f, a, end);
    if (b - a < 2 || f.charAt(b - 1) != '|' || PipeClosedCells.pipes(f, source, k) != 1) {
      return null;
    }
    int cellEnd = LineShapes.skipBlanksBack(f, a, b - 1);
    return cellEnd > a ? new int[] {a, cellEnd} : null;
  }

  private static boolean isBareNumber(String f, int[] cell) {
    for (int p = cell[0]; p < cell[1]; p++) {
      if (f.charAt(p) < '0' || f.charAt(p) > '9') {
        return false;
      }
    }
    return true;
  }
}
