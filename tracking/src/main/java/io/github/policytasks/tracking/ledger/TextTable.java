package io.github.policytasks.tracking.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned by display width (汉字 take two columns): a header line, a rule, and
 * rows whose cells may hold several lines ({@code \n}); columns are two spaces apart and lines
 * carry no trailing spaces. Right-aligned columns suit numbers. {@link #fitTo} gives the table a
 * width: the columns marked wrappable then narrow (never below their header or {@link
 * #MIN_WRAPPED} columns) and their cells wrap onto further lines instead of being cut, so every
 * line fits whenever the other columns leave room. Not thread-safe while rows are being added.
 */
public final class TextTable {
  /** The narrowest a wrapped column becomes. */
  public static final int MIN_WRAPPED = 8;

  private static final String GAP = "  ";

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final boolean[] wrappable;
  private final int[] floors;
  private final List<List<String>> rows = new ArrayList<>();
  private int maxWidth = Integer.MAX_VALUE;

  /**
   * A table with {@code headers}, every column left-aligned.
   *
   * @param headers the column headings
   */
  public TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
    this.rightAligned = new boolean[headers.size()];
    this.wrappable = new boolean[headers.size()];
    this.floors = new int[headers.size()];
  }

  /**
   * Keeps wrapped column {@code index} at least {@code width} columns wide (when its content is
   * that wide), so a column that matters more narrows last. Returns this table.
   *
   * @param index a 0-based column index
   * @param width a display width, in terminal columns
   * @return this table
   */
  public TextTable minWidth(int index, int width) {
    floors[Objects.checkIndex(index, headers.size())] = width;
    return this;
  }

  /**
   * Right-aligns column {@code index} (0-based). Returns this table.
   *
   * @param index a 0-based column index
   * @return this table
   */
  public TextTable alignRight(int index) {
    rightAligned[Objects.checkIndex(index, headers.size())] = true;
    return this;
  }

  /**
   * Lets the table take at most {@code width} display columns, wrapping the cells of {@code
   * wrapped} columns (0-based) as needed; {@code Integer.MAX_VALUE} for no limit. Returns this
   * table.
   *
   * @param width a display width, in terminal columns
   * @param wrapped the 0-based indexes of the columns that may wrap
   * @return this table
   * @throws IllegalArgumentException if {@code width} is not positive
   */
  public TextTable fitTo(int width, int... wrapped) {
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is not positive");
    }
    maxWidth = width;
    for (int index : wrapped) {
      wrappable[Objects.checkIndex(index, headers.size())] = true;
    }
    return this;
  }

  /**
   * Adds a row. Returns this table.
   *
   * @param cells the cells, in column order
   * @return this table
   * @throws IllegalArgumentException if the row does not have one cell per header
   */
  public TextTable addRow(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "Row has " + cells.size() + " cells, the table has " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * {@return the width of each column as {@link #render()} lays it out, wrapped columns narrowed}
   */
  public int[] columnWidths() {
    int[] widths = new int[headers.size()];
    measure(headers, widths);
    rows.forEach(row -> measure(row, widths));
    narrow(widths);
    return widths;
  }

  /** {@return the table as text, one line per {@code \n}-terminated line} */
  public String render() {
    int[] widths = columnWidths();
    StringBuilder out = new StringBuilder();
    appendLine(out, headers, widths);
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    appendLine(out, rules, widths);
    for (List<String> row : rows) {
      List<List<String>> cellLines = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < row.size(); i++) {
        List<String> lines = new ArrayList<>();
        for (String line : row.get(i).split("\n", -1)) {
          lines.addAll(wrappable[i] ? DisplayWidth.wrap(line, widths[i]) : List.of(line));
        }
        cellLines.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int line = 0; line < height; line++) {
        List<String> parts = new ArrayList<>();
        for (List<String> lines : cellLines) {
          parts.add(line < lines.size() ? lines.get(line) : "");
        }
        appendLine(out, parts, widths);
      }
    }
    return out.toString();
  }

  /** Narrows the wrappable columns, widest first, until the table fits or none can narrow. */
  private void narrow(int[] widths) {
    int total = GAP.length() * (widths.length - 1);
    for (int width : widths) {
      total += width;
    }
    while (total > maxWidth) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        int floor = Math.max(Math.max(MIN_WRAPPED, floors[i]), DisplayWidth.of(headers.get(i)));
        if (wrappable[i] && widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
      total--;
    }
  }

  private static void measure(List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size(); i++) {
      for (String line : cells.get(i).split("\n", -1)) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(line));
      }
    }
  }

  private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String cell = cells.get(i);
      line.append(rightAligned[i]
          ? DisplayWidth.padLeft(cell, widths[i])
          : DisplayWidth.padRight(cell, widths[i]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
