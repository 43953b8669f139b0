package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one table of columns of the full ledger, in order, that every export writes the same way:
 * CSV and Markdown (header = {@link #key()}), JSON (key = {@link #key()}) and .xlsx. Nothing a
 * ledger user needs is cut: the task's full title and text, lead and supporting units, the target's
 * original words, the exact normalized value and beside it the same rounded half-even to {@link
 * #ROUNDED_SCALE} places. A value is a {@code String}, an {@code Integer}, a {@code List} of unit
 * names, a {@link java.math.BigDecimal} (the rounded values), or {@code null} when absent; exact
 * amounts are decimal strings or fractions, as in the JSON contract.
 */
public enum LedgerColumn {
  /** Where the plan came from. */
  SOURCE("source", Kind.TEXT, 16, LedgerRow::source),
  /** The section number as written. */
  SECTION("section", Kind.NUMBER, 7, row -> row.section().number()),
  /** The section heading. */
  SECTION_TITLE("sectionTitle", Kind.TEXT, 30, row -> row.section().title()),
  /** The task id, {@code t12}; absent for a goal of the section. */
  TASK_ID("taskId", Kind.TEXT, 8, task(Task::id)),
  /** The task number as written. */
  TASK_NUMBER("taskNumber", Kind.NUMBER, 10, task(Task::number)),
  /** The task title, whole; absent when the task has none. */
  TASK_TITLE("taskTitle", Kind.TEXT, 30, task(Task::title)),
  /** The task's full text, its notes included. */
  TASK_TEXT("taskText", Kind.TEXT, 60, task(Task::text)),
  /** The lead units, principal lead first. */
  LEAD_UNITS("leadUnits", Kind.LIST, 24, task(t -> names(t.leadUnits()))),
  /** The supporting units. */
  SUPPORTING_UNITS("supportingUnits", Kind.LIST, 24, task(t -> names(t.supportingUnits()))),
  /** The target id, {@code t12.g3}, or a section goal's, {@code s2.g1}. */
  TARGET_ID("targetId", Kind.TEXT, 9, target(Target::id)),
  /** The words that carry the target, as written. */
  TARGET_TEXT("targetText", Kind.TEXT, 20, target(Target::text)),
  /** What is counted or measured. */
  SUBJECT("subject", Kind.TEXT, 24, target(Target::subject)),
  /** The bound, {@code AT_LEAST}. */
  COMPARATOR("comparator", Kind.TEXT, 13, target(t -> t.comparator().name())),
  /** The kind, {@code AMOUNT}. */
  KIND("kind", Kind.TEXT, 8, target(t -> t.kind().name())),
  /** The direction of a GROWTH or POINTS target. */
  DIRECTION("direction", Kind.TEXT, 9, target(t -> t.direction() == null ? null : t.direction().name())),
  /** The value as written (the lower end of a range), exact. */
  VALUE("value", Kind.EXACT, 10, target(t -> LedgerCells.exact(t.value()))),
  /** The upper end of a range, exact. */
  UPPER("upper", Kind.EXACT, 8, target(t -> LedgerCells.exact(t.upper()))),
  /** The unit as written. */
  UNIT("unit", Kind.TEXT, 8, target(t -> LedgerCells.unit(t.value()))),
  /** The value in the canonical unit, exact (a fraction where it has no finite decimal). */
  NORMALIZED("normalized", Kind.EXACT, 16, target(t -> LedgerCells.exact(t.normalized()))),
  /** {@link #NORMALIZED} rounded half-even to {@link #ROUNDED_SCALE} places. */
  NORMALIZED_ROUNDED("normalizedRounded", Kind.NUMBER, 16, target(t -> rounded(t.normalized()))),
  /** The upper end of a range in the canonical unit, exact. */
  NORMALIZED_UPPER("normalizedUpper", Kind.EXACT, 16, target(t -> LedgerCells.exact(t.normalizedUpper()))),
  /** {@link #NORMALIZED_UPPER} rounded half-even to {@link #ROUNDED_SCALE} places. */
  NORMALIZED_UPPER_ROUNDED("normalizedUpperRounded", Kind.NUMBER, 16,
      target(t -> rounded(t.normalizedUpper()))),
  /** The canonical unit. */
  NORMALIZED_UNIT("normalizedUnit", Kind.TEXT, 10, target(t -> LedgerCells.unit(t.normalized()))),
  /** The dimension of the unit, {@code AREA}. */
  DIMENSION("dimension", Kind.TEXT, 12, target(t -> t.dimension() == null ? null : t.dimension().name())),
  /** The target's deadline, else the task's, as an ISO date. */
  DEADLINE("deadline", Kind.TEXT, 11, row -> iso(row.deadline().orElse(null)));

  /** The places the rounded columns keep. */
  public static final int ROUNDED_SCALE = 2;

  /** How a column's values are typed in the writers that type them (JSON, .xlsx). */
  public enum Kind {
    /** Free text: guarded against formula injection in spreadsheets. */
    TEXT,
    /** A list of unit names, joined by {@code 、} in text formats. */
    LIST,
    /** An exact amount as text, {@code 69200000/3}. */
    EXACT,
    /** A number: an {@code Integer} or a rounded {@code BigDecimal}. */
    NUMBER
  }

  private final String key;
  private final Kind kind;
  private final int width;
  private final Function<LedgerRow, @Nullable Object> value;

  LedgerColumn(String key, Kind kind, int width, Function<LedgerRow, @Nullable Object> value) {
    this.key = key;
    this.kind = kind;
    this.width = width;
    this.value = value;
  }

  /** {@return the header (CSV, Markdown, .xlsx) and JSON key} */
  public String key() {
    return key;
  }

  /** {@return how the column's values are typed} */
  public Kind kind() {
    return kind;
  }

  /** {@return the width a spreadsheet gives the column, in characters} */
  public int width() {
    return width;
  }

  /**
   * {@return the typed value of this column in {@code row}}
   *
   * @param row the 1-based row, or 0 for the sheet as a whole
   */
  public @Nullable Object valueOf(LedgerRow row) {
    return value.apply(row);
  }

  /**
   * {@return the value as text: lists joined by {@code 、}, numbers plain, absent as the empty
   * string}
   *
   * @param row the 1-based row, or 0 for the sheet as a whole
   */
  public String textOf(LedgerRow row) {
    Object v = valueOf(row);
    if (v == null) {
      return "";
    }
    if (v instanceof List<?>) {
      return ((List<?>) v)
          .stream()
          .map(Object::toString)
          .collect(Collectors.joining(LedgerCells.UNIT_SEPARATOR));
    }
    if (v instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) v).toPlainString();
    }
    return v.toString();
  }

  /**
   * As {@link #textOf}, guarded against formula injection when the column is text ({@link
   * FormulaGuard}).
   *
   * @param row the 1-based row, or 0 for the sheet as a whole
   * @return the cell text, safe for a spreadsheet
   */
  public String safeTextOf(LedgerRow row) {
    String text = textOf(row);
    return kind == Kind.TEXT || kind == Kind.LIST ? FormulaGuard.guard(text) : text;
  }

  private static Function<LedgerRow, @Nullable Object> target(
      Function<Target, @Nullable Object> value) {
    return row -> row.target() == null ? null : value.apply(row.target());
  }

  private static Function<LedgerRow, @Nullable Object> task(
      Function<Task, @Nullable Object> value) {
    return row -> row.task() == null ? null : value.apply(row.task());
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  private static java.math.@Nullable BigDecimal rounded(@Nullable Quantity quantity) {
    return quantity == null
        ? null
        : quantity.amount().toBigDecimal(ROUNDED_SCALE, RoundingMode.HALF_EVEN);
  }

  private static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
