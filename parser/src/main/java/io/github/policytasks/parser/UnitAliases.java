package io.github.policytasks.parser;

import io.github.policytasks.core.UnitNames;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The alias table of responsible units as the parser matches it: the short forms and full names
 * of core's {@link UnitNames#defaults()} (the resource {@value UnitNames#RESOURCE}), the short forms
 * folded ({@link Folding}) so that full-width and Traditional spellings match. A form without a level prefix applies after any
 * place prefix, so {@code 发改局 → 发展和改革局} turns {@code 县发改局} into {@code 县发展和改革局}.
 * Immutable and thread-safe.
 */
final class UnitAliases {
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
    UnitNames.defaults().aliases().forEach((alias, full) -> map.put(Folding.fold(alias), full));
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
