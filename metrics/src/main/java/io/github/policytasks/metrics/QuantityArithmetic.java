package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;

/**
 * Exact arithmetic on quantities across the units of one dimension (annotation guide §4): {@code
 * 150亿元} plus {@code 5000万元} is {@code 150.5亿元}, {@code 3万亩} compares equal to {@code
 * 20000000平方米}. Quantities combine only when their units share a canonical unit: counts only with
 * the same classifier ({@code 家} never with {@code 个}), percent never with percentage points,
 * {@code 元} never with {@code 美元}; anything else throws {@link DimensionMismatchException} naming
 * both sides. An unknown unit throws {@link UnknownUnitException}.
 *
 * <p>{@link #plus} and {@link #minus} answer in the left operand's unit; {@link #sum(Iterable)}
 * answers in the canonical unit, so a sum does not depend on the order of its parts nor on the
 * units they are written in; percentages never add (a sum of 35% and 74% means nothing) and two
 * percentages subtract to percentage points. Results carry no trailing decimal zeros and stay exact fractions
 * where needed ({@code 1平方米 + 1亩} in 平方米 is {@code 2003/3}). Immutable and thread-safe.
 */
public final class QuantityArithmetic {
  private static final QuantityArithmetic STANDARD =
      new QuantityArithmetic(UnitCatalogue.standard());

  private final UnitCatalogue catalogue;
  private final Comparator<Quantity> order = this::compare;

  private QuantityArithmetic(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@return arithmetic over the {@linkplain UnitCatalogue#standard() standard catalogue}} */
  public static QuantityArithmetic standard() {
    return STANDARD;
  }

  /**
   * {@return arithmetic over {@code catalogue}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static QuantityArithmetic of(UnitCatalogue catalogue) {
    return new QuantityArithmetic(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * {@return {@code a + b}, exactly, in the unit of {@code a}}
   *
   * @param a a quantity
   * @param b another quantity
   */
  public Quantity plus(Quantity a, Quantity b) {
    UnitDefinition left = catalogue.require(a.unit());
    UnitDefinition right = catalogue.require(b.unit());
    Normalizer.requireCompatible("Cannot add " + a + " and " + b, left, right);
    Amount sum = a.amount().plus(inUnit(b.amount(), right, left));
    return Quantity.of(sum.stripped(), a.unit());
  }

  /**
   * {@return {@code a - b}, exactly, in the unit of {@code a}; negative when {@code b} is larger}
   * Two percentage levels differ by percentage points, not by a percentage: {@code 63.9% − 62.3%}
   * is {@code 1.6百分点} (a 1.6% rise of 62.3% would be 63.3%).
   *
   * @param a a quantity
   * @param b another quantity
   */
  public Quantity minus(Quantity a, Quantity b) {
    UnitDefinition left = catalogue.require(a.unit());
    UnitDefinition right = catalogue.require(b.unit());
    Normalizer.requireCompatible("Cannot subtract " + b + " from " + a, left, right);
    if (left.dimension() == Dimension.PERCENT) {
      Amount points = a.amount().times(left.factor()).minus(b.amount().times(right.factor()));
      return Quantity.of(points.stripped(), Units.PERCENTAGE_POINT);
    }
    Amount difference = a.amount().minus(inUnit(b.amount(), right, left));
    return Quantity.of(difference.stripped(), a.unit());
  }

  /**
   * Compares the quantities by value, across units: negative, zero or positive as {@code a} is
   * less than, equivalent to or greater than {@code b}.
   *
   * @param a a quantity
   * @param b another quantity
   * @return negative, zero or positive
   */
  public int compare(Quantity a, Quantity b) {
    UnitDefinition left = catalogue.require(a.unit());
    UnitDefinition right = catalogue.require(b.unit());
    Normalizer.requireCompatible("Cannot compare " + a + " with " + b, left, right);
    return a.amount().times(left.factor()).compareTo(b.amount().times(right.factor()));
  }

  /**
   * {@return whether {@code a} and {@code b} are the same amount, whatever their units and scales}
   *
   * @param a a quantity
   * @param b another quantity
   */
  public boolean isEquivalentTo(Quantity a, Quantity b) {
    return compare(a, b) == 0;
  }

  /** {@return {@link #compare} as a {@link Comparator}, for sorting quantities of one dimension} */
  public Comparator<Quantity> comparator() {
    return order;
  }

  /**
   * {@return the sum of {@code quantities}, exactly, in their canonical unit}
   *
   * @param quantities the reader of written figures to use
   * @throws IllegalArgumentException if {@code quantities} is empty (there is no unit to answer in)
   *     or holds a percentage (levels such as {@code 35%} and {@code 74%} have no meaningful sum)
   */
  public Quantity sum(Iterable<Quantity> quantities) {
    Iterator<Quantity> it = quantities.iterator();
    if (!it.hasNext()) {
      throw new IllegalArgumentException(
          "Cannot sum no quantities without a unit: use sum(quantities, unit)");
    }
    Quantity first = it.next();
    UnitDefinition canonical = catalogue.require(catalogue.require(first.unit()).canonical());
    return sum(quantities, canonical.symbol());
  }

  /**
   * {@return the sum of {@code quantities}, exactly, in {@code unit}; zero for none}
   *
   * @param quantities the reader of written figures to use
   * @param unit the unit
   * @throws IllegalArgumentException if {@code unit} is a percentage: percentages never add
   */
  public Quantity sum(Iterable<Quantity> quantities, Unit unit) {
    UnitDefinition target = catalogue.require(unit);

    Amount total = Amount.ZERO;
    for (Quantity q : quantities) {
      UnitDefinition part = catalogue.require(q.unit());
      Normalizer.requireCompatible("Cannot add " + q + " to a sum in " + unit, target, part);
      total = total.plus(q.amount().times(part.factor()));
    }
    if (target.dimension() == Dimension.PERCENT) {
      throw new IllegalArgumentException("Cannot sum percentages (" + quantities
          + "): a percentage is a level of its own base, and levels of different bases do not add");
    }
    if (!target.factor().isEquivalentTo(Amount.ONE)) {
      total = total.dividedBy(target.factor());
    }
    return Quantity.of(total.stripped(), unit);
  }

  private static Amount inUnit(Amount amount, UnitDefinition from, UnitDefinition to) {
    if (from.factor().equals(to.factor())) {
      return amount;
    }
    return amount.times(from.factor()).dividedBy(to.factor());
  }
}
