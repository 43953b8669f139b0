package io.github.policytasks.examples.check;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.TargetCheck;
import io.github.policytasks.metrics.TargetChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every target of a plan checked against a set of actual figures: one {@link TargetOutcome} per
 * target in document order, and a {@link LeadUnitSummary} per lead unit (a target counts for every
 * unit that leads its task). Immutable and thread-safe.
 */
public final class CheckReport {
  private final List<TargetOutcome> outcomes;

  private CheckReport(List<TargetOutcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Checks {@code actuals} (read from {@code file}) against the targets of {@code plan}.
   *
   * @throws ActualsFormatException naming the line of an actual whose target is not in the plan,
   *     whose figure cannot be read, or whose unit does not convert into the target's
   */
  public static CheckReport of(
      Plan plan, List<Actual> actuals, String file, TargetChecker checker, QuantityReader reader) {
    Set<String> ids = plan.allTargets().stream().map(Target::id).collect(Collectors.toSet());
    Map<String, Actual> byId = new LinkedHashMap<>();
    for (Actual actual : actuals) {
      if (!ids.contains(actual.targetId())) {
        throw new ActualsFormatException(file, actual.line(),
            "the plan has no target " + actual.targetId());
      }
      byId.put(actual.targetId(), actual);
    }
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (Task task : plan.allTasks()) {
      for (Target target : task.targets()) {
        Actual actual = byId.get(target.id());
        TargetCheck check = actual == null ? null : check(checker, reader, file, target, actual);
        outcomes.add(new TargetOutcome(task, target, actual, check));
      }
    }
    return new CheckReport(outcomes);
  }

  private static TargetCheck check(
      TargetChecker checker, QuantityReader reader, String file, Target target, Actual actual) {
    Quantity quantity;
    try {
      quantity = reader.parse(actual.figure());
    } catch (IllegalArgumentException e) {
      throw new ActualsFormatException(file, actual.line(),
          "cannot read the figure \"" + actual.figure() + "\": " + e.getMessage());
    }
    try {
      return checker.check(target, quantity);
    } catch (IllegalArgumentException e) {
      throw new ActualsFormatException(file, actual.line(), e.getMessage());
    }
  }

  /** One outcome per target of the plan, in document order. */
  public List<TargetOutcome> outcomes() {
    return outcomes;
  }

  /** Whether any target was missed. */
  public boolean anyMissed() {
    return count(TargetStatus.MISSED) > 0;
  }

  /** The number of targets with {@code status}. */
  public int count(TargetStatus status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** One summary per lead unit, in the order the units first lead a target. */
  public List<LeadUnitSummary> byLeadUnit() {
    Map<String, LeadUnitSummary> summaries = new LinkedHashMap<>();
    for (TargetOutcome outcome : outcomes) {
      for (LeadUnit unit : outcome.task().leadUnits()) {
        LeadUnitSummary one = new LeadUnitSummary(unit.name(), 0, 0, 0).plus(outcome.status());
        summaries.merge(unit.name(), one, (a, b) -> a.plus(outcome.status()));
      }
    }
    return List.copyOf(summaries.values());
  }
}
