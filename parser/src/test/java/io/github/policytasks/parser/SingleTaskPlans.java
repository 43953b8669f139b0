package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;

/**
 * Reads one numbered item as the only task of a minimal plan (a dated title and one chapter), with a
 * lenient parser, as the note-reading tests need it: fails unless the plan holds exactly one task.
 */
final class SingleTaskPlans {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  private SingleTaskPlans() {}

  /** The plan's only task when {@code item} is its one numbered item. */
  static Task only(String item) {
    Plan plan = PARSER.parse("2033年重点工作任务\n一、重点任务\n" + item + "\n");
    assertThat(plan.allTasks()).hasSize(1);
    return plan.allTasks().get(0);
  }

  /** Fails unless the task's lead units and supporting units are exactly these names, in order. */
  static void assertUnits(Task task, String[] leads, String... supports) {
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly(leads);
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly(supports);
  }

  /** The lead names of {@link #assertUnits}, written apart from the supporting ones. */
  static String[] leads(String... names) {
    return names;
  }
}
