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
 * offending id. Stateless and thread-safe.
 */
final class PlanIds {
  private PlanIds() {}

  /** A task with the JSON path it stands at. */
  private record Placed(Task task, String path) {}

  /** Throws naming the first id out of document order. */
  static void check(List<Section> sections) {
    int taskCount = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String sectionPath = "$.sections[" + i + "]";
      expect(sectionPath, section.id(), "s" + (i + 1), "sections");
      for (int k = 0; k < section.goals().size(); k++) {
        expect(sectionPath + ".goals[" + k + "]", section.goals().get(k).id(),
            section.id() + ".g" + (k + 1), "the goals of a section");
      }
      List<Placed> tasks = new ArrayList<>();
      for (int j = 0; j < section.tasks().size(); j++) {
        tasks.add(new Placed(section.tasks().get(j), sectionPath + ".tasks[" + j + "]"));
      }
      for (int s = 0; s < section.subsections().size(); s++) {
        Subsection subsection = section.subsections().get(s);
        String subsectionPath = sectionPath + ".subsections[" + s + "]";
        expect(subsectionPath, subsection.id(), section.id() + "." + (s + 1),
            "the subsections of a section");
        for (int j = 0; j < subsection.tasks().size(); j++) {
          tasks.add(new Placed(subsection.tasks().get(j), subsectionPath + ".tasks[" + j + "]"));
        }
      }
      if (!section.subsections().isEmpty()) {
        tasks.sort(Comparator.comparingInt(p -> p.task().span().start()));
      }
      for (Placed placed : tasks) {
        taskCount++;
        Task task = placed.task();
        expect(placed.path(), task.id(), "t" + taskCount, "the tasks of the whole plan");
        for (int k = 0; k < task.targets().size(); k++) {
          expect(placed.path() + ".targets[" + k + "]", task.targets().get(k).id(),
              task.id() + ".g" + (k + 1), "the targets of a task");
        }
      }
    }
  }

  private static void expect(String path, String id, String expected, String counted) {
    if (!id.equals(expected)) {
      throw new PlanPathViolation(path + ".id",
          path + ".id is \"" + id + "\" but must be \"" + expected + "\": ids count " + counted
              + " in document order, starting at 1");
    }
  }
}
