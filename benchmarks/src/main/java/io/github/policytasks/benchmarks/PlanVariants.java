package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Derives plans of other content from one plan, so that a corpus is not one text repeated:
 * tasks shuffled within their sections and some left out, numbering renewed or restarted in each
 * section. Stateless and thread-safe.
 */
final class PlanVariants {
  private PlanVariants() {}

  /**
   * {@code plan} with each section's tasks in an order drawn from {@code random}, about one in
   * {@code 1/dropShare} left out (never all of a section), numbered 1..N through the plan, ids counting in document order.
   */
  static Plan shuffled(Plan plan, Random random, double dropShare) {
    List<Section> sections = new ArrayList<>();
    int number = 0;
    for (Section section : plan.sections()) {
      List<Task> tasks = new ArrayList<>(section.allTasks());
      Collections.shuffle(tasks, random);
      List<Task> kept = new ArrayList<>();
      for (Task task : tasks) {
        if (kept.isEmpty() || random.nextDouble() >= dropShare) {
          kept.add(task);
        }
      }
      List<Task> numbered = new ArrayList<>();
      for (Task task : kept) {
        number++;
        numbered.add(renumbered(task, number, number));
      }
      sections.add(section.withSubsections(List.<Subsection>of()).withTasks(numbered));
    }
    return plan.withSections(sections);
  }

  /**
   * {@code task} numbered {@code number} and labelled {@code number.}, as the {@code ordinal}-th
   * task of its plan: id {@code t}ordinal, its targets {@code t}ordinal{@code .g1…} in order.
   */
  private static Task renumbered(Task task, int number, int ordinal) {
    String id = "t" + ordinal;
    List<Target> targets = new ArrayList<>();
    for (Target target : task.targets()) {
      targets.add(target.withId(id + ".g" + (targets.size() + 1)));
    }
    return Task.builder().from(task).id(id).number(number).label(number + ".").targets(targets).build();
  }

  /** {@code plan} with task numbers restarting at 1 in every section. */
  static Plan restartNumbering(Plan plan) {
    List<Section> sections = new ArrayList<>();
    int ordinal = 0;
    for (Section section : plan.sections()) {
      List<Task> tasks = new ArrayList<>();
      int number = 0;
      for (Task task : section.allTasks()) {
        number++;
        ordinal++;
        tasks.add(renumbered(task, number, ordinal));
      }
      sections.add(section.withSubsections(List.<Subsection>of()).withTasks(tasks));
    }
    return plan.withSections(sections);
  }
}
