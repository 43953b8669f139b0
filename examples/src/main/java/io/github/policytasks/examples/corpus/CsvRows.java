package io.github.policytasks.examples.corpus;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes CSV rows for Excel and scripts into UTF-8 bytes: fields quoted where RFC 4180 requires,
 * lines ended by CRLF; an absent value is an empty field, a decimal is written in plain notation.
 * Rows are made on a reading thread, their bytes later copied to the table's file in order by
 * {@link CsvTableWriter}. One instance per thread. Not thread-safe; never fails.
 */
final class CsvRows {
  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private final StringBuilder text = new StringBuilder(1 << 12);
  private final SequenceWriter rows;

  /** A maker of rows. */
  CsvRows() {
    try {
      this.rows = MAPPER.writer(SCHEMA).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .writeValues(new TextSink(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one row, values in header order. */
  void add(List<@Nullable Object> values) {
    List<String> fields = new ArrayList<>(values.size());
    for (Object value : values) {
      fields.add(text(value));
    }
    try {
      rows.write(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the UTF-8 bytes of the rows added since the last take, which are then forgotten} */
  byte[] take() {
    try {
      rows.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    text.setLength(0);
    return bytes;
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

  /** Appends what is written to a string builder. */
  private static final class TextSink extends Writer {
    private final StringBuilder text;

    TextSink(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
