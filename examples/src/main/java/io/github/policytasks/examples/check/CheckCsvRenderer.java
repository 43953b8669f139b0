package io.github.policytasks.examples.check;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.policytasks.core.Target;
import io.github.policytasks.examples.ledger.LedgerCells;
import io.github.policytasks.metrics.TargetCheck;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link CheckReport} as CSV for Excel: a byte-order mark, a header row, then one row per
 * target with its status ({@code met}, {@code missed}, {@code no actual}), task, lead units,
 * target words, comparator, value, unit, the actual figure and, when missed, the exact gap in the
 * target's unit and its side ({@code BELOW} or {@code ABOVE}); lines end in CRLF. Stateless and
 * thread-safe.
 */
public final class CheckCsvRenderer {
  private static final List<String> HEADER = List.of(
      "status", "targetId", "taskId", "taskTitle", "leadUnits", "targetText", "comparator", "value",
      "upper", "unit", "actual", "gap", "gapUnit", "position");
  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  /** The report as CSV text, byte-order mark first. */
  public String render(CheckReport report) {
    StringWriter csv = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(csv)) {
      writer.write(HEADER);
      for (TargetOutcome outcome : report.outcomes()) {
        Target target = outcome.target();
        TargetCheck check = outcome.check();
        boolean missed = outcome.status() == TargetStatus.MISSED;
        writer.write(List.of(
            outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            target.id(),
            outcome.task().id(),
            LedgerCells.taskTitle(outcome.task()),
            LedgerCells.units(outcome.task().leadUnits()),
            target.text(),
            target.comparator().name(),
            target.value().amount().toString(),
            target.upper() == null ? "" : target.upper().amount().toString(),
            target.value().unit().symbol(),
            outcome.actual() == null ? "" : outcome.actual().figure(),
            missed ? check.gap().amount().toString() : "",
            missed ? check.gap().unit().symbol() : "",
            missed ? check.position().name() : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "\uFEFF" + csv;
  }
}
