package io.github.policytasks.examples.corpus;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.PlanRecord;
import io.github.policytasks.parser.corpus.TableColumn;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a corpus as tables into a folder, one {@link BatchItem} at a time, in order:
 *
 * <ul>
 *   <li>{@code plans.jsonl}: {@code {"file":…,"plan_id":…,"plan":{…}}} per plan read;
 *   <li>{@code tasks.csv}, {@code targets.csv}: the {@link CorpusTable} rows, UTF-8 with a BOM;
 *   <li>{@code tasks.parquet}, {@code targets.parquet}: the same rows in Parquet;
 *   <li>{@code diagnostics.csv}: {@value #DIAGNOSTIC_HEADER};
 *   <li>{@code failures.csv}: {@code path,reason} per file that could not be read.
 * </ul>
 *
 * <p>Every failed write throws an {@link OutputFileException} naming the file. Not thread-safe.
 */
public final class CorpusWriter implements Closeable {
  /** The columns of {@code diagnostics.csv}. */
  public static final String DIAGNOSTIC_HEADER =
      "plan_id,severity,code,line,column,start,end,message";

  private final Path folder;
  private final OutputStream plansOut;
  private final JsonLines plans;
  private final Map<CorpusTable, CsvTableWriter> csv = new EnumMap<>(CorpusTable.class);
  private final Map<CorpusTable, ParquetTableWriter> parquet = new EnumMap<>(CorpusTable.class);
  private final CsvTableWriter diagnostics;
  private final CsvTableWriter failures;

  /** Creates {@code folder} if needed and opens its files, replacing earlier ones. */
  public CorpusWriter(Path folder) throws IOException {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputFileException(folder, e);
    }
    Path plansFile = folder.resolve("plans.jsonl");
    this.plansOut = new BufferedOutputStream(Files.newOutputStream(plansFile), 1 << 16);
    this.plans = guard(plansFile, () -> new JsonLines(new FlushAtClose(plansOut)));
    for (CorpusTable table : CorpusTable.values()) {
      Path csvFile = folder.resolve(table.tableName() + ".csv");
      List<String> header = table.columns().stream().map(TableColumn::name).toList();
      csv.put(table, guard(csvFile, () -> new CsvTableWriter(csvFile, header)));
      Path parquetFile = folder.resolve(table.tableName() + ".parquet");
      parquet.put(table, guard(parquetFile, () -> new ParquetTableWriter(parquetFile, table)));
    }
    Path diagnosticsFile = folder.resolve("diagnostics.csv");
    this.diagnostics = guard(diagnosticsFile, () -> new CsvTableWriter(diagnosticsFile,
        Arrays.asList(DIAGNOSTIC_HEADER.split(","))));
    Path failuresFile = folder.resolve("failures.csv");
    this.failures = guard(failuresFile,
        () -> new CsvTableWriter(failuresFile, List.of("path", "reason")));
  }

  /** Writes what {@code item} holds to the files it belongs in. */
  public void write(BatchItem item) throws IOException {
    Plan plan = item.result().plan();
    if (plan == null) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(item.input().file());
      row.add(item.result().failure());
      guard("failures.csv", () -> failures.write(row));
      return;
    }
    PlanRecord record = new PlanRecord(item.input().planId(), plan);
    guard("plans.jsonl", () -> plans.write(item.input().file(), record.planId(), plan, null));
    for (CorpusTable table : CorpusTable.values()) {
      List<List<@Nullable Object>> rows = table.rows(record);
      guard(table.tableName() + ".csv", () -> {
        for (List<@Nullable Object> row : rows) {
          csv.get(table).write(row);
        }
      });
      guard(table.tableName() + ".parquet", () -> {
        for (List<@Nullable Object> row : rows) {
          parquet.get(table).write(row);
        }
      });
    }
    for (Diagnostic d : plan.diagnostics()) {
      List<@Nullable Object> row = Arrays.asList(record.planId(), d.severity().name(), d.code(),
          d.line(), d.column(), d.span().start(), d.span().end(), d.message());
      guard("diagnostics.csv", () -> diagnostics.write(row));
    }
  }

  @Override
  public void close() throws IOException {
    guard("plans.jsonl", plansOut::close);
    for (CorpusTable table : CorpusTable.values()) {
      guard(table.tableName() + ".csv", csv.get(table)::close);
      guard(table.tableName() + ".parquet", parquet.get(table)::close);
    }
    guard("diagnostics.csv", diagnostics::close);
    guard("failures.csv", failures::close);
  }

  private interface Action {
    void run() throws IOException;
  }

  private interface Opener<T> {
    T open() throws IOException;
  }

  private void guard(String file, Action action) throws IOException {
    try {
      action.run();
    } catch (OutputFileException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputFileException(folder.resolve(file), e);
    }
  }

  private static <T> T guard(Path file, Opener<T> opener) throws IOException {
    try {
      return opener.open();
    } catch (IOException e) {
      throw new OutputFileException(file, e);
    }
  }

  /** Passes writes through and flushes only when closed: lines reach the file in 64 KB blocks. */
  private static final class FlushAtClose extends java.io.FilterOutputStream {
    FlushAtClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() {}
  }
}
