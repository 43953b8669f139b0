package io.github.policytasks.tracking;

import com.google.common.collect.Range;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.metrics.Tolerance;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.UnitDefinition;
import io.github.policytasks.metrics.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole plan, or one target, against actual figures the way a supervision office (督查室)
 * reads its ledger, exactly and across units ({@code 52万千瓦} against {@code 500兆瓦}). Each
 * {@link Bound} means, under checking:
 *
 * <ul>
 *   <li>{@link Bound#EXACTLY} — a bare figure ({@code 新增托位798个}, {@code 装机500兆瓦}) is what a
 *       task adds or builds: reaching it is MET, going beyond it EXCEEDED, never a miss; below it
 *       is SHORT.
 *   <li>{@link Bound#AT_LEAST} ({@code 80家以上}) — the figure itself is MET, above it EXCEEDED,
 *       below SHORT.
 *   <li>{@link Bound#MORE_THAN} ({@code 突破150亿元}) — only a figure above it attains it, and that
 *       is EXCEEDED (the words ask to go past it); the figure itself is SHORT with a gap of zero.
 *   <li>{@link Bound#APPROXIMATELY} ({@code 8%左右}, {@code 约500亩}) — MET within the tolerance
 *       either side of the figure, EXCEEDED above that band, SHORT below it. The tolerance is
 *       {@link #DEFAULT_TOLERANCE} (±5% of the figure, so {@code 8.4%} meets {@code 8%左右}) unless
 *       the caller sets another with {@link #withTolerance}.
 *   <li>{@link Bound#AT_MOST} ({@code 控制在35微克/立方米以内}) — a ceiling: MET at or below it, SHORT
 *       above it (the gap is the overshoot); a ceiling is kept or not, it is never EXCEEDED and has
 *       no 完成率.
 *   <li>{@link Bound#LESS_THAN} ({@code 低于5%}) — as AT_MOST, the figure itself being SHORT.
 *   <li>{@link Bound#RANGE} ({@code 8—10个}, {@code 提升1-3个百分点}) — MET within the range, ends
 *       included, EXCEEDED above it, SHORT below it.
 * </ul>
 *
 * <p>A change target (GROWTH or POINTS) is checked on the size of the change as the target writes
 * it. A {@link Direction#DECREASE} target ({@code 单位GDP能耗下降5%}) is met by going lower: its
 * actual is the size of the fall ({@code 5.3%} for a fall of 5.3%, more fall being EXCEEDED); a
 * figure with a minus sign is read as a signed change, so {@code -5.3%} is the same fall.
 *
 * <p>The actual must convert into the target's unit; otherwise the target is NOT_COMPARABLE with
 * the reason (a level in % reported for a change in 百分点, 个 for 家, an unknown unit). A bare
 * number counts in the target's own unit. Gaps of percent targets are in percentage points ({@code
 * 8.4%} against {@code 不低于9%} is 0.6百分点 short). Immutable and thread-safe.
 */
public final class AttainmentChecker {
  /** The tolerance of APPROXIMATELY targets unless the caller sets one: ±5% of the figure. */
  public static final Tolerance DEFAULT_TOLERANCE = Tolerance.relative("0.05");

  private static final AttainmentChecker STANDARD =
      new AttainmentChecker(UnitCatalogue.standard(), DEFAULT_TOLERANCE);

  private final UnitCatalogue catalogue;
  private final Tolerance tolerance;
  private final TargetChecker bounds;

  private AttainmentChecker(UnitCatalogue catalogue, Tolerance tolerance) {
    this.catalogue = catalogue;
    this.tolerance = tolerance;
    this.bounds = TargetChecker.of(catalogue).withTolerance(tolerance)
        .withExactlyAs(Bound.AT_LEAST);
  }

  /** {@return a checker over the standard unit catalogue with the {@link #DEFAULT_TOLERANCE}} */
  public static AttainmentChecker standard() {
    return STANDARD;
  }

  /**
   * {@return a checker over {@code catalogue} with the {@link #DEFAULT_TOLERANCE}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static AttainmentChecker of(UnitCatalogue catalogue) {
    return new AttainmentChecker(Objects.requireNonNull(catalogue, "catalogue"), DEFAULT_TOLERANCE);
  }

  /**
   * {@return a copy that gives APPROXIMATELY targets {@code tolerance} ({@link Tolerance#none()}:
   * exact)}
   *
   * @param tolerance the tolerance of APPROXIMATELY targets
   */
  public AttainmentChecker withTolerance(Tolerance tolerance) {
    return new AttainmentChecker(catalogue, Objects.requireNonNull(tolerance, "tolerance"));
  }

  /** {@return the tolerance of APPROXIMATELY targets} */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * {@return every target of {@code plan} against the latest of {@code actuals}; see {@link
   * #check(Plan, Actuals, LocalDate)}}
   *
   * @param plan the plan
   * @param actuals the actual figures
   */
  public PlanAttainment check(Plan plan, Actuals actuals) {
    return check(plan, actuals, null);
  }

  /**
   * {@return every target of {@code plan} (each section's goals, then its tasks' targets, in
   * document order) against the actual that stands for it at {@code asOf} ({@link Actuals#latest};
   * every actual when {@code asOf} is null)} Actuals for ids the plan does not have are kept as
   * problems of the result, beside the rows the reader skipped.
   *
   * @param plan the plan
   * @param actuals the actual figures
   * @param asOf the date at which the figures stand, or null for the latest
   */
  public PlanAttainment check(Plan plan, Actuals actuals, @Nullable LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(actuals, "actuals");
    List<TargetAttainment> results = new ArrayList<>();
    for (Section section : plan.sections()) {
      for (Target goal : section.goals()) {
        results.add(check(section, null, goal, actuals, asOf));
      }
      for (Task task : section.allTasks()) {
        for (Target target : task.targets()) {
          results.add(check(section, task, target, actuals, asOf));
        }
      }
    }
    Set<String> ids = results.stream().map(t -> t.target().id()).collect(Collectors.toSet());
    List<ActualsProblem> problems = new ArrayList<>(actuals.problems());
    for (Actual actual : actuals.all()) {
      if (!ids.contains(actual.targetId())) {
        problems.add(new ActualsProblem(actual.source(), 1, 0, null,
            "the plan has no target " + actual.targetId() + " (figure " + actual.figure() + ")"));
      }
    }
    return new PlanAttainment(plan, asOf, results, problems);
  }

  private TargetAttainment check(Section section, @Nullable Task task, Target target,
      Actuals actuals, @Nullable LocalDate asOf) {
    Optional<Actual> actual = actuals.latest(target.id(), asOf);
    return actual.isPresent()
        ? check(section, task, target, actual.get())
        : new TargetAttainment(section, task, target, null, AttainmentStatus.NOT_REPORTED, null,
            null, null);
  }

  /**
   * {@return one {@code target} of {@code task} in {@code section} against {@code actual}; {@code
   * task} is null for a goal of the section}
   *
   * @param section the section of the target
   * @param task the task of the target, or null for a goal of its section
   * @param target the target
   * @param actual the actual figure reported for the target
   */
  public TargetAttainment check(
      Section section, @Nullable Task task, Target target, Actual actual) {
    Comparison comparison = compare(target, actual.quantityIn(target.value().unit()));
    return new TargetAttainment(section, task, target, actual, comparison.status, comparison.gap,
        comparison.ratio, comparison.reason);
  }

  /**
   * {@return the status, gap and ratio of {@code actual} against {@code target} alone (a bare
   * actual in the target's unit needs {@link Actual#quantityIn})}
   *
   * @param target the target
   * @param actual the actual figure reported for the target
   */
  public Comparison compare(Target target, Quantity actual) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Optional<UnitDefinition> unit = catalogue.find(target.value().unit());
    if (unit.isEmpty()) {
      return Comparison.notComparable("the target's unit " + target.value().unit()
          + " is not in the unit catalogue");
    }
    Optional<UnitDefinition> actualUnit = catalogue.find(actual.unit());
    if (actualUnit.isEmpty()) {
      return Comparison.notComparable("the unit " + actual.unit() + " of the actual " + actual
          + " is not in the unit catalogue");
    }
    if (!unit.get().canonical().equals(actualUnit.get().canonical())) {
      return Comparison.notComparable(mismatch(target, actual, unit.get(), actualUnit.get()));
    }
    Amount value = actual.amount().times(actualUnit.get().factor());
    if (target.direction() == Direction.DECREASE && value.signum() < 0) {
      value = value.negate();
    }
    return compare(target, unit.get(), value);
  }

  private Comparison compare(Target target, UnitDefinition unit, Amount actual) {
    Range<Amount> attaining = bounds.bounds(target);
    Amount figure = target.value().amount().times(unit.factor());
    Bound bound = target.comparator();
    boolean ceiling = bound == Bound.AT_MOST || bound == Bound.LESS_THAN;
    Amount ratio = ceiling || figure.signum() == 0 ? null : actual.dividedBy(figure);
    if (!attaining.contains(actual)) {
      boolean below = attaining.hasLowerBound()
          && actual.compareTo(attaining.lowerEndpoint()) <= 0;
      if (!below && !ceiling) {
        return new Comparison(AttainmentStatus.EXCEEDED,
            gap(actual.minus(attaining.upperEndpoint()), target, unit), ratio, null);
      }
      Amount gap = below
          ? attaining.lowerEndpoint().minus(actual)
          : actual.minus(attaining.upperEndpoint());
      return new Comparison(AttainmentStatus.SHORT, gap(gap, target, unit), ratio, null);
    }
    if (!ceiling && !attaining.hasUpperBound() && actual.compareTo(figure) > 0) {
      return new Comparison(AttainmentStatus.EXCEEDED, gap(actual.minus(figure), target, unit),
          ratio, null);
    }
    return new Comparison(AttainmentStatus.MET, gap(Amount.ZERO, target, unit), ratio, null);
  }

  private static Quantity gap(Amount canonical, Target target, UnitDefinition unit) {
    if (unit.dimension() == Dimension.PERCENT) {
      return Quantity.of(canonical.stripped(), Units.PERCENTAGE_POINT);
    }
    return Quantity.of(canonical.dividedBy(unit.factor()).stripped(), target.value().unit());
  }

  private static String mismatch(
      Target target, Quantity actual, UnitDefinition unit, UnitDefinition actualUnit) {
    String base = "the actual " + actual + " is " + describe(actualUnit) + ", the target "
        + target.text() + " is " + describe(unit);
    if (unit.dimension() == Dimension.PERCENTAGE_POINTS && actualUnit.dimension() == Dimension.PERCENT) {
      return base + ": report the change in 百分点, not the level reached";
    }
    if (unit.dimension() == Dimension.COUNT && actualUnit.dimension() == Dimension.COUNT) {
      return base + ": counts of different things do not compare";
    }
    return base;
  }

  private static String describe(UnitDefinition unit) {
    Unit canonical = unit.canonical();
    return unit.dimension() == Dimension.COUNT
        ? "a count in " + canonical
        : unit.dimension().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " (" + canonical + ")";
  }

  /**
   * The outcome of setting one actual against one target, before it is placed in a plan.
   *
   * @param status the status; never NOT_REPORTED
   * @param gap see {@link TargetAttainment#gap()}
   * @param ratio see {@link TargetAttainment#ratio()}
   * @param reason see {@link TargetAttainment#reason()}
   */
  public record Comparison(
      AttainmentStatus status, @Nullable Quantity gap, @Nullable Amount ratio,
      @Nullable String reason) {

    static Comparison notComparable(String reason) {
      return new Comparison(AttainmentStatus.NOT_COMPARABLE, null, null, reason);
    }
  }
}
