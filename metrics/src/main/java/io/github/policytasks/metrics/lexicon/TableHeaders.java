package io.github.policytasks.metrics.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header words of a task table and the field each column fills (annotation guide §6,
 * Tables), from {@code table-headers.txt}. Headers are looked up folded, spaces removed.
 * Immutable and thread-safe.
 */
public final class TableHeaders {
  private static final Map<String, ColumnField> HEADERS =
      LexiconFile.keyedConstants("table-headers.txt", ColumnField.class, "header");

  private TableHeaders() {}

  /**
   * {@return the field of the column headed exactly {@code header} (folded, spaces removed), or
   * null}
   *
   * @param header the column heading, when the problem lies in a column
   */
  public static @Nullable ColumnField field(String header) {
    return HEADERS.get(header);
  }

  /**
   * {@return the headers of {@code field}, in the order of the data file}
   *
   * @param field a field of the task table
   */
  public static List<String> headers(ColumnField field) {
    List<String> headers = new ArrayList<>();
    HEADERS.forEach((header, f) -> {
      if (f == field) {
        headers.add(header);
      }
    });
    return List.copyOf(headers);
  }
}
