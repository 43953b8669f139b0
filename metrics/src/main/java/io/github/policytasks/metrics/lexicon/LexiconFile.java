package io.github.policytasks.metrics.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one vocabulary resource of this package: one row a line, fields separated by runs of
 * spaces or tabs, and every row ending in a comment ({@code #} after a space) that says where the
 * row comes from (a section of the annotation guide or a kind of document). Blank lines and lines
 * that start with {@code #} are comments. A row without its comment, or with the wrong number of
 * fields, is an error naming the resource and the line. Runs once per vocabulary, at class
 * initialisation. The build splits every list of this package into rows once, into {@link
 * LexiconBundle}'s one resource, and a run reads them from there (opening a resource costs a cold
 * start about as much as splitting it); a list the bundle lacks is read whole and split by hand (a
 * {@code BufferedReader} and a regular expression per row cost a cold start more than the rows'
 * own work). Stateless.
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
   * and {@code maxFields} fields. They come from the build's {@link LexiconBundle} when it holds
   * {@code name} (one resource for every list, split at build time), else from the resource.
   *
   * @throws IllegalStateException naming the resource and line of a malformed row, or when the
   *     resource is missing
   */
  static List<Row> read(String name, int minFields, int maxFields) {
    List<Row> rows = LexiconBundle.rows(name);
    if (rows == null) {
      String text = text(name);
      rows = rows(name, text, layout(name, text), 0);
    }
    for (Row row : rows) {
      if (row.fields().size() < minFields || row.fields().size() > maxFields
          || row.comment().isEmpty()) {
        throw row.error("expected " + minFields + (minFields == maxFields ? "" : "-" + maxFields)
            + " fields and a comment");
      }
    }
    return rows;
  }

  /** The text of the resource {@code name} next to this class, decoded as UTF-8. */
  static String text(String name) {
    InputStream in = LexiconFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Lexicon resource " + name + " is missing from the class path");
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon resource " + name, e);
    }
  }

  /**
   * Where the rows of {@code text} stand in it: the number of rows, then for each its line number,
   * the start and end of its comment, its number of fields and each field's start and end, all
   * offsets into {@code text}. Blank lines and lines that start with {@code #} are no rows.
   *
   * @throws IllegalStateException naming {@code name} and the line of a row without its comment
   */
  static int[] layout(String name, String text) {
    int[] layout = new int[64];
    int size = 1;
    int rows = 0;
    int number = 0;
    for (int start = 0; start < text.length(); ) {
      int end = lineEnd(text, start);
      int lineStart = start;
      start = nextLine(text, end);
      number++;
      int first = stripStart(text, lineStart, end);
      if (first == end || text.charAt(first) == '#') {
        continue;
      }
      int hash = commentStart(text, lineStart, end);
      if (hash < 0) {
        throw new IllegalStateException(
            name + " line " + number + ": a row must end in a comment saying where it comes from: \""
                + text.substring(lineStart, end) + "\"");
      }
      int commentStart = stripStart(text, hash + 1, end);
      int commentEnd = stripEnd(text, commentStart, end);
      int contentStart = stripStart(text, lineStart, hash);
      int contentEnd = stripEnd(text, contentStart, hash);
      if (size + 4 + 2 * (contentEnd - contentStart + 1) > layout.length) {
        layout = Arrays.copyOf(layout,
            Math.max(2 * layout.length, size + 4 + 2 * (contentEnd - contentStart + 1)));
      }
      layout[size++] = number;
      layout[size++] = commentStart;
      layout[size++] = commentEnd;
      int count = size++;
      int fields = 0;
      int i = contentStart;
      while (true) {
        int fieldStart = i;
        while (i < contentEnd && !isSeparator(text.charAt(i))) {
          i++;
        }
        layout[size++] = fieldStart;
        layout[size++] = i;
        fields++;
        while (i < contentEnd && isSeparator(text.charAt(i))) {
          i++;
        }
        if (i >= contentEnd) {
          break;
        }
      }
      layout[count] = fields;
      rows++;
    }
    layout[0] = rows;
    return Arrays.copyOf(layout, size);
  }

  /**
   * The rows of {@code text} that {@code layout} (from {@link #layout}) places, read from {@code
   * layout[from]} on.
   */
  static List<Row> rows(String name, String text, int[] layout, int from) {
    int count = layout[from];
    Row[] rows = new Row[count];
    int at = from + 1;
    for (int r = 0; r < count; r++) {
      rows[r] = rowAt(name, text, layout, at);
      at += 4 + 2 * layout[at + 3];
    }
    return List.of(rows);
  }

  private static Row rowAt(String name, String text, int[] layout, int at) {
    int fieldCount = layout[at + 3];
    String[] fields = new String[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      fields[f] = text.substring(layout[at + 4 + 2 * f], layout[at + 5 + 2 * f]);
    }
    return new Row(List.of(fields), text.substring(layout[at + 1], layout[at + 2]), name,
        layout[at]);
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

  /** The first offset in {@code [start, end)} of {@code text} that holds no white space ({@link String#strip}), or {@code end}. */
  private static int stripStart(String text, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just past the last char in {@code [start, end)} of {@code text} that is no white space, or {@code start}. */
  private static int stripEnd(String text, int start, int end) {
    int i = end;
    while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * The offset of the {@code #} that starts the comment of the line {@code [start, end)}: the
   * first one after a space or tab; -1 when there is none.
   */
  private static int commentStart(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
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
