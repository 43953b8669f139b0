package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How far an APPROXIMATELY target ({@code 10项左右}, {@code 约500亩}) may be missed and still count
 * as met; the caller chooses it. {@link #none()} accepts only the figure itself, {@link
 * #relative} a fraction of the figure ({@code relative("0.1")}: 10项左右 accepts 9…11), {@link
 * #absolute} a fixed quantity in any unit of the target's dimension ({@code
 * absolute(Quantity.of("1", "项"))}). Immutable and thread-safe.
 */
public final class Tolerance {
  private static final Tolerance NONE = new Tolerance(Amount.ZERO, null);

  private final Amount fraction;
  private final @Nullable Quantity absolute;

  private Tolerance(Amount fraction, @Nullable Quantity absolute) {
    this.fraction = fraction;
    this.absolute = absolute;
  }

  /** {@return no tolerance: APPROXIMATELY accepts only the figure itself} */
  public static Tolerance none() {
    return NONE;
  }

  /**
   * {@return a tolerance of {@code fraction} of the figure, either side}
   *
   * @param fraction the tolerance as a fraction of the target ({@code 0.05} for ±5%)
   * @throws IllegalArgumentException if {@code fraction} is negative
   */
  public static Tolerance relative(Amount fraction) {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0) {
      throw new IllegalArgumentException("Tolerance fraction " + fraction + " is negative");
    }
    return new Tolerance(fraction, null);
  }

  /**
   * As {@link #relative(Amount)}, the fraction written as a decimal or ratio ({@code "0.1"}).
   *
   * @param fraction the tolerance as a fraction of the target ({@code 0.05} for ±5%)
   * @return the tolerance
   */
  public static Tolerance relative(String fraction) {
    return relative(Amount.parse(fraction));
  }

  /**
   * {@return a tolerance of {@code amount} either side, in any unit of the target's dimension}
   *
   * @param amount the figure as an exact quantity
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Tolerance absolute(Quantity amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.amount().signum() < 0) {
      throw new IllegalArgumentException("Tolerance " + amount + " is negative");
    }
    return new Tolerance(Amount.ZERO, amount);
  }

  /** The half-width around the canonical {@code value} of a target whose unit is {@code unit}. */
  Amount halfWidth(Amount value, UnitDefinition unit, UnitCatalogue catalogue) {
    if (absolute != null) {
      UnitDefinition own = catalogue.require(absolute.unit());
      Normalizer.requireCompatible("Cannot apply the tolerance " + absolute + " to a target in "
          + unit.symbol(), unit, own);
      return absolute.amount().times(own.factor());
    }
    Amount width = value.times(fraction);
    return width.signum() < 0 ? width.negate() : width;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tolerance && ((Tolerance) o).fraction.equals(fraction)
        && Objects.equals(((Tolerance) o).absolute, absolute);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fraction, absolute);
  }

  @Override
  public String toString() {
    return absolute != null ? "±" + absolute : "±" + fraction + " of the figure";
  }
}
