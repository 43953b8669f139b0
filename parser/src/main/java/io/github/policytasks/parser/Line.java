package io.github.policytasks.parser;

/**
 * One line of the input: {@code [start, end)} without its line break, {@code next} the offset of
 * the following line, and {@code [contentStart, contentEnd)} the line without surrounding spaces
 * (full-width, no-break and zero-width spaces included). LF, CRLF and a lone CR each end a line.
 * Immutable and thread-safe.
 */
record Line(int start, int end, int next, int contentStart, int contentEnd) {

  /**
   * The line {@code [start, end)} of the folded text {@code folded}, the next one starting at
   * {@code next} (after the line break, or at {@code end} where a lost break was restored).
   */
  static Line of(String folded, int start, int end, int next) {
    int contentStart = start;
    while (contentStart < end && TextChars.isBlank(folded.charAt(contentStart))) {
      contentStart++;
    }
    int contentEnd = end;
    while (contentEnd > contentStart && TextChars.isBlank(folded.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    return new Line(start, end, next, contentStart, contentEnd);
  }

  /** Whether the line holds nothing but spaces. */
  boolean isBlank() {
    return contentStart == contentEnd;
  }

  /** The number of characters of content. */
  int length() {
    return contentEnd - contentStart;
  }
}
