package io.github.policytasks.render;

/** A {@link RenderStyle} option: how the tasks of a section are laid out. */
public enum TaskLayout {
  /** One numbered paragraph per task, its note at its end or on lines of its own. */
  LINES,
  /**
   * A pipe table per section or subsection, one row per task: {@code 序号 | 主要工作任务 |
   * 牵头单位 | 责任单位 | 责任领导 | 完成时限 |}, the keys in the style's words and script. The
   * number column holds the bare number, whatever the task numbering; a {@code |} in a task's
   * text is written {@code ｜}. Needs keyed notes.
   */
  PIPE_TABLE
}
