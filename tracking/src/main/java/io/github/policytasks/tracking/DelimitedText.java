package io.github.policytasks.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into {@link SheetRow}s: CSV (RFC 4180: fields optionally in double quotes
 * with {@code ""} for a quote; quoted fields may span lines) or TSV, the delimiter being whichever
 * of tab and comma the first non-blank line holds more of. Line breaks are CRLF, LF or CR; each
 * row carries the 1-based line it starts on. Linear in the input. Stateless and thread-safe.
 */
final class DelimitedText {
  private DelimitedText() {}

  /** Tab when the first non-blank line has more tabs than commas, else comma. */
  static char delimiterOf(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        long tabs = line.chars().filter(c -> c == '\t').count();
        long commas = line.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
      }
      start = end + 1;
    }
    return ',';
  }

  /**
   * The rows of {@code text} split at {@code delimiter}; a final line break starts no row.
   *
   * @throws ActualsFormatException naming {@code source} and the line of a quote never closed
   */
  static List<SheetRow> rows(String text, char delimiter, String source) {
    List<SheetRow> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new ActualsFormatException(source,
                "a quoted field opened on line " + quoteLine + " is never closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          field.append(q);
          i++;
        }
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new SheetRow(rowLine, fields));
        fields.clear();
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new SheetRow(rowLine, fields));
    }
    return rows;
  }
}
