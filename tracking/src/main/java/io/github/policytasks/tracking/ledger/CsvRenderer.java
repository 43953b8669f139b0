package io.github.policytasks.tracking.ledger;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The full ledger as CSV for Excel and scripts: a byte-order mark first (so Excel reads the
 * UTF-8 Chinese text correctly), a header row of {@link LedgerColumn} keys, then one row per
 * ledger row, fields quoted where RFC 4180 requires, lines ended by CRLF. Text cells that a
 * spreadsheet would run as a formula are guarded ({@link FormulaGuard}). Stateless and
 * thread-safe.
 */
public final class CsvRenderer implements LedgerRenderer {
  /** The byte-order mark written before the header. */
  public static final char BOM = '\uFEFF';

  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    StringWriter csv = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(csv)) {
      List<String> header = new ArrayList<>();
      for (LedgerColumn column : LedgerColumn.values()) {
        header.add(column.key());
      }
      writer.write(header);
      for (LedgerRow row : rows) {
        List<String> fields = new ArrayList<>();
        for (LedgerColumn column : LedgerColumn.values()) {
          fields.add(column.safeTextOf(row));
        }
        writer.write(fields);
      }
    }
    out.append(BOM).append(csv.toString());
  }
}
