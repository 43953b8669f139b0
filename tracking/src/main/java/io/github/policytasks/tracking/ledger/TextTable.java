package io.github.policytasks.tracking.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned by display width (汉字 take two columns): a header line, a rule, and
 * rows whose cells may hold several lines ({@code \n}); every column is as wide as its widest
 * line, columns are two spaces apart, and lines carry no trailing spaces. Right-aligned columns
 * suit numbers. Not thread-safe while rows are being added.
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with {@code headers}, every column left-aligned. */
  public TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
    this.rightAligned = new boolean[headers.size()];
  }

  /** Right-aligns column {@code index} (0-based). Returns this table. */
  public TextTable alignRight(int index) {
    rightAligned[Objects.checkIndex(index, headers.size())] = true;
    return this;
  }

  /**
   * Adds a row. Returns this table.
   *
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

  /** The table as text, one line per {@code \n}-terminated line. */
  public String render() {
    int[] widths = new int[headers.size()];
    measure(headers, widths);
    rows.forEach(row -> measure(row, widths));
    StringBuilder out = new StringBuilder();
    appendLine(out, headers, widths);
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    appendLine(out, rules, widths);
    for (List<String> row : rows) {
      List<String[]> cellLines = new ArrayList<>();
      int height = 1;
      for (String cell : row) {
        String[] lines = cell.split("\n", -1);
        cellLines.add(lines);
        height = Math.max(height, lines.length);
      }
      for (int line = 0; line < height; line++) {
        List<String> parts = new ArrayList<>();
        for (String[] lines : cellLines) {
          parts.add(line < lines.length ? lines[line] : "");
        }
        appendLine(out, parts, widths);
      }
    }
    return out.toString();
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
