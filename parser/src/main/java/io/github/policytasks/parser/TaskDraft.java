package io.github.policytasks.parser;

import io.github.policytasks.core.Target;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task while it is being read: where its label and text stand, how far it reaches, its notes
 * and, once closed, its title, body end, deadline and targets. Who leads is decided only when the
 * whole document has been read. Mutable; not thread-safe.
 */
final class TaskDraft {
  final int number;
  final @Nullable String label;
  final int spanStart;
  /** Where the text starts: after the label, or on the next line when the label stands alone. */
  int textStart;
  /** Where the task's content ends so far (exclusive). */
  int end;
  /** Whether the task is numbered {@code (一)}. */
  boolean parenthesised;
  /** Whether the task's last line ends with a responsibility note. */
  boolean closedByNote;
  /** For a table row: the row's end, which the span keeps whatever the text cell holds. */
  int rowEnd = -1;
  /**
   * For a table row: the title cell, when the table has one; for a task whose text opens with a
   * heading in 【】 brackets, the words inside them ({@link TaskTitles#bracketTitleEnd}).
   */
  int titleCellStart = -1;
  int titleCellEnd = -1;
  /**
   * For a table row whose title cell a copy wrapped over lines: the pieces on the lines after the
   * row's first, which continue the title cell's text in order ({@link SpacedColumns}); else empty.
   */
  List<PipeCells.Cell> titlePieces = List.of();
  /**
   * For a table row whose text cells a copy wrapped over lines: each text column's pieces in order
   * (its cell on the row's first line, then those on the lines after), read as the task's text in
   * place of the stretch of input its span covers; else empty.
   */
  List<List<PipeCells.Cell>> textPieces = List.of();
  /**
   * For a row of an indicator table: its indicator, value and unit cells ({@code [start, end)},
   * -1 when absent), from which its target is read ({@link TargetReader#readIndicator}).
   */
  int indicatorCellStart = -1;
  int indicatorCellEnd = -1;
  int valueCellStart = -1;
  int valueCellEnd = -1;
  int unitCellStart = -1;
  int unitCellEnd = -1;
  /**
   * For a row of a table with quantity columns ({@code 年度投资（万元）}): each column's cells as
   * indicator rows (the header cell the subject naming the unit in brackets, the row's cell the
   * value), whose targets join those of the task's text ({@link TargetReader#readIndicator}).
   */
  List<IndicatorTargets.Row> quantityCells = List.of();
  final NoteParts notes = new NoteParts();
  /**
   * Where each responsibility note stands, {@code [start, end)}, in input order, packed as {@code
   * start << 32 | end}; null until the first note ({@link #addNoteSpan}).
   */
  private long @Nullable [] noteSpans;
  private int noteSpanCount;

  String id = "";
  int spanEnd;
  int bodyEnd;
  /** Where the title read from the text ends, or -1 when the text opens with no heading. */
  int titleEnd = -1;
  /**
   * Where the task's first line ends when the line cursor cut it there, with no written break (a
   * break that a copy lost, restored: {@code （一）指导思想　　以习近平…}), so that a heading alone on it
   * is the title as before a written break; -1 when the first line ends at a written break or the
   * task has one line.
   */
  int firstLineEnd = -1;
  @Nullable LocalDate deadline;
  /** Whether the task is a goal item ({@code 发展目标}): its figures are its section's goals. */
  boolean goalItem;
  List<Target> targets = List.of();

  /** Records that a responsibility note stands at {@code [start, end)}, after those recorded. */
  void addNoteSpan(int start, int end) {
    if (noteSpans == null) {
      noteSpans = new long[2];
    } else if (noteSpanCount == noteSpans.length) {
      noteSpans = Arrays.copyOf(noteSpans, noteSpanCount * 2);
    }
    noteSpans[noteSpanCount++] = (long) start << 32 | end;
  }

  /** How many responsibility notes are recorded. */
  int noteSpanCount() {
    return noteSpanCount;
  }

  /** Where the {@code k}-th recorded note starts. */
  int noteSpanStart(int k) {
    return (int) (noteSpans[k] >>> 32);
  }

  /** Where the {@code k}-th recorded note ends. */
  int noteSpanEnd(int k) {
    return (int) noteSpans[k];
  }

  TaskDraft(int number, @Nullable String label, int spanStart, int textStart, int end) {
    this.number = number;
    this.label = label;
    this.spanStart = spanStart;
    this.textStart = textStart;
    this.end = end;
  }
}
