package io.github.policytasks.examples.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads actual figures from CSV text: one row per target, {@code t47.g1,1550000亩}. A first row
 * whose first field is {@code target}, {@code targetId} or {@code id} is a header; blank rows and
 * rows starting with {@code #} are skipped; a leading byte-order mark is ignored; fields may be
 * quoted. Every other row must hold a target id ({@code t12.g3}) and a non-empty figure, and no
 * id may appear twice; anything else fails with an {@link ActualsFormatException} naming the
 * line. Stateless and thread-safe.
 */
public final class ActualsCsv {
  private static final Pattern TARGET_ID = Pattern.compile("t[0-9]+\\.g[1-9][0-9]*");
  private static final Set<String> HEADER_NAMES = Set.of("target", "targetid", "target_id", "id");

  private ActualsCsv() {}

  /**
   * The actuals in {@code csv}, read from the file named {@code file} (for messages).
   *
   * @throws ActualsFormatException naming the line of the first row that is not an actual
   */
  public static List<Actual> read(String file, String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<CsvRecords.CsvRecord> records;
    try {
      records = CsvRecords.read(text);
    } catch (CsvRecords.UnclosedQuoteException e) {
      throw new ActualsFormatException(file, e.line, "not valid CSV: " + e.getMessage());
    }
    List<Actual> actuals = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean first = true;
    for (CsvRecords.CsvRecord record : records) {
      List<String> row = record.fields();
      boolean skip = isBlank(row) || row.get(0).strip().startsWith("#")
          || (first && HEADER_NAMES.contains(row.get(0).strip().toLowerCase(Locale.ROOT)));
      first = false;
      if (!skip) {
        actuals.add(actual(file, row, record.line(), seen));
      }
    }
    return List.copyOf(actuals);
  }

  private static Actual actual(String file, List<String> row, int line, Set<String> seen) {
    if (row.size() != 2) {
      throw new ActualsFormatException(file, line,
          "expected 2 fields (target id, actual figure), found " + row.size());
    }
    String id = row.get(0).strip();
    String figure = row.get(1).strip();
    if (!TARGET_ID.matcher(id).matches()) {
      throw new ActualsFormatException(file, line,
          "\"" + id + "\" is not a target id such as t47.g1");
    }
    if (figure.isEmpty()) {
      throw new ActualsFormatException(file, line, "no actual figure for " + id);
    }
    if (!seen.add(id)) {
      throw new ActualsFormatException(file, line, id + " has a second actual figure");
    }
    return new Actual(id, figure, line);
  }

  private static boolean isBlank(List<String> row) {
    for (String field : row) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
