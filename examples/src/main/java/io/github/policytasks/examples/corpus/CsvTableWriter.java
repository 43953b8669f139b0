package io.github.policytasks.examples.corpus;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table as CSV for Excel and scripts: UTF-8 with a byte-order mark, a header row of
 * column names, then rows made by {@link CsvRows}, copied as they come through a 64 KB buffer.
 * Not thread-safe.
 */
final class CsvTableWriter implements Closeable {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;

  /** A table in {@code file} (created or replaced) with the {@code header} row. */
  CsvTableWriter(Path file, List<String> header) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    out.write(BYTE_ORDER_MARK);
    CsvRows rows = new CsvRows();
    rows.add(new ArrayList<@Nullable Object>(header));
    out.write(rows.take());
  }

  /** Writes rows made by {@link CsvRows#take()}. */
  void write(byte[] rows) throws IOException {
    out.write(rows);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
