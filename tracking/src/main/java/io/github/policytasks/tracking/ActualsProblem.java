package io.github.policytasks.tracking;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of an actuals sheet that was skipped, and why: the sheet, the 1-based row, the column
 * (number and header, when the problem lies in one cell) and a message. {@link #toString()} is one
 * line: {@code actuals.csv: row 7, column 23 (实际完成): cannot read "八点四" as a figure}.
 * Immutable and thread-safe.
 *
 * @param source the sheet's name
 * @param row the 1-based row
 * @param column the 1-based column, or 0 when the problem is the whole row
 * @param header the column's header, or {@code null}
 * @param message what is wrong
 */
public record ActualsProblem(
    String source, int row, int column, @Nullable String header, String message) {

  /**
   * Checks the components.
   *
   * @param source the name of the sheet
   * @param row the 1-based row, or 0 for the sheet as a whole
   * @param column the 1-based column
   * @param header the column heading, when the problem lies in a column
   * @param message what is wrong, in words
   */
  public ActualsProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (row < 1 || column < 0) {
      throw new IllegalArgumentException("row " + row + " / column " + column + " out of range");
    }
  }

  /**
   * Where: {@code row 7, column 23 (实际完成)} or {@code row 7}.
   *
   * @return where the problem lies, for messages
   */
  public String where() {
    if (column == 0) {
      return "row " + row;
    }
    return "row " + row + ", column " + column + (header == null ? "" : " (" + header + ")");
  }

  @Override
  public String toString() {
    return source + ": " + where() + ": " + message;
  }
}
