package io.github.policytasks.examples.corpus;

import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.TableColumn;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a corpus as tables into a folder, the {@link CorpusPieces} of one item at a time, in
 * order:
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

  /** {@return a maker of the pieces this writer writes, for one reading thread} */
  public static ItemPreparer<CorpusPieces> preparer() {
    return new CorpusPieces.Maker();
  }

  /** Writes the pieces of one item, made by a {@link #preparer()}, to the files they belong in. */
  public void write(CorpusPieces made) throws IOException {
    byte[] failure = made.failure();
    if (failure != null) {
      guard("failures.csv", () -> failures.write(failure));
      return;
    }
    byte[] planLine = Objects.requireNonNull(made.planLine(), "planLine");
    guard("plans.jsonl", () -> plansOut.write(planLine));
    for (CorpusTable table : CorpusTable.values()) {
      byte[] csvRows = made.csv().get(table);
      guard(table.tableName() + ".csv", () -> csv.get(table).write(csvRows));
      List<@Nullable Object[]> rows = made.parquet().get(table);
      guard(table.tableName() + ".parquet", () -> {
        for (@Nullable Object[] row : rows) {
          parquet.get(table).write(row);
        }
      });
    }
    guard("diagnostics.csv", () -> diagnostics.write(made.diagnostics()));
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
}
