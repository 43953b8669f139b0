package io.github.policytasks.metrics;

import com.google.common.collect.Range;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks actual figures against plan targets, exactly and across units: a target's {@link
 * #bounds} as a Guava {@link Range} in its canonical unit, {@link #check} → met or not with the
 * gap in the target's own unit, and {@link #rollUp} totals per canonical unit and classifier.
 *
 * <p>Bounds follow the comparator: AT_LEAST {@code [v, ∞)}, MORE_THAN {@code (v, ∞)}, AT_MOST
 * {@code (-∞, v]}, LESS_THAN {@code (-∞, v)}, RANGE {@code [v, upper]}, APPROXIMATELY {@code
 * [v - t, v + t]} with the caller's {@link Tolerance} (default {@link Tolerance#none()}), EXACTLY
 * {@code [v, v]} unless {@link #withExactlyAs} reads a bare figure otherwise (plans often mean
 * {@code 达到280兆瓦} as "at least"). A GROWTH or POINTS target is checked on the size of the change as
 * written: pass the actual change, a decrease as a positive number. Immutable and thread-safe.
 */
public final class TargetChecker {
  private static final TargetChecker STANDARD =
      new TargetChecker(UnitCatalogue.standard(), Tolerance.none(), Bound.EXACTLY);

  private final UnitCatalogue catalogue;
  private final Tolerance tolerance;
  private final Bound exactly;

  private TargetChecker(UnitCatalogue catalogue, Tolerance tolerance, Bound exactly) {
    this.catalogue = catalogue;
    this.tolerance = tolerance;
    this.exactly = exactly;
  }

  /**
   * {@return a checker over the standard catalogue, with no tolerance, reading EXACTLY as exactly}
   */
  public static TargetChecker standard() {
    return STANDARD;
  }

  /**
   * {@return a checker over {@code catalogue}, with no tolerance, reading EXACTLY as exactly}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static TargetChecker of(UnitCatalogue catalogue) {
    return new TargetChecker(Objects.requireNonNull(catalogue, "catalogue"), Tolerance.none(),
        Bound.EXACTLY);
  }

  /**
   * {@return a copy that gives APPROXIMATELY targets the tolerance {@code tolerance}}
   *
   * @param tolerance the tolerance of APPROXIMATELY targets
   */
  public TargetChecker withTolerance(Tolerance tolerance) {
    return new TargetChecker(catalogue, Objects.requireNonNull(tolerance, "tolerance"), exactly);
  }

  /**
   * {@return a copy that reads EXACTLY targets as {@code comparator} ({@code AT_LEAST} to treat
   * {@code 达到280兆瓦} as a floor)}
   *
   * @param comparator the bound of the targets wanted
   * @throws IllegalArgumentException for RANGE, which needs an upper value
   */
  public TargetChecker withExactlyAs(Bound comparator) {
    if (comparator.hasUpper()) {
      throw new IllegalArgumentException("EXACTLY cannot be read as " + comparator
          + ": a bare figure has no upper value");
    }
    return new TargetChecker(catalogue, tolerance, comparator);
  }

  /** {@return the tolerance in use for APPROXIMATELY targets} */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * {@return the values that meet {@code target}, exact, in the canonical unit of its value}
   *
   * @param target the target
   * @throws UnknownUnitException if the target's unit is not in the catalogue
   */
  public Range<Amount> bounds(Target target) {
    return bounds(target, tolerance);
  }

  /**
   * As {@link #bounds(Target)} with {@code tolerance} for an APPROXIMATELY target.
   *
   * @param target the target
   * @param tolerance the tolerance of APPROXIMATELY targets
   * @return the range of amounts that meet the target, in its canonical unit
   */
  public Range<Amount> bounds(Target target, Tolerance tolerance) {
    UnitDefinition unit = catalogue.require(target.value().unit());
    Amount value = target.value().amount().times(unit.factor());
    Bound comparator =
        target.comparator() == Bound.EXACTLY ? exactly : target.comparator();
    switch (comparator) {
      case AT_LEAST:
        return Range.atLeast(value);
      case MORE_THAN:
        return Range.greaterThan(value);
      case AT_MOST:
        return Range.atMost(value);
      case LESS_THAN:
        return Range.lessThan(value);
      case APPROXIMATELY:
        Amount width = tolerance.halfWidth(value, unit, catalogue);
        return Range.closed(value.minus(width), value.plus(width));
      case RANGE:
        Quantity upper = Objects.requireNonNull(target.upper(), "upper");
        UnitDefinition upperUnit = catalogue.require(upper.unit());
        return Range.closed(value, upper.amount().times(upperUnit.factor()));
      case EXACTLY:
      default:
        return Range.closed(value, value);
    }
  }

