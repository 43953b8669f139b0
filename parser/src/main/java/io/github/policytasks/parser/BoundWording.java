package io.github.policytasks.parser;

import io.github.policytasks.core.Bound;

/**
 * The bound that the words around a figure give, and the extent of the target's text once those
 * words are included ({@code 突破} + {@code 10家} + {@code 以上}), packed in one {@code long} so that
 * reading a figure's bound costs no object (issue 12): {@link #comparator}, the bound; {@link
 * #textStart}, the offset of the first bound word before the figure, or of the figure; {@link
 * #textEnd}, the offset just past the bound word after the figure, or past the figure; {@link
 * #suffixed}, whether a bound word follows the figure ({@code 以上}, {@code 以内}, {@code 左右}).
 * Offsets are into a task's text, which holds fewer than 2<sup>30</sup> chars (a UTF-16 string's
 * limit). Stateless.
 */
final class BoundWording {
  /** No wording: what a search for a bound word answers when it finds none; no {@link #of} is it. */
  static final long NONE = -1;

  private static final Bound[] BOUNDS = Bound.values();
  /** The bits of an offset: 30, for texts of up to 2<sup>30</sup> - 1 chars. */
  private static final long OFFSET_MASK = (1L << 30) - 1;

  private BoundWording() {}

  /**
   * The wording of bound {@code comparator} over {@code [textStart, textEnd)}, {@code suffixed} when a
   * bound word follows the figure.
   *
   * @throws IllegalArgumentException if an offset is negative or does not fit in 30 bits
   */
  static long of(Bound comparator, int textStart, int textEnd, boolean suffixed) {
    if ((textStart | textEnd) < 0 || textStart > OFFSET_MASK || textEnd > OFFSET_MASK) {
      throw new IllegalArgumentException("offsets out of range: " + textStart + ", " + textEnd);
    }
    return (long) textStart << 34 | (long) textEnd << 4 | (long) comparator.ordinal() << 1
        | (suffixed ? 1 : 0);
  }

  /** {@return {@code wording} with bound {@code comparator}, {@code suffixed} or not, over the same text} */
  static long withBound(long wording, Bound comparator, boolean suffixed) {
    return of(comparator, textStart(wording), textEnd(wording), suffixed);
  }

  /** {@return the bound of {@code wording}} */
  static Bound comparator(long wording) {
    return BOUNDS[(int) (wording >>> 1) & 7];
  }

  /** {@return the offset of the first char of the target's text} */
  static int textStart(long wording) {
    return (int) (wording >>> 34);
  }

  /** {@return the offset just past the last char of the target's text} */
  static int textEnd(long wording) {
    return (int) (wording >>> 4 & OFFSET_MASK);
  }

  /** {@return whether a bound word follows the figure} */
  static boolean suffixed(long wording) {
    return (wording & 1) != 0;
  }
}
