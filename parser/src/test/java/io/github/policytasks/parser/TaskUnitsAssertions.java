package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;

/** Assertions on the lead and supporting units of a parsed plan's tasks, shared by the note rules' tests. */
final class TaskUnitsAssertions {
  private TaskUnitsAssertions() {}

  /** The names of {@code units}, in order. */
  static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  /** Asserts that {@code task} has exactly these lead and supporting units, in this order. */
  static void assertUnits(Task task, List<String> leads, List<String> supporting) {
    assertThat(names(task.leadUnits())).as("leads of " + task.id()).containsExactlyElementsOf(leads);
    assertThat(names(task.supportingUnits())).as("supporting of " + task.id()).containsExactlyElementsOf(supporting);
  }

  /** The task of {@code plan} numbered {@code t<n>}; fails when there is none. */
  static Task task(Plan plan, int n) {
    return plan.task("t" + n).orElseThrow();
  }
}
