package io.github.policytasks.parser.corpus;

import io.github.policytasks.core.Plan;
import java.util.Objects;

/**
 * A plan of a corpus under its id: the file's path relative to the corpus root, with {@code /}
 * between folders ({@code gb18030/plan-0001.txt}); the file name alone for a file given by itself.
 *
 * @param planId the plan's id in the corpus tables
 * @param plan the parsed plan
 */
public record PlanRecord(String planId, Plan plan) {
  /**
   * Checks that no component is null.
   *
   * @param planId the plan's id in the corpus: its path under the corpus root
   * @param plan the plan read from that file
   */
  public PlanRecord {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(plan, "plan");
  }
}
