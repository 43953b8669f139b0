package io.github.policytasks.render;

import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a task — its text without its responsibility notes — which the renderer writes
 * before writing the note anew from the model. Where the task knows where its body and notes
 * stand ({@link Task#bodySpan()}, {@link Task#noteSpans()}, recorded by the parser), exactly
 * the notes are cut from the text and nothing is guessed: a bracketed remark such as {@code
 * 完善工作体系(县发展和改革局牵头组织)}, which the parser kept as text, stays text. A task without
 * spans (built by hand, or read from JSON, which does not carry them) falls back to {@link
 * TaskBodyText}, which recognises a trailing or own-line note by the lexicon's note keys. Lines
 * are joined by {@code \n}; a line that held only a note is dropped, and so is punctuation after
 * the last note (guide §2: it belongs to nothing). Stateless and thread-safe.
 */
final class TaskBody {
  /** Punctuation after a closing note, which belongs to nothing (guide §2). */
  private static final String AFTER_NOTE = ".。;；,，";

  private TaskBody() {}

  /** The body of {@code task}. */
  static String of(Task task) {
    SourceSpan body = task.bodySpan();
    if (body == null) {
      return TaskBodyText.withoutNote(task.text());
    }
    String text = task.text();
    int base = body.start();
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (SourceSpan note : task.noteSpans()) {
      int start = clamp(note.start() - base, text.length());
      int end = clamp(note.end() - base, text.length());
      if (start >= from) {
        out.append(text, from, start);
        from = end;
      }
    }
    String tail = text.substring(from);
    if (from == 0 || !tail.chars().allMatch(c -> Character.isWhitespace(c) || AFTER_NOTE.indexOf(c) >= 0)) {
      out.append(tail);
    }
    return tidy(out.toString());
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }

  /** Lines without trailing blanks, blank lines (where an own-line note stood) dropped. */
  private static String tidy(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String kept = line.stripTrailing();
      if (!kept.isEmpty()) {
        lines.add(kept);
      }
    }
    return String.join("\n", lines);
  }
}
