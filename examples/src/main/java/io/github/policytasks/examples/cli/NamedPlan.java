package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Plan;
import java.util.Objects;

/**
 * A plan and the name of where it came from (a file name, {@code -} for standard input, or
 * {@link PlanSources#SEED} for the embedded seed). Immutable and thread-safe.
 *
 * @param name where the plan came from
 * @param plan the plan
 */
record NamedPlan(String name, Plan plan) {
  /** Checks that neither component is null. */
  NamedPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
  }
}
