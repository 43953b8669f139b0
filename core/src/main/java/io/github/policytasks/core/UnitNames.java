package io.github.policytasks.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which written names denote the same responsible unit: a table of short forms and their full
 * names ({@code 发改局 → 发展和改革局}), where a form without a level prefix applies after any
 * place prefix, so {@code 县发改局} and {@code 县发展和改革局} name one unit. The default table is
 * the commented resource {@value #RESOURCE} shipped in this jar (annotation guide §2); {@link
 * #with} adds a caller's own aliases. The plan's queries ({@link Plan#tasksLedBy(String)}…) match
 * names through the default table. Immutable and thread-safe.
 */
public final class UnitNames {
  /** The classpath resource holding the default table: short form, a tab, full name. */
  public static final String RESOURCE = "/io/github/policytasks/core/unit-aliases.tsv";

  /** How far into a name a place prefix ({@code 嘉祥县}) may reach. */
  private static final int PLACE_PREFIX_LIMIT = 12;

  private static final UnitNames DEFAULTS = new UnitNames(load());

  private final Map<String, String> aliases;

  private UnitNames(Map<String, String> aliases) {
    this.aliases = Map.copyOf(aliases);
  }

  /** {@return the table shipped with the library} */
  public static UnitNames defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a table holding only {@code aliases} (short form → full name)}
   *
   * @param aliases written names mapped to their canonical full names
   */
  public static UnitNames of(Map<String, String> aliases) {
    Map<String, String> copy = new LinkedHashMap<>();
    aliases.forEach((alias, full) -> copy.put(checked(alias, full), full.strip()));
    return new UnitNames(copy);
  }

  /**
   * {@return this table with {@code alias} → {@code fullName} added, or replacing an alias of that
   * form}
   *
   * @param alias the name as written
   * @param fullName the canonical full name it stands for
   */
  public UnitNames with(String alias, String fullName) {
    Map<String, String> merged = new LinkedHashMap<>(aliases);
    merged.put(checked(alias, fullName), fullName.strip());
    return new UnitNames(merged);
  }

  /** {@return every alias of the table (short form → full name), unmodifiable} */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * {@return the full name of the unit written {@code name} ({@code 县发改局 → 县发展和改革局}); empty when
   * the table knows no other name for it}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public Optional<String> canonical(String name) {
    Objects.requireNonNull(name, "name");
    String whole = aliases.get(name);
    if (whole != null) {
      return whole.equals(name) ? Optional.empty() : Optional.of(whole);
    }
    int limit = Math.min(name.length() - 1, PLACE_PREFIX_LIMIT);
    for (int i = 0; i < limit; i++) {
      char c = name.charAt(i);
      if (c == '省' || c == '市' || c == '县' || c == '区') {
        String full = aliases.get(name.substring(i + 1));
        if (full != null) {
          String canonical = name.substring(0, i + 1) + full;
          return canonical.equals(name) ? Optional.empty() : Optional.of(canonical);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@return {@code name} in its full form: its {@link #canonical} name, else itself}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public String fullName(String name) {
    return canonical(name).orElse(name);
  }

  /**
   * {@return whether {@code name} (written, short or full) denotes {@code unit}: it equals the
   * unit's written or canonical name once both sides are in their full form}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   * @param unit the unit
   */
  public boolean denotes(String name, LeadUnit unit) {
    Objects.requireNonNull(unit, "unit");
    String wanted = fullName(Objects.requireNonNull(name, "name"));
    String canonical = unit.canonicalName();
    return unit.name().equals(name) || wanted.equals(fullName(unit.name()))
        || (canonical != null && (canonical.equals(name) || wanted.equals(fullName(canonical))));
  }

  private static String checked(String alias, String fullName) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(fullName, "fullName");
    if (alias.isBlank() || fullName.isBlank()) {
      throw new IllegalArgumentException(
          "Unit alias \"" + alias + "\" → \"" + fullName + "\" has a blank side");
    }
    return alias.strip();
  }

  private static Map<String, String> load() {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream in = UnitNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the core jar");
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
        map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return map;
  }
}
