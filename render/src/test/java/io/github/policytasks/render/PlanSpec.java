package io.github.policytasks.render;

import java.util.List;

/**
 * A generated plan before it is assembled: indices into {@link GeneratorPools}, the year, the
 * section tree and the switches for the implicit section, running numbering, metadata, notice
 * and references. Lists shrink to fewer sections, tasks and targets.
 */
record PlanSpec(
    int placeIndex,
    int themeIndex,
    int year,
    boolean implicitSection,
    boolean runningNumbering,
    List<SectionSpec> sections,
    boolean withMetadata,
    boolean withNotice,
    List<Integer> references) {

  /** A section: title index, the tasks before any subsection, and the subsections. */
  record SectionSpec(int titleIndex, List<TaskSpec> tasks, List<SubsectionSpec> subsections) {}

  /** A subsection: title index and tasks. */
  record SubsectionSpec(int titleIndex, List<TaskSpec> tasks) {}

  /**
   * A task: title index (-1 for a task without a title), fillers, targets, units (the first
   * {@code leadCount} lead, the rest support), leaders, the deadline month (0 for none), and
   * whether the targets are joined by {@code 、} rather than {@code ,}.
   */
  record TaskSpec(
      int titleIndex,
      List<Integer> fillers,
      List<TargetSpec> targets,
      List<String> units,
      int leadCount,
      List<String> leaders,
      int deadlineMonth,
      boolean targetsJoinedByIdeographicComma) {}
}
