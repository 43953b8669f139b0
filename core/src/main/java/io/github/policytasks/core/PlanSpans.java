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
      int broken = brokenTask(section.tasks());
      if (broken >= 0) {
        throwFor(section.tasks(), broken, "$.sections[" + i + "].tasks");
      }
      List<Subsection> subsections = section.subsections();
      for (int s = 0; s < subsections.size(); s++) {
        List<Task> tasks = subsections.get(s).tasks();
        broken = brokenTask(tasks);
        if (broken >= 0) {
          throwFor(tasks, broken, "$.sections[" + i + "].subsections[" + s + "].tasks");
        }
      }
    }
  }

  /** {@return the index of the first task with a target that breaks the rules, or -1} */
  private static int brokenTask(List<Task> tasks) {
    for (int j = 0; j < tasks.size(); j++) {
      Task task = tasks.get(j);
      List<Target> targets = task.targets();
      for (int k = 0; k < targets.size(); k++) {
        Target target = targets.get(k);
        if (!lengthFits(target) || !task.span().encloses(target.span())) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Throws for the first broken target of task {@code j} of {@code tasks}, at {@code path}. */
  private static void throwFor(List<Task> tasks, int j, String path) {
    Task task = tasks.get(j);
    for (int k = 0; k < task.targets().size(); k++) {
      Target target = task.targets().get(k);
      String at = path + "[" + j + "].targets[" + k + "]";
      if (!lengthFits(target)) {
        throw lengthViolation(target, at);
      }
      if (!task.span().encloses(target.span())) {
        throw new PlanPathViolation(at + ".span", "Target " + target.id() + " at "
            + target.span() + " lies outside its task " + task.id() + " at " + task.span());
      }
    }
  }

  private static boolean lengthFits(Target target) {
    return target.span().length() == target.text().length();
  }

  private static PlanPathViolation lengthViolation(Target target, String path) {
    return new PlanPathViolation(path + ".span", "Target " + target.id() + ": its span "
        + target.span() + " covers " + target.span().length() + " characters but its text \""
        + target.text() + "\" has " + target.text().length());
  }
}
