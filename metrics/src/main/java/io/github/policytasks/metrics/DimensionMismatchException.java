package io.github.policytasks.metrics;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;

/**
 * Thrown when two quantities, or a quantity and a target unit, cannot be converted into each
 * other: their dimensions differ ({@code 万亩} and {@code 吨}), or they share a dimension but not a
 * canonical unit (counts of {@code 家} and {@code 个}, {@code 元} and {@code 美元}), or one is percent
 * and the other percentage points. Carries both sides, as Joda-Money's {@code
 * CurrencyMismatchException} carries both currencies.
 */
public final class DimensionMismatchException extends IllegalArgumentException {
  /** The unit on the left-hand side. */
  private final Unit leftUnit;
  /** The dimension of the left-hand unit. */
  private final Dimension leftDimension;
  /** The unit on the right-hand side. */
  private final Unit rightUnit;
  /** The dimension of the right-hand unit. */
  private final Dimension rightDimension;

  /**
   * An exception for the operation {@code what} ({@code "Cannot add 3万亩 and 5吨"}) between the
   * units {@code left} and {@code right}.
   *
   * @param what what was being done
   * @param left the unit on the left-hand side
   * @param right the unit on the right-hand side
   */
  public DimensionMismatchException(String what, UnitDefinition left, UnitDefinition right) {
    super(what + ": " + describe(left) + " and " + describe(right) + " do not convert into each "
        + "other");
    this.leftUnit = left.symbol();
    this.leftDimension = left.dimension();
    this.rightUnit = right.symbol();
    this.rightDimension = right.dimension();
  }

  private static String describe(UnitDefinition unit) {
    return unit.dimension() == Dimension.COUNT
        ? unit.symbol() + " (COUNT of " + unit.canonical() + ")"
        : unit.symbol() + " (" + unit.dimension() + ", canonical " + unit.canonical() + ")";
  }

  /** {@return the unit of the left side} */
  public Unit leftUnit() {
    return leftUnit;
  }

  /** {@return the dimension of the left side} */
  public Dimension leftDimension() {
    return leftDimension;
  }

  /** {@return the unit of the right side} */
  public Unit rightUnit() {
    return rightUnit;
  }

  /** {@return the dimension of the right side} */
  public Dimension rightDimension() {
    return rightDimension;
  }
}
