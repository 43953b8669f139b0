package io.github.policytasks.render;

import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a run of tasks as a pipe table ({@link TaskLayout#PIPE_TABLE}): a header
 * row {@code 序号 | 主要工作任务 | 牵头单位 | 责任单位 | 责任领导 | 完成时限 |} with the keys in the
 * style's words and script, a rule row, and one row per task with its bare number, its text
 * without the note, its units, leaders and deadline. Immutable and thread-safe.
 */
final class PipeTableWriter {
  private final RenderStyle style;
  private final ResponsibilityNoteWriter notes;

  PipeTableWriter(RenderStyle style, ResponsibilityNoteWriter notes) {
    this.style = style;
    this.notes = notes;
  }

  /** Hands each line of the table of {@code tasks} to {@code line}; nothing for no tasks. */
  void write(List<Task> tasks, Consumer<String> line) {
    if (tasks.isEmpty()) {
      return;
    }
    boolean departments = style.noteKeys() == NoteKeys.LEAD_DEPARTMENT;
    line.accept("序号 | 主要工作任务 | " + notes.word(departments ? "牵头部门" : "牵头单位") + " | "
        + notes.word(departments ? "配合部门" : "责任单位") + " | " + notes.word("责任领导") + " | "
        + notes.word("完成时限") + " |");
    line.accept("---|---|---|---|---|---|");
    for (Task task : tasks) {
      LocalDate deadline = task.deadline();
      String text = PunctuationWidth.in(style.punctuation(), TaskBody.of(task))
          .replace('|', '｜').replace("\n", " ");
      line.accept(task.number() + " | " + text + " | " + notes.names(task.leadUnits()) + " | "
          + notes.names(task.supportingUnits()) + " | " + String.join("、", task.leaders()) + " | "
          + (deadline == null ? "" : ResponsibilityNoteWriter.deadline(deadline)) + " |");
    }
  }
}
