package io.github.policytasks.render;

import io.github.policytasks.core.Plan;

/**
 * A generated plan as a property parameter. Its {@code toString} is the plan written in the
 * default style, so a shrunk counterexample reads as a short document.
 */
record GeneratedPlan(Plan plan) {
  @Override
  public String toString() {
    return "\n" + PlanRenderer.create().render(plan);
  }
}
