package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure and the unit after it, read by {@link QuantityReader#readAt}: {@code 0.22万人} is the
 * number {@code 0.22} and the unit {@code 万人}; the unit is absent for a bare figure such as
 * {@code 二百余万}. Covers the half-open UTF-16 range {@code [start, end)}. Immutable and
 * thread-safe.
 */
public final class QuantityReading {
  private final NumberReading number;
  private final @Nullable UnitMatch unit;
  private final int start;
  private final int end;

  QuantityReading(NumberReading number, @Nullable UnitMatch unit, int start, int end) {
    this.number = number;
    this.unit = unit;
    this.start = start;
    this.end = end;
  }

  /** {@return the figure} */
  public NumberReading number() {
    return number;
  }

  /** {@return the exact amount, as written (in {@link #unit()}, not normalised)} */
  public Amount amount() {
    return number.value();
  }

  /** {@return the unit after the figure, if one is written} */
  public Optional<UnitMatch> unit() {
    return Optional.ofNullable(unit);
  }

  /** {@return the amount and the unit as written, when a unit is written} */
  public Optional<Quantity> quantity() {
    return unit == null ? Optional.empty() : Optional.of(Quantity.of(amount(), unit.written()));
  }

  /** {@return whether the figure is an open floor ({@code 500多亿元}, {@code 十几万人})} */
  public boolean isOpen() {
    return number.isOpen();
  }

  /** {@return offset of the first char (the figure, or {@code 百分之})} */
  public int start() {
    return start;
  }

  /** {@return offset just past the unit, or past the figure when no unit is written} */
  public int end() {
    return end;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof QuantityReading)) {
      return false;
    }
    QuantityReading that = (QuantityReading) o;
    return number.equals(that.number) && Objects.equals(unit, that.unit) && start == that.start
        && end == that.end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, unit, start, end);
  }

  @Override
  public String toString() {
    return amount() + (unit == null ? "" : unit.written().symbol()) + "[" + start + "," + end + ")";
  }
}
