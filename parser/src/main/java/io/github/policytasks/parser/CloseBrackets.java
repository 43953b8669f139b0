package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * Where the closing brackets ({@link TextChars#CLOSE_BRACKET_CHARS}) of one folded text stand,
 * found once with {@link String#indexOf(int, int)} per bracket char, so that a question asked of
 * every line ("does a note close here, followed by the next task's label?") visits the line's
 * closing brackets instead of walking all its chars. Immutable and thread-safe.
 */
final class CloseBrackets {
  /** The offsets of the closing brackets, ascending. */
  private final int[] at;

  private CloseBrackets(int[] at) {
    this.at = at;
  }

  /** The closing brackets of {@code folded}. */
  static CloseBrackets of(String folded) {
    int[] found = new int[16];
    int count = 0;
    String chars = TextChars.CLOSE_BRACKET_CHARS;
    for (int k = 0; k < chars.length(); k++) {
      for (int i = folded.indexOf(chars.charAt(k)); i >= 0; i = folded.indexOf(chars.charAt(k), i + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    int[] at = Arrays.copyOf(found, count);
    Arrays.sort(at);
    return new CloseBrackets(at);
  }

  /** The offset of the first closing bracket at or after {@code from}, or {@link Integer#MAX_VALUE} when none is. */
  int next(int from) {
    int k = Arrays.binarySearch(at, from);
    if (k < 0) {
      k = -k - 1;
    }
    return k < at.length ? at[k] : Integer.MAX_VALUE;
  }
}
