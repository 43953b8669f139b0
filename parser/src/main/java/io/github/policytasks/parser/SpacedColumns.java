package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the columns of a task table from a PDF's text copy stand (annotation guide §6, Tables;
 * DECISIONS.md, Copies that lost their line breaks): such a copy aligns each column's cells under
 * its header by display position, an ideograph or full-width form two positions wide, anything
 * else one. From those positions a row's cells find their columns when an empty cell left only
 * a wider gap ({@link #fit}), and a line under a row that holds only the overflow of some of its
 * cells, each piece under its column, continues those cells ({@link #continuation}). The header
 * gives the first positions; each row that fills every column gives the exact ones. Mutable: one
 * table of one parse.
 */
final class SpacedColumns {
  /** How far a cell may start left of its column's start (a copy's rounding of positions). */
  private static final int TOLERANCE = 1;

  private final TaskTable table;
  private final int[] starts;

  private SpacedColumns(TaskTable table, int[] starts) {
    this.table = table;
    this.starts = starts;
  }

  /**
   * The columns of {@code table} as its header row's {@code cells} place them in the input {@code
   * text}, counted from the header's line's start {@code lineStart} (where a copy cut the line,
   * its cut), or null when the header has not one cell per column.
   */
  static @Nullable SpacedColumns of(String text, int lineStart, List<PipeCells.Cell> cells, TaskTable table) {
    if (cells.size() != table.columnCount()) {
      return null;
    }
    int[] starts = new int[cells.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = position(text, lineStart, cells.get(k).start());
    }
    return new SpacedColumns(table, starts);
  }

  /** The table these columns are of. */
  TaskTable table() {
    return table;
  }

  /** Takes the exact positions of a row that fills every column, left to right, its line starting at {@code lineStart}. */
  void learn(String text, int lineStart, List<PipeCells.Cell> cells) {
    if (cells.size() != starts.length) {
      return;
    }
    int[] row = new int[starts.length];
    for (int k = 0; k < row.length; k++) {
      row[k] = position(text, lineStart, cells.get(k).start());
      if (k > 0 && row[k] <= row[k - 1]) {
        return;
      }
    }
    System.arraycopy(row, 0, starts, 0, row.length);
  }

  /**
   * The row's {@code cells} placed under their columns, its line starting at {@code lineStart}, an
   * empty cell (at the end of the cell before it) where the copy wrote none; null when two cells
   * would share a column or a cell stands left of the first column.
   */
  @Nullable List<PipeCells.Cell> fit(String text, int lineStart, List<PipeCells.Cell> cells) {
    PipeCells.Cell[] placed = new PipeCells.Cell[starts.length];
    int last = -1;
    for (PipeCells.Cell cell : cells) {
      int k = columnAt(position(text, lineStart, cell.start()));
      if (k <= last) {
        return null;
      }
      placed[k] = cell;
      last = k;
    }
    List<PipeCells.Cell> out = new ArrayList<>(placed.length);
    int at = cells.get(0).start();
    for (PipeCells.Cell cell : placed) {
      PipeCells.Cell c = cell != null ? cell : new PipeCells.Cell(at, at);
      out.add(c);
      at = c.end();
    }
    return out;
  }

  /**
   * The pieces of a line that stands above its row's numbered line ({@code 城区燃气管道更新  更新改造…}
   * over {@code 1  改造  完成…  县住房和城乡建设局 …}, the number and short cells vertically centred),
   * one per column (null where none); null when two pieces share a column, a piece stands in the
   * number column or left of the first column, or the line opens with a numbering label.
   */
  PipeCells.Cell @Nullable [] place(String f, String text, Line line) {
    if (line.isBlank() || PipeCells.isRow(f, line) || PipeCells.hasTab(text, line) || LineShapes.isFurniture(f, line)
        || LineShapes.label(f, line) != null) {
      return null;
    }
    PipeCells.Cell[] pieces = new PipeCells.Cell[starts.length];
    int last = -1;
    for (PipeCells.Cell piece : PipeCells.splitSpaced(f, text, line)) {
      int position = position(text, line.start(), piece.start());
      int k = columnAt(position);
      if (position < starts[0] + TOLERANCE || k <= last || k == table.numberColumn()) {
        return null;
      }
      pieces[k] = piece;
      last = k;
    }
    return last < 0 ? null : pieces;
  }

  /** Whether the text at {@code i} opens with a decimal figure ({@code 8.5公顷}), which numbers nothing. */
  private static boolean opensWithDecimal(String f, int i, int end) {
    int j = i;
    while (j < end && TextChars.isDigit(f.charAt(j))) {
      j++;
    }
    return j > i && j + 1 < end && f.charAt(j) == '.' && TextChars.isDigit(f.charAt(j + 1));
  }

  /**
   * A line's pieces under the columns of the row above, one per column (null where the line holds
   * none), and where the continuation ends: the line's end, or where the next row's number that a
   * copy ran onto its last piece starts.
   */
  record Continuation(PipeCells.Cell[] pieces, int end) {}

  /**
   * The pieces of {@code line} under the columns of the row above, whose cells so far are {@code
   * above}, when the line continues that row's wrapped cells; else null. The line continues the row
   * when its pieces (parted as a row's cells are, {@link PipeCells#splitSpaced}) each stand under a
   * column of their own other than the number column, each under a cell the row has filled, at
   * least one of those cells not closed by a sentence end, and the line opens with no numbering
   * label and right of the number column (a figure that opens it, {@code 8.5公顷。}, is the text
   * cell's, wrapped before it). A piece under a text cell that a sentence end closed starts
   * something new (the next row's first line, its number centred below it). In a table without a number column a line that opens in the first
   * column continues the row when it holds at most half as many pieces as there are columns (a
   * wrapped title's rest, {@code 力}); a row's own line fills more (cells top-aligned). A piece that ends with the next row's number {@code nextRow} with more pieces
   * after it ({@code 设局2       农村供水工程 …}: the break after the continuation lost) ends the
   * continuation before the number.
   */
  @Nullable Continuation continuation(String f, String text, Line line, PipeCells.Cell[] above, int nextRow) {
    if (line.isBlank() || PipeCells.isRow(f, line) || PipeCells.hasTab(text, line) || LineShapes.isFurniture(f, line)
        || LineShapes.label(f, line) != null && !opensWithDecimal(f, line.contentStart(), line.contentEnd())) {
      return null;
    }
    int first = position(text, line.start(), line.contentStart());
    List<PipeCells.Cell> split = PipeCells.splitSpaced(f, text, line);
    boolean numbered = table.numberColumn() >= 0;
    if (numbered ? first < starts[0] + TOLERANCE || columnAt(first) == table.numberColumn()
        : first < starts[0] + TOLERANCE && split.size() * 2 > starts.length) {
      return null;
    }
    PipeCells.Cell[] pieces = new PipeCells.Cell[starts.length];
    boolean open = false;
    int last = -1;
    int end = line.contentEnd();
    for (int p = 0; p < split.size(); p++) {
      PipeCells.Cell piece = split.get(p);
      int k = columnAt(position(text, line.start(), piece.start()));
      if (k <= last || k == table.numberColumn() || above[k] == null || above[k].isEmpty()) {
        return null;
      }
      int number = p + 1 < split.size() ? numberAtEnd(f, piece, nextRow) : -1;
      boolean closed = TextChars.isSentenceStop(f.charAt(above[k].end() - 1));
      if (closed && k >= table.textColumn() && k <= table.lastTextColumn() && k != table.titleColumn()) {
        return null;
      }
      pieces[k] = number > piece.start() ? new PipeCells.Cell(piece.start(), number) : piece;
      open |= !closed;
      last = k;
      if (number > piece.start()) {
        end = number;
        break;
      }
    }
    return open ? new Continuation(pieces, end) : null;
  }

  /** Where the number {@code nextRow} that ends {@code piece}, after no digit, starts; else -1. */
  static int numberAtEnd(String f, PipeCells.Cell piece, int nextRow) {
    String digits = Integer.toString(nextRow);
    int at = piece.end() - digits.length();
    if (nextRow < 1) {
      return -1;
    }
    return at > piece.start() && f.startsWith(digits, at) && !TextChars.isDigit(f.charAt(at - 1)) ? at : -1;
  }

  /** The column whose cells a piece that starts at display position {@code position} stands in, or -1. */
  private int columnAt(int position) {
    int k = starts.length - 1;
    while (k >= 0 && starts[k] > position + TOLERANCE) {
      k--;
    }
    return k;
  }

  /** The display position of {@code offset} in the input {@code text}, counted from {@code lineStart}. */
  static int position(String text, int lineStart, int offset) {
    int position = 0;
    for (int i = lineStart; i < offset; i++) {
      position += width(text.charAt(i));
    }
    return position;
  }

  /** How many display positions a char takes in a PDF's text copy: two for an ideograph or a full-width form. */
  private static int width(char c) {
    return c >= '\u2e80' && c <= '\ua4cf' || c >= '\uac00' && c <= '\ud7a3' || c >= '\uf900' && c <= '\ufaff'
        || c >= '\ufe30' && c <= '\ufe4f' || c >= '\uff00' && c <= '\uff60' || c >= '\uffe0' && c <= '\uffe6' ? 2 : 1;
  }
}
