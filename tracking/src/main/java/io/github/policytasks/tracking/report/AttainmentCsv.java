package io.github.policytasks.tracking.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.policytasks.core.Target;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.TargetAttainment;
import io.github.policytasks.tracking.ledger.FormulaGuard;
import io.github.policytasks.tracking.ledger.LedgerCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;

/**
 * A {@link PlanAttainment} as CSV for Excel: a byte-order mark, a header, then one row per target
 * with its status (and the Chinese word for it), ids, task title, lead units, target words, bound,
 * value, unit, the actual and its date, the exact gap and its unit, the exact 完成率 and the same
 * in percent rounded half-even to two places, and the reason a target is not comparable. Cells are
 * guarded against formula injection ({@link FormulaGuard}); lines end in CRLF. Stateless and
 * thread-safe.
 */
public final class AttainmentCsv {
  private static final List<String> HEADER = List.of(
      "status", "状态", "targetId", "taskId", "taskTitle", "leadUnits", "targetText", "comparator",
      "value", "upper", "unit", "actual", "actualDate", "gap", "gapUnit", "ratio", "ratioPercent",
      "reason");
  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  /**
   * {@return the report as CSV text, byte-order mark first}
   *
   * @param attainment the plan's attainment
   */
  public String render(PlanAttainment attainment) {
    StringWriter csv = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(csv)) {
      writer.write(HEADER);
      for (TargetAttainment result : attainment.targets()) {
        Target target = result.target();
        writer.write(List.of(
            result.status().name(),
            result.status().chinese(),
            target.id(),
            result.task() == null ? "" : result.task().id(),
            FormulaGuard.guard(result.task() == null
                ? goalHeading(result) : LedgerCells.taskTitle(result.task())),
            result.task() == null ? "" : FormulaGuard.guard(LedgerCells.units(result.task().leadUnits())),
            FormulaGuard.guard(target.text()),
            target.comparator().name(),
            target.value().amount().toString(),
            target.upper() == null ? "" : target.upper().amount().toString(),
            target.value().unit().symbol(),
            result.actual() == null ? "" : FormulaGuard.guard(result.actual().figure()),
            result.actual() == null || result.actual().date() == null
                ? "" : result.actual().date().toString(),
            result.gap() == null ? "" : result.gap().amount().toString(),
            result.gap() == null ? "" : result.gap().unit().symbol(),
            result.ratio() == null ? "" : result.ratio().toString(),
            result.ratioPercent(2, RoundingMode.HALF_EVEN).map(r -> r.toPlainString()).orElse(""),
            result.reason() == null ? "" : FormulaGuard.guard(result.reason())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "\uFEFF" + csv;
  }

  /** The heading shown for a section's goal in place of a task: {@code 2 目标}. */
  static String goalHeading(TargetAttainment result) {
    return result.section().number() + " " + (result.section().title() == null
        ? "" : result.section().title()) + "（目标）";
  }
}
