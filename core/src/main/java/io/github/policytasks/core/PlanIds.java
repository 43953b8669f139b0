package io.github.policytasks.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that the ids of a plan count in document order, as the JSON contract says: the i-th
 * section is {@code s}i, the j-th subsection of section {@code s2} is {@code s2.}j, the n-th task
 * of the whole plan is {@code t}n whatever the written numbering, the k-th target of task {@code
 * t12} is {@code t12.g}k and the k-th goal of section {@code s2} is {@code s2.g}k. Ids so counted
 * are unique. A broken rule is an {@link IllegalArgumentException} naming the JSON path of the
 * offending id. Ids are compared char by char with the count they must hold, so a correct plan
 * costs no allocation (every plan a parser builds is checked); the path and the expected id are
 * written only for the message. A task whose id and targets' ids were read as counted when it was
 * built ({@code Task.countedId()}) is passed on that one number: on a large plan the id strings
 * are no longer in the cache when the plan is checked. Stateless and thread-safe.
 */
final class PlanIds {
  private PlanIds() {}

  /** A task with where it stands in its section: subsection index (-1 for none) and task index. */
  private record Placed(Task task, int subsection, int index) {}

  /** Throws naming the first id out of document order. */
  static void check(List<Section> sections) {
    int taskCount = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      if (!isCounted(section.id(), "", "s", i + 1)) {
        fail("$.sections[" + i + "]", section.id(), "s" + (i + 1), "sections");
      }
      List<Target> goals = section.goals();
      for (int k = 0; k < goals.size(); k++) {
        if (!isCounted(goals.get(k).id(), section.id(), ".g", k + 1)) {
          fail("$.sections[" + i + "].goals[" + k + "]", goals.get(k).id(),
              section.id() + ".g" + (k + 1), "the goals of a section");
        }
      }
      List<Subsection> subsections = section.subsections();
      if (subsections.isEmpty()) {
        List<Task> tasks = section.tasks();
        for (int j = 0; j < tasks.size(); j++) {
          taskCount++;
          check(tasks.get(j), taskCount, i, -1, j);
        }
        continue;
      }
      List<Placed> tasks = new ArrayList<>();
      for (int j = 0; j < section.tasks().size(); j++) {
        tasks.add(new Placed(section.tasks().get(j), -1, j));
      }
      for (int s = 0; s < subsections.size(); s++) {
        Subsection subsection = subsections.get(s);
        if (!isCounted(subsection.id(), section.id(), ".", s + 1)) {
          fail("$.sections[" + i + "].subsections[" + s + "]", subsection.id(),
              section.id() + "." + (s + 1), "the subsections of a section");
        }
        for (int j = 0; j < subsection.tasks().size(); j++) {
          tasks.add(new Placed(subsection.tasks().get(j), s, j));
        }
      }
      tasks.sort(Comparator.comparingInt(p -> p.task().span().start()));
      for (Placed placed : tasks) {
        taskCount++;
        check(placed.task(), taskCount, i, placed.subsection(), placed.index());
      }
    }
  }

  /** Checks the id of the {@code ordinal}-th task of the plan and the ids of its targets. */
  private static void check(Task task, int ordinal, int section, int subsection, int index) {
    if (task.countedId() == ordinal) {
      return;
    }
    if (!isCounted(task.id(), "", "t", ordinal)) {
      fail(path(section, subsection, index), task.id(), "t" + ordinal, "the tasks of the whole plan");
    }
    List<Target> targets = task.targets();
    for (int k = 0; k < targets.size(); k++) {
      if (!isCounted(targets.get(k).id(), task.id(), ".g", k + 1)) {
        fail(path(section, subsection, index) + ".targets[" + k + "]", targets.get(k).id(),
            task.id() + ".g" + (k + 1), "the targets of a task");
      }
    }
  }

  private static String path(int section, int subsection, int index) {
    return "$.sections[" + section + "]"
        + (subsection < 0 ? "" : ".subsections[" + subsection + "]") + ".tasks[" + index + "]";
  }

  /** Whether {@code id} is {@code owner + infix + count} with {@code count} in decimal (count ≥ 1). */
  static boolean isCounted(String id, String owner, String infix, int count) {
    int digits = 1;
    for (int rest = count / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int head = owner.length() + infix.length();
    if (id.length() != head + digits || !id.startsWith(owner) || !id.startsWith(infix, owner.length())) {
      return false;
    }
    int rest = count;
    for (int at = id.length() - 1; at >= head; at--) {
      if (id.charAt(at) != (char) ('0' + rest % 10)) {
        return false;
      }
      rest /= 10;
    }
    return true;
  }

  private static void fail(String path, String id, String expected, String counted) {
    throw new PlanPathViolation(path + ".id",
        path + ".id is \"" + id + "\" but must be \"" + expected + "\": ids count " + counted
            + " in document order, starting at 1");
  }
}
