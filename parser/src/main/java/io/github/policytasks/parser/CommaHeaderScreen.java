package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;

/**
 * A cheap screen, without making any cell, of whether a line with commas could be the header of a
 * comma-separated task ledger ({@link CommaCells#isHeader}): such a header has at least two cells
 * that are a table header word and nothing else, and no colon. A cell can be a header word only
 * when it holds from one to {@link #LONGEST_WORD} chars besides blanks, each a char of some header
 * word ({@link TableHeaders}). Most lines with commas are sentences parted by half-width commas,
 * whose clauses fail this, so their cells need not be cut (issue 12). The commas, blanks, colons
 * and quotes are found by their {@link CellMarks}, and only the chars of short cells are read. A
 * row with a double quote is passed on undecided: its quoted cells decide where its cells part.
 * Stateless and thread-safe.
 */
final class CommaHeaderScreen {
  /** The chars of the table header words. */
  private static final long[] HEADER_CHARS = TextChars.charSet("");
  /** The longest table header word, in chars. */
  static final int LONGEST_WORD;

  static {
    int longest = 0;
    for (ColumnField field : ColumnField.values()) {
      for (String header : TableHeaders.headers(field)) {
        longest = Math.max(longest, header.length());
        for (int i = 0; i < header.length(); i++) {
          TextChars.add(HEADER_CHARS, header.charAt(i));
        }
      }
    }
    LONGEST_WORD = longest;
  }

  private CommaHeaderScreen() {}

  /**
   * False when the comma-separated row {@code [start, end)} of the input ({@code end} its first
   * line break, or the text's end) cannot be a task ledger's header: it holds no double quote, and
   * a colon or fewer than two cells that could be a header word. True when it may be one, or holds
   * a double quote.
   */
  static boolean mayBeHeader(CellMarks marks, int start, int end) {
    String text = marks.text();
    String f = marks.folded();
    boolean colon = false;
    int words = 0;
    int cellStart = start;
    int blanks = 0;
    for (int i = marks.next(start, end); ; i = marks.next(i + 1, end)) {
      if (i == end || text.charAt(i) == ',') {
        words += mayBeWord(f, cellStart, i, i - cellStart - blanks) ? 1 : 0;
        if (i == end) {
          break;
        }
        cellStart = i + 1;
        blanks = 0;
        continue;
      }
      if (text.charAt(i) == '"') {
        return true;
      }
      char folded = f.charAt(i);
      colon |= folded == ':';
      blanks += TextChars.isBlank(folded) ? 1 : 0;
    }
    return !colon && words >= 2;
  }

  /** Whether the cell {@code f[start, end)}, holding {@code chars} chars besides blanks, could be a header word. */
  private static boolean mayBeWord(String f, int start, int end, int chars) {
    if (chars < 1 || chars > LONGEST_WORD) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (!TextChars.isBlank(c) && !TextChars.in(HEADER_CHARS, c)) {
        return false;
      }
    }
    return true;
  }
}