  /**
   * Checks {@code actual} against {@code target}.
   *
   * @param target the target
   * @param actual the actual figure reported for the target
   * @return the check: met or not, and the gap
   * @throws UnknownUnitException if a unit is not in the catalogue
   * @throws DimensionMismatchException if {@code actual} does not convert into the target's unit
   */
  public TargetCheck check(Target target, Quantity actual) {
    UnitDefinition unit = catalogue.require(target.value().unit());
    UnitDefinition actualUnit = catalogue.require(actual.unit());
    Normalizer.requireCompatible(
        "Cannot check " + actual + " against target " + target.id() + " (" + target.value() + ")",
        unit, actualUnit);
    Range<Amount> bounds = bounds(target);
    Amount value = actual.amount().times(actualUnit.factor());
    BoundPosition position;
    Amount gap;
    if (bounds.contains(value)) {
      position = BoundPosition.WITHIN;
      gap = Amount.ZERO;
    } else if (bounds.hasLowerBound() && value.compareTo(bounds.lowerEndpoint()) <= 0) {
      position = BoundPosition.BELOW;
      gap = bounds.lowerEndpoint().minus(value);
    } else {
      position = BoundPosition.ABOVE;
      gap = value.minus(bounds.upperEndpoint());
    }
    return TargetCheck.builder()
        .target(target)
        .actual(actual)
        .bounds(bounds)
        .position(position)
        .gap(Quantity.of(gap.dividedBy(unit.factor()).stripped(), target.value().unit()))
        .build();
  }

  /**
   * {@return whether {@code actual} meets {@code target}; see {@link #check}}
   *
   * @param target the target
   * @param actual the actual figure reported for the target
   */
  public boolean isMetBy(Target target, Quantity actual) {
    return check(target, actual).isMet();
  }

  /**
   * {@return the totals of {@code targets} per canonical unit and classifier (money in 元, areas in
   * 平方米, each count classifier apart), in the order the units first appear; targets whose unit is
   * not in the catalogue are listed in {@link TargetRollUp#unknownUnits()}} Percentages and
   * percentage points are never added ({@code 35%} of one base and {@code 74%} of another make no
   * {@code 109%}): those targets are listed apart in {@link TargetRollUp#notAdditive()}.
   *
   * @param targets the targets to total
   */
  public TargetRollUp rollUp(Iterable<Target> targets) {
    Map<Unit, Accumulator> byUnit = new LinkedHashMap<>();
    List<Target> unknown = new ArrayList<>();
    List<Target> notAdditive = new ArrayList<>();
    for (Target target : targets) {
      UnitDefinition unit = catalogue.lookup(target.value().unit().symbol());
      Quantity upper = target.upper();
      UnitDefinition upperUnit = upper == null ? unit : catalogue.lookup(upper.unit().symbol());
      if (unit == null || upperUnit == null) {
        unknown.add(target);
        continue;
      }
      if (!isAdditive(unit.dimension())) {
        notAdditive.add(target);
        continue;
      }
      Amount value = target.value().amount().times(unit.factor());
      Amount top = upper == null ? value : upper.amount().times(upperUnit.factor());
      Accumulator acc = byUnit.computeIfAbsent(unit.canonical(), c -> new Accumulator(unit));
      acc.total = acc.total.plus(value);
      acc.upperTotal = acc.upperTotal.plus(top);
      acc.ids.add(target.id());
    }
    TargetRollUp.Builder rollUp = TargetRollUp.builder().unknownUnits(unknown).notAdditive(notAdditive);
    byUnit.forEach((canonical, acc) -> rollUp.addTotals(TargetTotal.builder()
        .canonical(canonical)
        .dimension(acc.unit.dimension())
        .total(Quantity.of(acc.total.stripped(), canonical))
        .upperTotal(Quantity.of(acc.upperTotal.stripped(), canonical))
        .targetIds(acc.ids)
        .build()));
    return rollUp.build();
  }

  /**
   * Whether values of {@code dimension} may be added: not percentages, percentage points nor
   * temperatures (two levels of 18℃ make no 36℃).
   */
  static boolean isAdditive(Dimension dimension) {
    return dimension != Dimension.PERCENT
        && dimension != Dimension.PERCENTAGE_POINTS
        && dimension != Dimension.TEMPERATURE;
  }

  private static final class Accumulator {
    final UnitDefinition unit;
    Amount total = Amount.ZERO;
    Amount upperTotal = Amount.ZERO;
    final List<String> ids = new ArrayList<>();

    Accumulator(UnitDefinition unit) {
      this.unit = unit;
    }
  }
}
