package io.github.policytasks.examples.check;

import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.TargetCheck;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target of a plan with its actual figure, if one was given, and the check of that figure.
 * Immutable and thread-safe.
 *
 * @param task the task the target belongs to
 * @param target the target
 * @param actual the actual figure as given, or {@code null}
 * @param check the check of the actual figure against the target, or {@code null} without one
 */
public record TargetOutcome(
    Task task, Target target, @Nullable Actual actual, @Nullable TargetCheck check) {

  /** Checks that a check is present exactly when an actual is. */
  public TargetOutcome {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(target, "target");
    if ((actual == null) != (check == null)) {
      throw new IllegalArgumentException(
          "Outcome of " + target.id() + " needs both an actual and its check, or neither");
    }
  }

  /** Met, missed or without an actual. */
  public TargetStatus status() {
    if (check == null) {
      return TargetStatus.NO_ACTUAL;
    }
    return check.isMet() ? TargetStatus.MET : TargetStatus.MISSED;
  }
}
