package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Unit;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Converts quantities exactly (annotation guide §4): {@link #normalize} to the canonical unit of
 * their dimension ({@code 150亿元} → {@code 15000000000元}, {@code 3.46万亩} → {@code 69200000/3
 * 平方米}), {@link #convert} to any unit that shares that canonical unit. Results carry no trailing
 * decimal zeros ({@code 1.5万平方米} → {@code 15000平方米}); a value with no finite decimal form stays
 * an exact fraction and is rounded only by the overloads that take a scale, whose default {@link
 * RoundingMode#UNNECESSARY} throws rather than guess. Normalising is idempotent.
 *
 * <p>Units are looked up in the {@link UnitCatalogue} given at construction; an unknown unit
 * throws {@link UnknownUnitException}, an incompatible target unit {@link
 * DimensionMismatchException}. Immutable and thread-safe.
 */
public final class Normalizer {
  private static final Normalizer STANDARD = new Normalizer(UnitCatalogue.standard());

  private final UnitCatalogue catalogue;

  private Normalizer(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@return a normaliser over the {@linkplain UnitCatalogue#standard() standard catalogue}} */
  public static Normalizer standard() {
    return STANDARD;
  }

  /**
   * {@return a normaliser over {@code catalogue}}
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static Normalizer of(UnitCatalogue catalogue) {
    return new Normalizer(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /** {@return the catalogue in use} */
  public UnitCatalogue catalogue() {
    return catalogue;
  }

  /**
   * {@return {@code quantity} in the canonical unit of its dimension, exactly}
   *
   * @param quantity the actual figure
   * @throws UnknownUnitException if the unit is not in the catalogue
   */
  public Quantity normalize(Quantity quantity) {
    UnitDefinition unit = catalogue.require(quantity.unit());
    Amount amount = quantity.amount();
    if (unit.isCanonical() && quantity.unit().equals(unit.canonical())
        && amount.stripped() == amount) {
      return quantity;
    }
    return normalize(amount, unit);
  }

  /**
   * {@return {@code amount}, written in the unit {@code unit} defines (its symbol or any spelling
   * of it), exactly in that unit's canonical unit: as {@link #normalize(Quantity)}, for a caller
   * that already holds the definition (a scanner that read the unit from the catalogue), so no
   * unit is looked up again}
   *
   * @param amount the exact amount as written
   * @param unit the definition of the unit it is written in
   */
  public Quantity normalize(Amount amount, UnitDefinition unit) {
    Objects.requireNonNull(amount, "amount");
    Amount canonical = unit.isCanonical() ? amount : amount.times(unit.factor());
    return Quantity.of(canonical.stripped(), unit.canonical());
  }

  /**
   * {@return {@code quantity} in its canonical unit as a decimal of {@code scale} places, which
   * must be exact}
   *
   * @param quantity the actual figure
   * @param scale the number of decimal places
   * @throws ArithmeticException naming the value if it has no exact form at that scale
   */
  public Quantity normalize(Quantity quantity, int scale) {
    return normalize(quantity, scale, RoundingMode.UNNECESSARY);
  }

  /**
   * {@return {@code quantity} in its canonical unit, rounded to {@code scale} places with {@code
   * mode}}
   *
   * @param quantity the actual figure
   * @param scale the number of decimal places
   * @param mode how to round
   */
  public Quantity normalize(Quantity quantity, int scale, RoundingMode mode) {
    return round(quantity, normalize(quantity), scale, mode);
  }

  /**
   * {@return the exact amount of {@code quantity} in its canonical unit}
   *
   * @param quantity the actual figure
   */
  public Amount canonicalAmount(Quantity quantity) {
    return normalize(quantity).amount();
  }

  /**
   * {@return {@code quantity} in the unit {@code target}, exactly ({@code 1.5万平方米} in {@code 亩} is
   * {@code 22.5亩})}
   *
   * @param quantity the actual figure
   * @param target the target
   * @throws UnknownUnitException if either unit is not in the catalogue
   * @throws DimensionMismatchException if the units do not share a canonical unit
   */
  public Quantity convert(Quantity quantity, Unit target) {
    UnitDefinition from = catalogue.require(quantity.unit());
    UnitDefinition to = catalogue.require(target);
    requireCompatible("Cannot convert " + quantity + " to " + target, from, to);
    Amount factor = from.factor();
    Amount amount = quantity.amount().times(factor);
    if (!to.factor().isEquivalentTo(Amount.ONE)) {
      amount = amount.dividedBy(to.factor());
    }
    return Quantity.of(amount.stripped(), target);
  }

  /**
   * As {@link #convert(Quantity, Unit)} with the unit written {@code target}.
   *
   * @param quantity the actual figure
   * @param target the target
   * @return the quantity in the unit written {@code target}
   */
  public Quantity convert(Quantity quantity, String target) {
    return convert(quantity, Unit.of(target));
  }

  /**
   * {@return {@code quantity} in {@code target} as a decimal of {@code scale} places, rounded with
   * {@code mode} ({@link RoundingMode#UNNECESSARY} throws when rounding would lose anything)}
   *
   * @param quantity the actual figure
   * @param target the target
   * @param scale the number of decimal places
   * @param mode how to round
   */
  public Quantity convert(Quantity quantity, Unit target, int scale, RoundingMode mode) {
    return round(quantity, convert(quantity, target), scale, mode);
  }

  /**
   * {@return {@code target} with {@code normalized}, {@code normalizedUpper} (for a range) and
   * {@code dimension} filled from its value and upper value, exactly: {@code 突破150亿元} gets {@code
   * 15000000000元} and CURRENCY}
   *
   * @param target the target
   * @throws UnknownUnitException if the target's unit is not in the catalogue
   */
  public Target normalizeTarget(Target target) {
    Quantity upper = target.upper();
    return Target.builder().from(target)
        .normalized(normalize(target.value()))
        .normalizedUpper(upper == null ? null : normalize(upper))
        .dimension(dimensionOf(target.value().unit()))
        .build();
  }

  /**
   * {@return the dimension of {@code unit}}
   *
   * @param unit the unit
   */
  public Dimension dimensionOf(Unit unit) {
    return catalogue.require(unit).dimension();
  }

  /**
   * {@return the canonical unit of {@code unit}: {@code 平方米} for {@code 万亩}, {@code 人次} for {@code
   * 万人次}}
   *
   * @param unit the unit
   */
  public Unit canonicalUnitOf(Unit unit) {
    return catalogue.require(unit).canonical();
  }

  /**
   * {@return whether quantities in {@code a} and {@code b} convert into each other}
   *
   * @param a a quantity
   * @param b another quantity
   */
  public boolean isCompatible(Unit a, Unit b) {
    UnitDefinition left = catalogue.require(a);
    UnitDefinition right = catalogue.require(b);
    return left.dimension() == right.dimension() && left.canonical().equals(right.canonical());
  }

  static void requireCompatible(String what, UnitDefinition left, UnitDefinition right) {
    if (left.dimension() != right.dimension() || !left.canonical().equals(right.canonical())) {
      throw new DimensionMismatchException(what, left, right);
    }
  }

  private static Quantity round(Quantity original, Quantity exact, int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    try {
      return Quantity.of(Amount.of(exact.amount().toBigDecimal(scale, mode)), exact.unit());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          original + " is " + exact + " exactly, which has no exact form with " + scale
              + " decimal places; pass a RoundingMode other than " + mode);
    }
  }
}
