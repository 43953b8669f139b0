package io.github.policytasks.core;

import java.util.List;

/**
 * The span rules of the JSON contract, which a plan built in code for other uses (a plan to
 * render, with no input behind it) need not follow but every plan read or written as JSON does:
 * a target's or goal's span is exactly as long as its text, and a target's span lies inside its
 * task's span. A broken rule is a {@link PlanPathViolation} naming the JSON path. Stateless and
 * thread-safe.
 */
final class PlanSpans {
  private PlanSpans() {}

  /** Throws naming the first target whose span breaks the rules. */
  static void check(Plan plan) {
    // The JSON paths are spelled out only for a broken rule: a plan that keeps them costs no
    // string per target.
    List<Section> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      List<Target> goals = section.goals();
      for (int k = 0; k < goals.size(); k++) {
        if (!lengthFits(goals.get(k))) {
          throw lengthViolation(goals.get(k), "$.sections[" + i + "].goals[" + k + "]");
        }
      }
      checkTasks(section.tasks(), i, -1);
      List<Subsection> subsections = section.subsections();
      for (int s = 0; s < subsections.size(); s++) {
        checkTasks(subsections.get(s).tasks(), i, s);
      }
    }
  }

  /**
   * Throws for the first target of {@code tasks} that breaks a rule, naming it under section
   * {@code i} and, when {@code s >= 0}, its subsection {@code s}.
   */
  private static void checkTasks(List<Task> tasks, int i, int s) {
    for (int j = 0; j < tasks.size(); j++) {
      Task task = tasks.get(j);
      List<Target> targets = task.targets();
      for (int k = 0; k < targets.size(); k++) {
        Target target = targets.get(k);
        boolean fits = lengthFits(target);
        if (!fits || !inside(task, target)) {
          String at = "$.sections[" + i + "]" + (s < 0 ? "" : ".subsections[" + s + "]")
              + ".tasks[" + j + "].targets[" + k + "]";
          throw fits ? outsideViolation(task, target, at) : lengthViolation(target, at);
        }
      }
    }
  }

  /** The rule that a target's span lies inside its task's span. */
  private static boolean inside(Task task, Target target) {
    return task.span().encloses(target.span());
  }

  private static PlanPathViolation outsideViolation(Task task, Target target, String path) {
    return new PlanPathViolation(path + ".span", "Target " + target.id() + " at "
        + target.span() + " lies outside its task " + task.id() + " at " + task.span());
  }

  /** The rule that a target's or goal's span is exactly as long as its text. */
  private static boolean lengthFits(Target target) {
    return target.span().length() == target.text().length();
  }

  private static PlanPathViolation lengthViolation(Target target, String path) {
    return new PlanPathViolation(path + ".span", "Target " + target.id() + ": its span "
        + target.span() + " covers " + target.span().length() + " characters but its text \""
        + target.text() + "\" has " + target.text().length());
  }
}
