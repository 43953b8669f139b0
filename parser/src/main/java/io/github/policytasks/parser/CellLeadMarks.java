package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * The lead mark inside a table's unit cell ({@code cell-lead-marks.txt}: {@code ▲}, {@code ★},
 * {@code *}; annotation guide §6 Tables and Notes): a mark at the start of one of the cell's units
 * ({@code ▲发改局,各部门}, {@code 财政局、★税务局}) names that unit the lead and the cell's other units
 * its supporting units; the mark is no part of the name. Stateless and thread-safe.
 */
final class CellLeadMarks {
  private static final WordTable<Boolean> MARKS = WordLists.table("cell-lead-marks.txt");
  /** The marks that part a cell's units. */
  private static final String SEPARATORS = "、,;/ ";

  private CellLeadMarks() {}

  /**
   * Where the first lead mark of cell {@code [start, end)} stands, at the start of a unit (the
   * cell's start or right after a separator outside brackets), or -1 when the cell holds none.
   */
  static int at(CharSequence f, int start, int end) {
    int depth = 0;
    boolean opens = true;
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (opens && depth == 0 && MARKS.couldStart(c) && MARKS.matchAt(f, i, end) != null) {
        return i;
      }
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      }
      opens = depth == 0 && SEPARATORS.indexOf(c) >= 0;
    }
    return -1;
  }

  /** Where the mark at {@code mark} ends (a mark {@link #at} found). */
  static int markEnd(CharSequence f, int mark, int end) {
    WordTable.Match<Boolean> match = MARKS.matchAt(f, mark, end);
    return match == null ? mark : match.end();
  }

  /** Where the unit that starts at {@code from} ends: at the next separator outside brackets, or {@code end}. */
  static int unitEnd(CharSequence f, int from, int end) {
    int depth = 0;
    for (int i = from; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        return i;
      }
    }
    return end;
  }
}
