package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task table's header in two rows, as a web copy gives a table whose header cell spans columns
 * (annotation guide §6, Tables: columns recognised by their header): {@code 序号 | 重点任务 | 计划目标 |
 * 牵头单位 | …} over {@code 全年 | 上半年}. The upper row writes each cell once (a cell that spans
 * both rows only there, a cell that spans columns once over them), so the lower row holds only the
 * spanned cell's parts and each row of the table as many cells as the upper row has, one less, plus
 * the lower row's. The spanned cell is the upper row's one column whose header names no known
 * field (a column of the table's own, such as 计划目标, not a field of its own), or, when every
 * upper cell names a field, its one column that names units, whose parts name units of keys of
 * their own ({@code 责任单位} over {@code 牵头单位 | 配合单位}). Stateless.
 */
final class TwoLevelHeader {
  /** The longest cell of a lower header row. */
  private static final int MAX_WORD = 10;

  private TwoLevelHeader() {}

  /**
   * The columns of the table whose upper header row has {@code upper} cells (read as {@code table})
   * and whose next line has {@code lower} cells, given the cells of the row after it: the upper
   * cells with the spanned one replaced by the lower ones; null when {@code lower} is no lower
   * header row (a row, text, cells of more than a short word, or rows whose cells do not add up).
   */
  static @Nullable List<PipeCells.Cell> columns(String f, TaskTable table, List<PipeCells.Cell> upper,
      List<PipeCells.Cell> lower, List<PipeCells.Cell> firstRow) {
    int spanned = table.unknownColumns().size() == 1 ? table.unknownColumns().get(0)
        : table.unknownColumns().isEmpty() ? spannedUnitColumn(f, table, upper, lower) : -1;
    if (spanned < 0 || lower.size() < 2 || lower.size() >= upper.size()
        || firstRow.size() != upper.size() - 1 + lower.size()) {
      return null;
    }
    for (PipeCells.Cell cell : lower) {
      if (!isHeaderWord(PipeCells.compact(f, cell))) {
        return null;
      }
    }
    List<PipeCells.Cell> out = new ArrayList<>(upper.subList(0, spanned));
    out.addAll(lower);
    out.addAll(upper.subList(spanned + 1, upper.size()));
    return out;
  }

  /**
   * The upper column whose cell is itself a field spanning the lower row's parts: a header with no
   * unknown column, whose lower cells each name units of a key of their own ({@code 牵头单位 |
   * 配合单位}), spanned by its one column that names units ({@code 责任单位}); -1 when there is none
   * or more than one.
   */
  private static int spannedUnitColumn(String f, TaskTable table, List<PipeCells.Cell> upper,
      List<PipeCells.Cell> lower) {
    for (PipeCells.Cell cell : lower) {
      if (!TaskTable.isUnitKey(TaskTable.keyOf(PipeCells.compact(f, cell)))) {
        return -1;
      }
    }
    int spanned = -1;
    for (int k = 0; k < upper.size(); k++) {
      if (TaskTable.isUnitKey(table.key(k))) {
        if (spanned >= 0) {
          return -1;
        }
        spanned = k;
      }
    }
    return spanned;
  }

  /** Marks of a sentence or a clause, which no header word holds (folded and full-width). */
  private static final String SENTENCE_MARKS = "。，；：！？,;:!?";

  /** A lower header cell: a short word, opening with no figure but a year ({@code 2024年}), no sentence. */
  private static boolean isHeaderWord(String compact) {
    if (compact.isEmpty() || compact.length() > MAX_WORD) {
      return false;
    }
    for (int i = 0; i < compact.length(); i++) {
      if (SENTENCE_MARKS.indexOf(compact.charAt(i)) >= 0) {
        return false;
      }
    }
    return !TextChars.isDigit(compact.charAt(0)) || compact.contains("年");
  }
}
