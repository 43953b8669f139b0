package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;

/**
 * The exact input text of one parse, its folded form, and an index of its line starts, so that any UTF-16
 * offset can be told as a 1-based line and column. LF, CRLF and a lone CR each end one line.
 * Immutable and thread-safe.
 */
final class SourceText {
  private final String text;
  private final String folded;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    this.folded = Folding.fold(text);
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The whole input. */
  String text() {
    return text;
  }

  /**
   * The whole input folded once ({@link Folding}: Traditional to Simplified, full-width to
   * half-width, spaces to {@code ' '}), of the same length: every reading rule matches this.
   */
  String folded() {
    return folded;
  }

  /** The 1-based line of {@code offset}. */
  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column (in UTF-16 units) of {@code offset}. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
