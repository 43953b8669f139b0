package io.github.policytasks.parser;

import io.github.policytasks.core.LeadUnit;

/**
 * The lead units one parse has made, by the name as written: a plan names the same few units again
 * and again, so a name met again is found by its text range ({@link NoteParts.Name}, its shared
 * suffix included) without building its string; only a name met for the first time is cut out of
 * the text and made into a unit. Two names with the same characters get the same {@link
 * LeadUnit}, exactly as a map keyed by the name's string gives. Belongs to one parse; not
 * thread-safe.
 */
final class UnitCache {
  private final String text;
  private String[] names = new String[32];
  private LeadUnit[] units = new LeadUnit[32];
  private int size;

  /** A cache of the names written in {@code text} (the input). */
  UnitCache(String text) {
    this.text = text;
  }

  /** The unit {@code name} writes, made by {@code factory} the first time the name is met. */
  LeadUnit unit(NoteParts.Name name, UnitFactory factory) {
    int hash = hash(name);
    int mask = names.length - 1;
    for (int slot = spread(hash) & mask; names[slot] != null; slot = (slot + 1) & mask) {
      if (names[slot].hashCode() == hash && sameChars(names[slot], name)) {
        return units[slot];
      }
    }
    String written = name.in(text);
    LeadUnit unit = factory.unit(written);
    put(written, unit);
    return unit;
  }

  private void put(String name, LeadUnit unit) {
    if (2 * (size + 1) > names.length) {
      grow();
    }
    int mask = names.length - 1;
    int slot = spread(name.hashCode()) & mask;
    while (names[slot] != null) {
      slot = (slot + 1) & mask;
    }
    names[slot] = name;
    units[slot] = unit;
    size++;
  }

  private void grow() {
    String[] oldNames = names;
    LeadUnit[] oldUnits = units;
    names = new String[oldNames.length * 2];
    units = new LeadUnit[oldNames.length * 2];
    size = 0;
    for (int i = 0; i < oldNames.length; i++) {
      if (oldNames[i] != null) {
        put(oldNames[i], oldUnits[i]);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** {@code String.hashCode} of the name's characters, suffix included, computed in place. */
  private int hash(NoteParts.Name name) {
    int h = 0;
    for (int i = name.start(); i < name.end(); i++) {
      h = 31 * h + text.charAt(i);
    }
    for (int i = name.suffixStart(); i >= 0 && i < name.suffixEnd(); i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  private boolean sameChars(String known, NoteParts.Name name) {
    int length = name.end() - name.start();
    int suffix = name.suffixStart() < 0 ? 0 : name.suffixEnd() - name.suffixStart();
    return known.length() == length + suffix
        && known.regionMatches(0, text, name.start(), length)
        && (suffix == 0 || known.regionMatches(length, text, name.suffixStart(), suffix));
  }
}
