package io.github.policytasks.parser;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.UnitDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A written figure found by {@link FigureScanner}, before any rule decides whether it is a
 * target: the number (or the two ends of a range), the unit after it, and where they stand.
 * Offsets are into the text the scanner was given.
 *
 * @param start offset of the first character of the number (of the lower end of a range)
 * @param end offset just past the unit (of the upper end of a range)
 * @param value the number, the lower end of a range; the stated floor of an open magnitude
 * @param upper the upper end of a range, in the same unit; absent otherwise
 * @param written the unit as written there (the catalogue's spelling that matched, or the text)
 * @param definition the catalogue's unit, absent when the unit is not in the catalogue
 * @param open whether the number is an open magnitude ({@code 500多亿元}, {@code 十几万人})
 * @param chinese whether the number is written in Chinese numerals ({@code 两个}, {@code 三家})
 * @param distributed whether the unit is the next list item's, which this figure shares ({@code
 *     15个、7个工作日以内}: 15 个工作日); its {@code written} unit is then that item's
 */
record Figure(
    int start,
    int end,
    Amount value,
    @Nullable Amount upper,
    Unit written,
    @Nullable UnitDefinition definition,
    boolean open,
    boolean chinese,
    boolean distributed) {

  /** A figure with its own unit. */
  Figure(int start, int end, Amount value, @Nullable Amount upper, Unit written,
      @Nullable UnitDefinition definition, boolean open, boolean chinese) {
    this(start, end, value, upper, written, definition, open, chinese, false);
  }

  /** The symbol of the unit as written. */
  String unit() {
    return written.symbol();
  }

  /** Whether this figure is a range {@code a-b}. */
  boolean isRange() {
    return upper != null;
  }

  /** Whether the unit is in the catalogue. */
  boolean isKnownUnit() {
    return definition != null;
  }
}
