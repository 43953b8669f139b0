package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A figure with the bound its words give (annotation guide §3), read by {@link
 * BoundPhraseReader}: {@code 不低于154万亩} is AT_LEAST {@code 154 万亩}, {@code 15-30亩} is RANGE
 * {@code 15}…{@code 30 亩}, {@code 500多亿元} is MORE_THAN {@code 500 亿元}. The unit is absent only
 * for a bare figure ({@code 二百余万} is MORE_THAN 2000000). A range's upper value is in the unit of
 * its lower value. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBoundPhrase {

  /** {@return the words read, as written ({@code 控制在4.5%以内})} */
  public abstract String text();

  /** {@return offset of the first char read in the input} */
  public abstract int start();

  /** {@return offset just past the last char read in the input} */
  public abstract int end();

  /** {@return the bound} */
  public abstract Bound comparator();

  /** {@return the value as written; the lower end of a range} */
  public abstract Amount value();

  /** {@return for a RANGE only: the upper end, in {@link #unit()}} */
  public abstract @Nullable Amount upper();

  /** {@return the unit as written ({@code 万亩}, {@code ％}), absent for a bare figure} */
  public abstract @Nullable Unit unit();

  /** {@return whether the figure was an open floor ({@code 多}, {@code 余}, {@code 几})} */
  @Value.Default
  public boolean open() {
    return false;
  }

  /** {@return {@link #value()} with {@link #unit()}, when a unit is written} */
  public final Optional<Quantity> quantity() {
    Unit unit = unit();
    return unit == null ? Optional.empty() : Optional.of(Quantity.of(value(), unit));
  }

  /** {@return {@link #upper()} with {@link #unit()}, for a range with a unit} */
  public final Optional<Quantity> upperQuantity() {
    Unit unit = unit();
    Amount upper = upper();
    return unit == null || upper == null ? Optional.empty() : Optional.of(Quantity.of(upper, unit));
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException(
          "Bound phrase \"" + text() + "\": span [" + start() + ", " + end() + ") is not a range");
    }
    Amount upper = upper();
    if (comparator().hasUpper() != (upper != null)) {
      throw new IllegalArgumentException("Bound phrase \"" + text() + "\": " + comparator()
          + (upper == null ? " needs an upper value" : " cannot have an upper value"));
    }
    if (upper != null && upper.compareTo(value()) < 0) {
      throw new IllegalArgumentException(
          "Bound phrase \"" + text() + "\": upper " + upper + " is below value " + value());
    }
  }

  @Override
  public String toString() {
    String unit = unit() == null ? "" : unit().symbol();
    return comparator() + " " + value() + (upper() == null ? "" : "-" + upper()) + unit
        + " \"" + text() + "\"";
  }
}
