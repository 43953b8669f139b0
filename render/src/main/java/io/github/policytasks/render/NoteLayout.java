package io.github.policytasks.render;

/** A {@link RenderStyle} option: where and in which brackets a task's note stands. */
public enum NoteLayout {
  /** In round brackets at the end of the task: {@code (牵头单位:…)}. */
  IN_BRACKETS,
  /** In tortoise-shell brackets at the end of the task: {@code 〔牵头单位:…〕}. */
  TORTOISE_SHELL_BRACKETS,
  /** Each key on a line of its own after the task, without brackets. */
  OWN_LINES
}
