package io.github.policytasks.examples.corpus;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.PlanRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the corpus tables hold of one item, made on the thread that read it: its line of {@code
 * plans.jsonl}, its rows of each table as CSV bytes and as Parquet values, its diagnostics' rows,
 * or its row of {@code failures.csv}. {@link CorpusWriter} copies them to the files in order.
 *
 * @param planLine the line of {@code plans.jsonl}, or null for a failure
 * @param csv each table's CSV rows (empty for a failure)
 * @param parquet each table's rows as {@link ParquetTableWriter#values} (empty for a failure)
 * @param diagnostics the rows of {@code diagnostics.csv}
 * @param failure the row of {@code failures.csv}, or null for a plan
 */
public record CorpusPieces(byte @Nullable [] planLine, Map<CorpusTable, byte[]> csv,
    Map<CorpusTable, List<@Nullable Object[]>> parquet, byte[] diagnostics,
    byte @Nullable [] failure) {

  /** Makes the pieces of items; one instance per thread. Not thread-safe. */
  static final class Maker implements ItemPreparer<CorpusPieces> {
    private final JsonLines lines = new JsonLines();
    private final CsvRows rows = new CsvRows();

    @Override
    public CorpusPieces prepare(BatchItem item) {
      Plan plan = item.result().plan();
      if (plan == null) {
        List<@Nullable Object> row = new ArrayList<>();
        row.add(item.input().file());
        row.add(item.result().failure());
        rows.add(row);
        return new CorpusPieces(null, Map.of(), Map.of(), new byte[0], rows.take());
      }
      PlanRecord record = new PlanRecord(item.input().planId(), plan);
      byte[] planLine = lines.line(item.input().file(), record.planId(), plan, null);
      Map<CorpusTable, byte[]> csv = new EnumMap<>(CorpusTable.class);
      Map<CorpusTable, List<@Nullable Object[]>> parquet = new EnumMap<>(CorpusTable.class);
      for (CorpusTable table : CorpusTable.values()) {
        List<List<@Nullable Object>> tableRows = table.rows(record);
        List<@Nullable Object[]> values = new ArrayList<>(tableRows.size());
        for (List<@Nullable Object> row : tableRows) {
          rows.add(row);
          values.add(ParquetTableWriter.values(table.columns(), row));
        }
        csv.put(table, rows.take());
        parquet.put(table, values);
      }
      for (Diagnostic d : plan.diagnostics()) {
        rows.add(Arrays.asList(record.planId(), d.severity().name(), d.code(), d.line(),
            d.column(), d.span().start(), d.span().end(), d.message()));
      }
      return new CorpusPieces(planLine, csv, parquet, rows.take(), null);
    }
  }

  /** Checks that no component is null. */
  public CorpusPieces {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(parquet, "parquet");
    Objects.requireNonNull(diagnostics, "diagnostics");
  }
}
