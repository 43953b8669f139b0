package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * Where the closing brackets ({@link TextChars#CLOSE_BRACKET_CHARS}) of one folded text stand, found
 * with {@link String#indexOf(int, int)} for each bracket char, so that a question asked of every line
 * ("does a note close here, followed by the next task's label?") visits the line's closing brackets
 * instead of walking all its chars. Each char's next occurrence is remembered with the offset it
 * was looked for from, so questions asked at rising offsets look at each stretch of the text once
 * per bracket char. Belongs to one reader of one text; not thread-safe.
 */
final class CloseBrackets {
  private static final String CHARS = TextChars.CLOSE_BRACKET_CHARS;

  private final String f;
  /** For each bracket char, the offset its next occurrence was last looked for from; -1 before any. */
  private final int[] lookedFrom = new int[CHARS.length()];
  /** For each bracket char, its first occurrence at or after {@link #lookedFrom}, or {@link Integer#MAX_VALUE}. */
  private final int[] found = new int[CHARS.length()];

  CloseBrackets(String folded) {
    this.f = folded;
    Arrays.fill(lookedFrom, -1);
  }

  /** The offset of the first closing bracket at or after {@code from}, or {@link Integer#MAX_VALUE} when none is. */
  int next(int from) {
    int next = Integer.MAX_VALUE;
    for (int k = 0; k < CHARS.length(); k++) {
      if (lookedFrom[k] < 0 || from < lookedFrom[k] || from > found[k]) {
        int at = f.indexOf(CHARS.charAt(k), from);
        lookedFrom[k] = from;
        found[k] = at < 0 ? Integer.MAX_VALUE : at;
      }
      next = Math.min(next, found[k]);
    }
    return next;
  }
}
