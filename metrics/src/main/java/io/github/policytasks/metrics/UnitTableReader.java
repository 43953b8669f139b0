package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a unit table in the format of {@code units.txt} into a {@link UnitCatalogue.Builder}:
 * lines {@code symbol dimension factor canonical [aliases]}, {@code @magnitude prefix factor} and
 * {@code @bare classifier},
 * {@code #} starting a comment. Runs once per catalogue, never on a lookup path. Stateless.
 */
final class UnitTableReader {
  private UnitTableReader() {}

  /**
   * Adds every line of {@code table} to {@code builder}.
   *
   * @throws IllegalArgumentException naming {@code source} and the line when a line is malformed
   * @throws UncheckedIOException if reading fails
   */
  static void read(Reader table, String source, UnitCatalogue.Builder builder) {
    BufferedReader reader = new BufferedReader(table);
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!content.isEmpty()) {
          readLine(content, source, lineNumber, builder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read unit table " + source, e);
    }
  }

  /**
   * The fields of {@code content} (stripped, not empty), split at runs of white space ({@code
   * \s}: space, tab, line breaks, vertical tab, form feed) by hand: a regular expression per
   * line cost a cold start more than the line's own work.
   */
  private static String[] fields(String content) {
    List<String> fields = new ArrayList<>(5);
    int i = 0;
    while (i < content.length()) {
      int start = i;
      while (i < content.length() && !isSpace(content.charAt(i))) {
        i++;
      }
      fields.add(content.substring(start, i));
      while (i < content.length() && isSpace(content.charAt(i))) {
        i++;
      }
    }
    return fields.toArray(new String[0]);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void readLine(
      String content, String source, int lineNumber, UnitCatalogue.Builder builder) {
    String[] fields = fields(content);
    try {
      if (fields[0].equals("@magnitude")) {
        if (fields.length != 3) {
          throw new IllegalArgumentException("expected \"@magnitude prefix factor\"");
        }
        builder.addMagnitude(fields[1], Amount.parse(fields[2]));
        return;
      }
      if (fields[0].equals("@bare")) {
        if (fields.length != 2) {
          throw new IllegalArgumentException("expected \"@bare classifier\"");
        }
        builder.bareCounts(fields[1]);
        return;
      }
      if (fields.length < 4 || fields.length > 5) {
        throw new IllegalArgumentException(
            "expected \"symbol dimension factor canonical [aliases]\", found " + fields.length
                + " fields");
      }
      Dimension dimension;
      try {
        dimension = Dimension.valueOf(fields[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown dimension \"" + fields[1] + "\"");
      }
      String[] aliases = fields.length == 5 ? fields[4].split(",") : new String[0];
      builder.add(fields[0], dimension, fields[2], fields[3], aliases);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          source + " line " + lineNumber + ": " + e.getMessage() + " in \"" + content + "\"", e);
    }
  }
}
