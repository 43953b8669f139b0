package io.github.policytasks.tracking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The roles a column of an actuals sheet can play, found by its header: the target id, the actual
 * figure, and the date it stands at. The header words are data ({@code actuals-headers.txt}, each
 * row saying where the word comes from); any other column is ignored.
 */
enum ActualsColumn {
  /** The target id, {@code t47.g1}. */
  TARGET,
  /** The actual figure, {@code 52万千瓦}. */
  ACTUAL,
  /** The date the figure stands at. */
  DATE;

  private static final Map<String, ActualsColumn> HEADERS = load();

  /** The role of a column headed {@code header}, or {@code null} when it plays none. */
  static @Nullable ActualsColumn of(String header) {
    return HEADERS.get(key(header));
  }

  /** The header as matched: trimmed, lower case, no spaces, a bracketed unit at the end dropped. */
  static String key(String header) {
    String key = header.strip().replace("\uFEFF", "").replaceAll("[\\s\u3000]+", "")
        .toLowerCase(Locale.ROOT);
    int bracket = Math.max(key.lastIndexOf('('), key.lastIndexOf('（'));
    if (bracket > 0 && (key.endsWith(")") || key.endsWith("）"))) {
      key = key.substring(0, bracket);
    }
    return key;
  }

  /** The 0-based column of each role in {@code header}, the first match winning. */
  static Map<ActualsColumn, Integer> find(List<String> header) {
    Map<ActualsColumn, Integer> columns = new EnumMap<>(ActualsColumn.class);
    for (int i = 0; i < header.size(); i++) {
      ActualsColumn role = of(header.get(i));
      if (role != null) {
        columns.putIfAbsent(role, i);
      }
    }
    return columns;
  }

  private static Map<String, ActualsColumn> load() {
    Map<String, ActualsColumn> headers = new HashMap<>();
    InputStream in = Objects.requireNonNull(
        ActualsColumn.class.getResourceAsStream("actuals-headers.txt"), "actuals-headers.txt");
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String row = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (row.isEmpty()) {
          continue;
        }
        String[] parts = row.split("\\s+");
        headers.put(key(parts[1]), valueOf(parts[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(headers);
  }
}
