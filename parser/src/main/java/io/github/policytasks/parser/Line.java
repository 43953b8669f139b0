package io.github.policytasks.parser;

/**
 * One line of the input: {@code [start, end)} without its line break, {@code next} the offset of
 * the following line, and {@code [contentStart, contentEnd)} the line without surrounding spaces
 * (full-width, no-break and zero-width spaces included). LF, CRLF and a lone CR each end a line.
 * Immutable and thread-safe.
 */
record Line(int start, int end, int next, int contentStart, int contentEnd) {

  /** The line that starts at {@code start} in the folded text {@code folded}. */
  static Line at(String folded, int start) {
    int length = folded.length();
    int end = start;
    while (end < length && !TextFold.isLineBreak(folded.charAt(end))) {
      end++;
    }
    int next = end;
    if (next < length) {
      next += folded.charAt(next) == '\r' && next + 1 < length && folded.charAt(next + 1) == '\n' ? 2 : 1;
    }
    int contentStart = start;
    while (contentStart < end && TextFold.isBlank(folded.charAt(contentStart))) {
      contentStart++;
    }
    int contentEnd = end;
    while (contentEnd > contentStart && TextFold.isBlank(folded.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    return new Line(start, end, next, contentStart, contentEnd);
  }

  /**
   * The logical line {@code [start, end)} of a physical line whose breaks were lost: it ends
   * where the next one starts, with no line break between them.
   */
  static Line between(String folded, int start, int end) {
    int contentStart = start;
    while (contentStart < end && TextFold.isBlank(folded.charAt(contentStart))) {
      contentStart++;
    }
    int contentEnd = end;
    while (contentEnd > contentStart && TextFold.isBlank(folded.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    return new Line(start, end, end, contentStart, contentEnd);
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
