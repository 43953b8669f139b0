package io.github.policytasks.examples.corpus;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table as CSV for Excel and scripts: UTF-8 with a byte-order mark, a header row of
 * column names, fields quoted where RFC 4180 requires, lines ended by CRLF; an absent value is an
 * empty field, a decimal is written in plain notation. Not thread-safe.
 */
final class CsvTableWriter implements Closeable {
  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private final Writer writer;
  private final SequenceWriter rows;

  /** A table in {@code file} (created or replaced) with the {@code header} row. */
  CsvTableWriter(Path file, List<String> header) throws IOException {
    this.writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    writer.write('\uFEFF');
    this.rows = MAPPER.writer(SCHEMA).writeValues(writer);
    rows.write(header);
  }

  /** Writes one row, values in header order. */
  void write(List<@Nullable Object> values) throws IOException {
    List<String> fields = new ArrayList<>(values.size());
    for (Object value : values) {
      fields.add(text(value));
    }
    rows.write(fields);
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value.toString();
  }

  @Override
  public void close() throws IOException {
    rows.close();
    writer.close();
  }
}
