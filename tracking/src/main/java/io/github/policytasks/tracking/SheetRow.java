package io.github.policytasks.tracking;

import java.util.List;
import java.util.Objects;

/**
 * One row of a sheet, whatever it was read from (CSV, TSV, .xlsx): its 1-based row number as the
 * user sees it and its cells as text. Immutable and thread-safe.
 *
 * @param row the 1-based row (line of the file, or row of the worksheet)
 * @param cells the cells as text, empty for blank cells
 */
public record SheetRow(int row, List<String> cells) {
  /**
   * Copies the cells.
   *
   * @param cells the cells, in column order
   * @param row the 1-based row, or 0 for the sheet as a whole
   */
  public SheetRow {
    if (row < 1) {
      throw new IllegalArgumentException("row " + row + " is not positive");
    }
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
  }

  /**
   * {@return the cell at 0-based {@code column}, stripped, or the empty string past the end}
   *
   * @param column the 1-based column
   */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column).strip() : "";
  }

  /** {@return whether every cell is blank} */
  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
