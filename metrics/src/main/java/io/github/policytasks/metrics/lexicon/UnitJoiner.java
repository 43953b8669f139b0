package io.github.policytasks.metrics.lexicon;

/**
 * A word that joins the last unit of a list of units in a responsibility note ({@code 以及}, {@code
 * 和} after {@code 等} or before {@code 各}; {@code unit-joiners.txt}): where the joining word
 * stands inside the spelling matched in the text, {@code [start, end)} in chars from the
 * spelling's start. What the spelling holds before {@code start} ends the unit before, what it
 * holds from {@code end} on opens the next unit.
 *
 * @param start where the joining word starts inside the spelling
 * @param end where it ends, exclusive
 */
public record UnitJoiner(int start, int end) {
  /**
   * Checks the offsets.
   *
   * @param start where the joining word starts inside the spelling
   * @param end where it ends, exclusive
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is not after it
   */
  public UnitJoiner {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a joining word needs 0 <= start < end, found " + start + ", " + end);
    }
  }
}
