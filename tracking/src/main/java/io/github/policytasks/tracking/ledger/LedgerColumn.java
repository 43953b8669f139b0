package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the full ledger, as written to CSV (header = {@link #key()}) and JSON (key =
 * {@link #key()}), in order. A value is a {@code String}, an {@code Integer}, a {@code List} of
 * unit names, or {@code null} when absent; amounts are exact decimal strings or fractions, as in
 * the JSON contract.
 */
public enum LedgerColumn {
  /** Where the plan came from. */
  SOURCE("source", LedgerRow::source),
  /** The section number as written. */
  SECTION("section", row -> row.section().number()),
  /** The section heading. */
  SECTION_TITLE("sectionTitle", row -> row.section().title()),
  /** The task id, {@code t12}. */
  TASK_ID("taskId", row -> row.task().id()),
  /** The task number as written. */
  TASK_NUMBER("taskNumber", row -> row.task().number()),
  /** The task title, or the start of its text. */
  TASK_TITLE("taskTitle", row -> LedgerCells.taskTitle(row.task())),
  /** The lead units, principal lead first. */
  LEAD_UNITS("leadUnits", row -> names(row.task().leadUnits())),
  /** The supporting units. */
  SUPPORTING_UNITS("supportingUnits", row -> names(row.task().supportingUnits())),
  /** The target id, {@code t12.g3}. */
  TARGET_ID("targetId", target(Target::id)),
  /** The words that carry the target. */
  TARGET_TEXT("targetText", target(Target::text)),
  /** What is counted or measured. */
  SUBJECT("subject", target(Target::subject)),
  /** The comparator, {@code AT_LEAST}. */
  COMPARATOR("comparator", target(t -> t.comparator().name())),
  /** The kind, {@code AMOUNT}. */
  KIND("kind", target(t -> t.kind().name())),
  /** The direction of a GROWTH or POINTS target. */
  DIRECTION("direction", target(t -> t.direction() == null ? null : t.direction().name())),
  /** The value as written (the lower end of a range). */
  VALUE("value", target(t -> LedgerCells.exact(t.value()))),
  /** The upper end of a range. */
  UPPER("upper", target(t -> LedgerCells.exact(t.upper()))),
  /** The unit as written. */
  UNIT("unit", target(t -> LedgerCells.unit(t.value()))),
  /** The value in the canonical unit, exact. */
  NORMALIZED("normalized", target(t -> LedgerCells.exact(t.normalized()))),
  /** The upper end of a range in the canonical unit, exact. */
  NORMALIZED_UPPER("normalizedUpper", target(t -> LedgerCells.exact(t.normalizedUpper()))),
  /** The canonical unit. */
  NORMALIZED_UNIT("normalizedUnit", target(t -> LedgerCells.unit(t.normalized()))),
  /** The dimension of the unit, {@code AREA}. */
  DIMENSION("dimension", target(t -> t.dimension() == null ? null : t.dimension().name())),
  /** The target's deadline, else the task's, as an ISO date. */
  DEADLINE("deadline", row -> iso(row.deadline()));

  private final String key;
  private final Function<LedgerRow, @Nullable Object> value;

  LedgerColumn(String key, Function<LedgerRow, @Nullable Object> value) {
    this.key = key;
    this.value = value;
  }

  /** The CSV header and JSON key. */
  public String key() {
    return key;
  }

  /** The typed value of this column in {@code row}. */
  public @Nullable Object valueOf(LedgerRow row) {
    return value.apply(row);
  }

  /** The value as text: lists joined by {@code 、}, absent as the empty string. */
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
    return v.toString();
  }

  private static Function<LedgerRow, @Nullable Object> target(
      Function<Target, @Nullable Object> value) {
    return row -> row.target() == null ? null : value.apply(row.target());
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  private static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
