package io.github.policytasks.metrics;

import io.github.policytasks.core.Target;
import io.github.policytasks.core.Unit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Totals of a set of targets per canonical unit and classifier ({@link TargetChecker#rollUp}), in
 * the order their units first appear, plus the targets left out because their unit is not in the
 * catalogue or because they are percentages, which never add: nothing is dropped silently. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTargetRollUp {

  /** {@return one total per canonical unit} */
  public abstract List<TargetTotal> totals();

  /** {@return the targets whose unit the catalogue does not know, so they are in no total} */
  public abstract List<Target> unknownUnits();

  /**
   * {@return the percentage and percentage-point targets, in the order given: listed apart and
   * never added, since levels and changes of different bases have no meaningful sum}
   */
  public abstract List<Target> notAdditive();

  /**
   * {@return the total in the canonical unit {@code canonical} ({@code 元}, {@code 家}), if any}
   *
   * @param canonical a canonical unit
   */
  public final Optional<TargetTotal> total(Unit canonical) {
    return totals().stream().filter(t -> t.canonical().equals(canonical)).findFirst();
  }
}
