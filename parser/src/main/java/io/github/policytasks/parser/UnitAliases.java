package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The alias table of responsible units: known short forms and their full names, loaded from the
 * commented resource {@code unit-aliases.tsv}. A form without a level prefix applies after any
 * place prefix, so {@code 发改局 → 发展和改革局} turns {@code 县发改局} into {@code 县发展和改革局}.
 * Immutable and thread-safe.
 */
final class UnitAliases {
  private static final String RESOURCE = "unit-aliases.tsv";
  private static final int PLACE_PREFIX_LIMIT = 12;
  private static final UnitAliases DEFAULT = load();

  private final Map<String, String> aliases;

  private UnitAliases(Map<String, String> aliases) {
    this.aliases = Map.copyOf(aliases);
  }

  /** The table shipped with the library. */
  static UnitAliases defaults() {
    return DEFAULT;
  }

  /** This table with {@code extra} aliases (short form → full name) added or overriding. */
  UnitAliases with(Map<String, String> extra) {
    Map<String, String> merged = new HashMap<>(aliases);
    extra.forEach((alias, full) -> merged.put(Folding.fold(alias), full));
    return new UnitAliases(merged);
  }

  private static UnitAliases load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = UnitAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the parser jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + " is not \"alias<TAB>full name\": \"" + line + "\"");
        }
        map.put(Folding.fold(line.substring(0, tab).strip()), line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new UnitAliases(map);
  }

  /**
   * The full name of the unit written {@code name}, or null when the table knows no other name
   * for it.
   */
  @Nullable String canonical(String name) {
    String folded = Folding.fold(name);
    String whole = aliases.get(folded);
    if (whole != null) {
      return whole.equals(name) ? null : whole;
    }
    int limit = Math.min(folded.length() - 1, PLACE_PREFIX_LIMIT);
    for (int i = 0; i < limit; i++) {
      char c = folded.charAt(i);
      if (c == '省' || c == '市' || c == '县' || c == '区') {
        String full = aliases.get(folded.substring(i + 1));
        if (full != null) {
          String canonical = name.substring(0, i + 1) + full;
          return canonical.equals(name) ? null : canonical;
        }
      }
    }
    return null;
  }
}
