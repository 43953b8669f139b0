package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure read by {@link NumberReader}: its exact value and the half-open UTF-16 range {@code
 * [start, end)} it covers. {@link #hasMagnitude()} tells whether a magnitude word ({@code 万},
 * {@code 亿}, or {@code 千}/{@code 百} after Arabic digits) was multiplied into the value, {@link
 * #isOpen()} whether an open-magnitude marker ({@code 多}, {@code 余}, {@code 几}) made the value a
 * floor ({@code 500多}, {@code 十几}, {@code 二百余万}). Immutable and thread-safe.
 */
public final class NumberReading {
  private final Amount value;
  private final int start;
  private final int end;
  private final boolean magnitude;
  private final int trailingMagnitudeExponent;
  private final boolean open;
  private final boolean chinese;

  NumberReading(Amount value, int start, int end, boolean magnitude, int trailingMagnitudeExponent,
      boolean open, boolean chinese) {
    this.value = value;
    this.start = start;
    this.end = end;
    this.magnitude = magnitude;
    this.trailingMagnitudeExponent = trailingMagnitudeExponent;
    this.open = open;
    this.chinese = chinese;
  }

  /**
   * {@return the exact value, magnitudes applied ({@code 3万4000} → 34000, {@code 1.5} keeps scale
   * 1)}
   */
  public Amount value() {
    return value;
  }

  /**
   * {@return this figure with its value multiplied by {@code factor} (a fraction in words in
   * percent: {@code 三分之一} is 1 × 100/3), the same in every other respect}
   *
   * @param factor the exact factor
   */
  public NumberReading times(Amount factor) {
    return factor.equals(Amount.ONE) ? this
        : new NumberReading(value.times(factor), start, end, magnitude, trailingMagnitudeExponent, open, chinese);
  }

  /** {@return offset of the figure's first char} */
  public int start() {
    return start;
  }

  /** {@return offset just past the figure (past a {@code 多}/{@code 余} marker, before any unit)} */
  public int end() {
    return end;
  }

  /**
   * {@return whether a magnitude word was multiplied into {@link #value()}: {@code 3万4000}, {@code
   * 3万}}
   */
  public boolean hasMagnitude() {
    return magnitude;
  }

  /**
   * {@return the power of ten of the magnitude word that ends the figure ({@code 4} for {@code 3万},
   * {@code 二百余万}; {@code 0} for {@code 3万4000} or {@code 15}); a range such as {@code 3万-5万亩} uses
   * it to put the lower end into the upper end's unit}
   */
  public int trailingMagnitudeExponent() {
    return trailingMagnitudeExponent;
  }

  /** {@return whether the value is an open floor: {@code 500多}, {@code 10余}, {@code 十几}} */
  public boolean isOpen() {
    return open;
  }

  /** {@return whether the figure uses Chinese numerals ({@code 十五}, {@code 两}, {@code 一百二十})} */
  public boolean isChinese() {
    return chinese;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof NumberReading)) {
      return false;
    }
    NumberReading that = (NumberReading) o;
    return value.equals(that.value) && start == that.start && end == that.end
        && magnitude == that.magnitude
        && trailingMagnitudeExponent == that.trailingMagnitudeExponent
        && open == that.open && chinese == that.chinese;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, start, end, magnitude, trailingMagnitudeExponent, open, chinese);
  }

  @Override
  public String toString() {
    return value + (open ? "+" : "") + "[" + start + "," + end + ")";
  }
}
