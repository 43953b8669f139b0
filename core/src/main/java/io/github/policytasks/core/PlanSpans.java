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
    List<Section> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String at = "$.sections[" + i + "]";
      for (int k = 0; k < section.goals().size(); k++) {
        checkLength(section.goals().get(k), at + ".goals[" + k + "]");
      }
      checkTasks(section.tasks(), at + ".tasks");
      for (int s = 0; s < section.subsections().size(); s++) {
        checkTasks(section.subsections().get(s).tasks(), at + ".subsections[" + s + "].tasks");
      }
    }
  }

  private static void checkTasks(List<Task> tasks, String path) {
    for (int j = 0; j < tasks.size(); j++) {
      Task task = tasks.get(j);
      for (int k = 0; k < task.targets().size(); k++) {
        Target target = task.targets().get(k);
        String at = path + "[" + j + "].targets[" + k + "]";
        checkLength(target, at);
        if (!task.span().encloses(target.span())) {
          throw new PlanPathViolation(at + ".span", "Target " + target.id() + " at "
              + target.span() + " lies outside its task " + task.id() + " at " + task.span());
        }
      }
    }
  }

  private static void checkLength(Target target, String path) {
    if (target.span().length() != target.text().length()) {
      throw new PlanPathViolation(path + ".span", "Target " + target.id() + ": its span "
          + target.span() + " covers " + target.span().length() + " characters but its text \""
          + target.text() + "\" has " + target.text().length());
    }
  }
}
