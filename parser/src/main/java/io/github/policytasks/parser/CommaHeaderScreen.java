package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;

/**
 * A cheap screen, in one pass over one line and without making any cell, of whether a line with
 * commas could be the header of a comma-separated task ledger ({@link CommaCells#isHeader}): such a
 * header has at least two cells that are a table header word and nothing else, and no colon. A
 * cell can be a header word only when it holds from one to {@link #LONGEST_WORD} chars besides
 * blanks, each a char of some header word ({@link TableHeaders}). Most lines with commas are
 * sentences parted by half-width commas, whose clauses fail this, so their cells need not be cut
 * (issue 12). A row with a double quote is passed on undecided: its quoted cells decide where its
 * cells part. Stateless and thread-safe.
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
   * False when the comma-separated row that opens at {@code start} of the input {@code text} (its
   * folded form {@code f}, the same length), running to the next line break, cannot be a task
   * ledger's header: it holds no double quote, and a colon or fewer than two cells that could be a
   * header word. True when it may be one, or holds a double quote.
   */
  static boolean mayBeHeader(String text, String f, int start) {
    boolean quoted = false;
    boolean colon = false;
    int words = 0;
    int chars = 0;
    boolean headerChars = true;
    int length = text.length();
    for (int i = start; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '\n';
      if (c == ',' || TextChars.isLineBreak(c)) {
        words += chars > 0 && chars <= LONGEST_WORD && headerChars ? 1 : 0;
        if (c != ',') {
          break;
        }
        chars = 0;
        headerChars = true;
        continue;
      }
      char folded = f.charAt(i);
      quoted |= c == '"';
      colon |= folded == ':';
      if (!TextChars.isBlank(folded)) {
        chars++;
        headerChars &= TextChars.in(HEADER_CHARS, folded);
      }
    }
    return quoted || !colon && words >= 2;
  }
}
