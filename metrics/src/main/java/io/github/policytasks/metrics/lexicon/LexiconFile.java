package io.github.policytasks.metrics.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one vocabulary resource of this package: one row a line, fields separated by runs of
 * spaces or tabs, and every row ending in a comment ({@code #} after a space) that says where the
 * row comes from (a section of the annotation guide or a kind of document). Blank lines and lines
 * that start with {@code #} are comments. A row without its comment, or with the wrong number of
 * fields, is an error naming the resource and the line. Runs once per vocabulary, at class
 * initialisation: the resource is read whole and split by hand (a {@code BufferedReader} and a
 * regular expression per row cost a cold start more than the rows' own work). Stateless.
 */
final class LexiconFile {
  private LexiconFile() {}

  /** One row: its fields, its comment, and where it stands. */
  record Row(List<String> fields, String comment, String resource, int line) {
    /** The field at {@code index}. */
    String field(int index) {
      return fields.get(index);
    }

    /** An error about this row. */
    IllegalStateException error(String message) {
      return new IllegalStateException(
          resource + " line " + line + ": " + message + " in " + fields);
    }
  }

  /**
   * The rows of the resource {@code name} next to this class, each with between {@code minFields}
   * and {@code maxFields} fields.
   *
   * @throws IllegalStateException naming the resource and line of a malformed row, or when the
   *     resource is missing
   */
  static List<Row> read(String name, int minFields, int maxFields) {
    InputStream in = LexiconFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Lexicon resource " + name + " is missing from the class path");
    }
    String text;
    try (in) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon resource " + name, e);
    }
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (int start = 0; start < text.length(); ) {
      int end = lineEnd(text, start);
      String line = text.substring(start, end);
      start = nextLine(text, end);
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int hash = commentStart(line);
      if (hash < 0) {
        throw new IllegalStateException(
            name + " line " + number + ": a row must end in a comment saying where it comes from: \""
                + line + "\"");
      }
      String comment = line.substring(hash + 1).strip();
      List<String> fields = fields(line.substring(0, hash).strip());
      Row row = new Row(fields, comment, name, number);
      if (fields.size() < minFields || fields.size() > maxFields || comment.isEmpty()) {
        throw row.error("expected " + minFields + (minFields == maxFields ? "" : "-" + maxFields)
            + " fields and a comment");
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  /** The end of the line that starts at {@code start}: the next CR or LF, or the end. */
  private static int lineEnd(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** The start of the line after the one ending at {@code end} (a CR LF pair ends one line). */
  private static int nextLine(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n'
        ? end + 2 : end + 1;
  }

  /**
   * The fields of {@code content} (stripped: it neither starts nor ends with a space), split at
   * runs of spaces and tabs; one empty field when it is empty.
   */
  private static List<String> fields(String content) {
    List<String> fields = new ArrayList<>(4);
    int i = 0;
    while (true) {
      int start = i;
      while (i < content.length() && !isSeparator(content.charAt(i))) {
        i++;
      }
      fields.add(content.substring(start, i));
      while (i < content.length() && isSeparator(content.charAt(i))) {
        i++;
      }
      if (i >= content.length()) {
        return List.copyOf(fields);
      }
    }
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t';
  }

  /** The offset of the {@code #} that starts the row's comment: the first one after a space or tab. */
  private static int commentStart(String line) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      char before = line.charAt(i - 1);
      if (c == '#' && (before == ' ' || before == '\t')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The words of a one-column word list {@code name}, each in folded form ({@link #folded}), in
   * file order, each meaning {@code true}; an error on a word listed twice.
   */
  static Map<String, Boolean> wordSet(String name) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (Row row : read(name, 1, 1)) {
      if (words.put(folded(row, row.field(0)), Boolean.TRUE) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return words;
  }

  /**
   * The rows of {@code name} as a map from each row's folded first field to the constant of
   * {@code type} its second field names, in file order; an error on a {@code what} listed twice.
   */
  static <E extends Enum<E>> Map<String, E> keyedConstants(String name, Class<E> type, String what) {
    Map<String, E> map = new LinkedHashMap<>();
    for (Row row : read(name, 2, 2)) {
      if (map.put(folded(row, row.field(0)), constant(row, row.field(1), type)) != null) {
        throw row.error(what + " listed twice");
      }
    }
    return map;
  }

  /**
   * {@code word} when it is already in folded form; otherwise an error, since a word that folding
   * changes could never match the folded text it is looked up in.
   */
  static String folded(Row row, String word) {
    if (!Folding.fold(word).equals(word)) {
      throw row.error("\"" + word + "\" is not in folded form (\"" + Folding.fold(word)
          + "\"); it could never match folded text");
    }
    return word;
  }

  /** The one character of a field meant to hold one. */
  static char single(Row row, String field) {
    if (field.length() != 1) {
      throw row.error("expected one character, found \"" + field + "\"");
    }
    return field.charAt(0);
  }

  /** The constant of {@code type} a field names in lower case with hyphens ({@code responsible-department}). */
  static <E extends Enum<E>> E constant(Row row, String field, Class<E> type) {
    try {
      return Enum.valueOf(type, field.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.error("\"" + field + "\" is not one of " + java.util.Arrays.toString(
          type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }
}
