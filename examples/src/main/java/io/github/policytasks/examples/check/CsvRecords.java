package io.github.policytasks.examples.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote, line breaks CRLF, LF or CR, quoted fields may span lines) into records, each with
 * the 1-based line it starts on. Linear in the input. Stateless and thread-safe.
 */
final class CsvRecords {
  /** One record: its fields and the 1-based line it starts on. */
  record CsvRecord(int line, List<String> fields) {}

  /** A quote left open at the end of the input, at 1-based {@code line}. */
  static final class UnclosedQuoteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    UnclosedQuoteException(int line) {
      super("a quoted field opened on line " + line + " is never closed");
      this.line = line;
    }
  }

  private CsvRecords() {}

  /** The records of {@code text}; a final line break does not start a record. */
  static List<CsvRecord> read(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new UnclosedQuoteException(quoteLine);
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
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        fields.clear();
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new CsvRecord(recordLine, List.copyOf(fields)));
    }
    return records;
  }
}
