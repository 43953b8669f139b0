package io.github.policytasks.parser;

/**
 * Where the next book-title mark {@code 《} of a folded text stands, for a reader that asks at
 * rising offsets ({@link ReferenceReader} over each task body of a plan in turn). A question at or
 * after the last one is answered by one {@link String#indexOf(int, int)} (a vectorised search)
 * from where the last answer no longer holds, or by that answer itself, so the questions of a
 * plan read its text about once however far each search runs past its stretch; a question behind
 * the last one looks at its own stretch only. Not thread-safe: one per parse.
 */
final class TitleMarks {
  private static final char MARK = '《';

  private final String f;
  /** Where the last forward search started; no mark stands in {@code [searchedFrom, found)}. */
  private int searchedFrom = Integer.MAX_VALUE;
  /** What the last forward search found: the mark's offset, or the text's length when none. */
  private int found;

  TitleMarks(String folded) {
    this.f = folded;
  }

  /** The offset of the first {@code 《} in {@code [from, to)}, or {@code to} when none stands there. */
  int next(int from, int to) {
    if (from < searchedFrom && searchedFrom != Integer.MAX_VALUE) {
      int i = from;
      while (i < to && f.charAt(i) != MARK) {
        i++;
      }
      return i;
    }
    if (from > found || searchedFrom == Integer.MAX_VALUE) {
      int at = f.indexOf(MARK, from);
      found = at < 0 ? f.length() : at;
      searchedFrom = from;
    }
    return Math.min(found, to);
  }
}
