package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.ledger.LedgerFormat;
import io.github.policytasks.tracking.ledger.LedgerRow;
import io.github.policytasks.tracking.ledger.TableRenderer;
import io.github.policytasks.tracking.ledger.XlsxLedgerWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where and how a command writes ledger rows: {@code --format}, {@code -o FILE}, and for the
 * table the width ({@code --width N}, {@code --wide}; else {@code COLUMNS}, else the terminal's,
 * else 120).
 */
final class LedgerOutput {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, json, markdown or xlsx (xlsx needs -o; default: ${DEFAULT-VALUE}).")
  LedgerFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Option(names = "--width", paramLabel = "N",
      description = "Fit the table into N columns (default: COLUMNS, the terminal's width, or 120).")
  @Nullable Integer width;

  @Option(names = "--wide", description = "Never wrap the table's titles, units and subjects.")
  boolean wide;

  /** Writes {@code rows} as asked, to {@code out} unless {@code -o} names a file. */
  void write(List<LedgerRow> rows, PrintWriter out) throws IOException {
    if (format == LedgerFormat.XLSX) {
      if (output == null) {
        throw new CliException("--format xlsx writes a workbook: give -o FILE.xlsx");
      }
      try (OutputStream file = Files.newOutputStream(output)) {
        new XlsxLedgerWriter().write(rows, file);
      }
      return;
    }
    StringBuilder text = new StringBuilder();
    (format == LedgerFormat.TABLE ? table() : format.renderer()).render(rows, text);
    if (output == null) {
      out.print(text);
    } else {
      Files.writeString(output, text);
    }
  }

  private TableRenderer table() {
    if (wide) {
      return TableRenderer.ofWidth(Integer.MAX_VALUE);
    }
    if (width != null) {
      if (width < 1) {
        throw new CliException("--width " + width + " is not a positive number of columns");
      }
      return TableRenderer.ofWidth(width);
    }
    return TableRenderer.ofWidth(TerminalWidth.detect());
  }
}
