package io.github.policytasks.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The word lists generated plans draw from, read from the commented test resources in {@code
 * vocabulary/} (each file says where its words come from): responsible units, task titles,
 * places, issuing offices, plan themes and the filler sentences with their traps. One entry per
 * line; {@code #} starts a comment line; blank lines are skipped.
 */
final class Vocabulary {
  /** A sentence of task text with what it tests and, for a deadline word, the month it names. */
  record Filler(String kind, String text, int deadlineMonth) {}

  static final List<String> UNITS = words("units.txt");
  static final List<String> TITLES = words("titles.txt");
  static final List<String> REGIONS = words("regions.txt");
  static final List<String> OFFICES = words("offices.txt");
  static final List<String> THEMES = words("themes.txt");
  static final List<Filler> FILLERS = fillers();

  private Vocabulary() {}

  static List<String> words(String name) {
    String resource = "vocabulary/" + name;
    try (InputStream in = Objects.requireNonNull(
            Vocabulary.class.getResourceAsStream(resource), "missing test resource " + resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> words = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static List<Filler> fillers() {
    List<Filler> fillers = new ArrayList<>();
    for (String row : words("fillers.txt")) {
      String[] columns = row.split("\t", -1);
      if (columns.length != 2) {
        throw new IllegalStateException("fillers.txt: not kind<TAB>text: " + row);
      }
      String kind = columns[0];
      int month = kind.startsWith("deadline:") ? Integer.parseInt(kind.substring("deadline:".length())) : 0;
      fillers.add(new Filler(kind, columns[1], month));
    }
    return List.copyOf(fillers);
  }
}
