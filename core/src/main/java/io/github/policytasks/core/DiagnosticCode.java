package io.github.policytasks.core;

/**
 * The stable, machine-readable kind of a {@link Diagnostic}: each code has one {@link Severity}
 * and one meaning, stated by {@link #meaning()}. The JSON contract writes the code by its name
 * ({@code "NOTE_PARTLY_READ"}); new codes may be added in a minor release, existing ones are never
 * renamed or given another severity without a new {@code schemaVersion}.
 *
 * <p>ERROR and WARNING codes make a strict parser throw; INFO codes are remarks that never do.
 */
public enum DiagnosticCode {
  // Input as a whole
  /** The input's bytes are not valid in the detected charset; bad sequences were replaced. */
  INPUT_MALFORMED(Severity.WARNING,
      "The input's bytes are not valid in the detected charset; bad sequences were replaced."),
  /** The text holds U+FFFD replacement characters: it was damaged before it reached the reader. */
  DAMAGED_TEXT(Severity.WARNING,
      "The text holds U+FFFD replacement characters, so some of it was lost before reading."),
  /** No numbered task was found in the input. */
  NO_TASKS(Severity.WARNING, "No numbered task was found in the input."),
  /** Text that no rule of the genre read; it is kept in the part of the plan that holds it. */
  TEXT_NOT_READ(Severity.WARNING,
      "Text that no rule of the reader understood; it is kept as written in the part that holds it."),

  /**
   * A stretch of the text repeats the document from its start, verbatim (a crawl that holds the
   * page twice); the copy is set aside, not read as more of the plan.
   */
  TEXT_REPEATED(Severity.INFO,
      "The text repeats the document from its start verbatim; the copy was set aside and not read again."),

  /**
   * A pronunciation gloss that a converting crawl wrote after a character ({@code 發(fā)}, {@code
   * 責(zé)任單位}) was set aside: the text is read without it, and every span still points into the
   * text as given.
   */
  GLOSS_SET_ASIDE(Severity.INFO,
      "A pronunciation gloss that a crawl added after a character was set aside; the text is read without it."),

  // Header and notice
  /** A date in the portal header or the notice could not be read. */
  METADATA_DATE_UNREAD(Severity.WARNING,
      "A date in the portal header or the covering notice could not be read."),
  /** The portal header and the document disagree on a value; the document's value is kept. */
  METADATA_CONFLICT(Severity.INFO,
      "The portal header and the document state different values for the same field."),
  /** The plan year is unknown, so deadline words could not be given a date. */
  PLAN_YEAR_UNKNOWN(Severity.INFO,
      "Deadline words were found but the plan year is unknown, so no date was given."),

  // Layout
  /** A section number skips one or more numbers. */
  SECTION_NUMBER_GAP(Severity.WARNING, "A section number skips one or more numbers."),
  /** A subsection number skips one or more numbers. */
  SUBSECTION_NUMBER_GAP(Severity.WARNING, "A subsection number skips one or more numbers."),
  /** A task number skips one or more numbers (a numbering that restarts at 1 is no gap). */
  TASK_NUMBER_GAP(Severity.WARNING,
      "A task number skips one or more numbers; a numbering that restarts at 1 is no gap."),
  /** A {@code 1.}-style label too long to be a task number; its line is read as text. */
  TASK_LABEL_UNREAD(Severity.WARNING,
      "A numbered label too long to be a task number; its line is read as text."),
  /** A task has no text after its number. */
  TASK_TEXT_EMPTY(Severity.WARNING, "A task has no text after its number."),
  /** Text after a heading and before any task, which no task holds. */
  TEXT_OUTSIDE_TASK(Severity.INFO,
      "Text stands after a heading and before any task, so no task holds it."),

  // Tables
  /** A table row could be read only in part. */
  TABLE_ROW_PARTLY_READ(Severity.WARNING, "A row of a task table could be read only in part."),
  /** A table row has no task number. */
  TABLE_ROW_UNNUMBERED(Severity.WARNING, "A row of a task table has no task number."),
  /** A table column was not recognised; its cells are kept in the task text. */
  TABLE_COLUMN_UNREAD(Severity.WARNING,
      "A column of a task table was not recognised; its cells are kept in the task text."),

  // Responsibility notes and deadlines
  /** A task has no responsibility note. */
  TASK_WITHOUT_NOTE(Severity.INFO, "A task has no responsibility note naming its units."),
  /**
   * A responsibility note stands before any task, or a group note ({@code 以上任务由…}) finds no task
   * above it without a note of its own.
   */
  NOTE_WITHOUT_TASK(Severity.WARNING,
      "A responsibility note stands before any task, or a group note finds no task above it without a note."),
  /** Part of a responsibility note was not understood: a key without value, an unclosed bracket… */
  NOTE_PARTLY_READ(Severity.WARNING,
      "Part of a responsibility note was not understood: a key without value, text under no key,"
          + " an unclosed bracket or a deadline value with figures that could not be read."),
  /** Something looks like a responsibility note but none of it was understood. */
  NOTE_NOT_UNDERSTOOD(Severity.WARNING,
      "A responsibility note is present but none of it was understood; the task keeps it as text."),
  /** A deadline value without any figure ({@code 长期坚持}); kept as written, no date given. */
  DEADLINE_UNDATED(Severity.INFO,
      "A deadline value holds no figure (长期坚持, 持续推进), so no date was given."),

  // Targets and figures
  /** A target was read only in part. */
  TARGET_PARTIAL(Severity.WARNING, "A target was read only in part."),
  /** A target's unit is not in the unit catalogue; the target has no normalized value. */
  TARGET_UNIT_UNKNOWN(Severity.WARNING,
      "A target's unit is not in the unit catalogue, so it has no normalized value."),
  /** A growth or points target without direction words; INCREASE was assumed. */
  TARGET_DIRECTION_ASSUMED(Severity.INFO,
      "A growth or points target states no direction, so INCREASE was assumed."),
  /** A figure outside any target has a unit that is not in the catalogue; it is kept as text. */
  UNKNOWN_UNIT(Severity.WARNING,
      "A figure has a unit that is not in the unit catalogue; it is kept as written.");

  private final Severity severity;
  private final String meaning;

  DiagnosticCode(Severity severity, String meaning) {
    this.severity = severity;
    this.meaning = meaning;
  }

  /** {@return the severity every diagnostic with this code has} */
  public Severity severity() {
    return severity;
  }

  /** {@return what the code means, in one sentence} */
  public String meaning() {
    return meaning;
  }
}
