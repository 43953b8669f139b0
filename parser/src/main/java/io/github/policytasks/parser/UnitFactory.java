package io.github.policytasks.parser;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the {@link LeadUnit} of a unit name as written: its canonical name from the alias table
 * when it knows one, and the level and kind the name shows. The units of the first {@value
 * #KEPT_NAMES} names it is asked for are kept and given again for the same name, in every later
 * parse of the parser that owns the factory: plans of one corpus name the same units again and
 * again, and a unit depends on nothing but its name and the alias table. Thread-safe.
 */
final class UnitFactory {
  /** The most names whose units are kept. */
  static final int KEPT_NAMES = 4096;

  private final UnitAliases aliases;
  /** The units made so far, by name as written. */
  private final Map<String, LeadUnit> made = new ConcurrentHashMap<>();

  UnitFactory(UnitAliases aliases) {
    this.aliases = aliases;
  }

  /** How many characters of group words may follow a closing {@code 等} ({@code 等国务院有关部门和单位}). */
  private static final int MAX_GROUP_AFTER_ETC = 10;

  /** How unit names end ({@code unit-endings.txt}): the group words that may follow {@code 等}. */
  private static final WordTable<UnitEnding> ENDINGS = NoteWords.unitEndings();

  /**
   * The name without a closing {@code 等} and the group words after it ({@code 区自然资源分局等},
   * {@code 县财政局等有关部门}; the group words are the {@code group} rows of {@code unit-endings.txt},
   * as the note reader uses them), for classifying only.
   */
  private static String withoutTrailingEtc(String folded) {
    int end = folded.length();
    for (int at = end - 1; at > 1 && at >= end - 1 - MAX_GROUP_AFTER_ETC; at--) {
      if (folded.charAt(at) != '等') {
        continue;
      }
      WordTable.Match<UnitEnding> group = at + 1 == end ? null : ENDINGS.matchEndingAt(folded, end, at + 1);
      if (at + 1 == end || group != null && group.meaning() == UnitEnding.GROUP) {
        return folded.substring(0, at);
      }
    }
    return folded;
  }

  /** The unit written {@code name} (no surrounding spaces). */
  LeadUnit unit(String name) {
    LeadUnit unit = made.get(name);
    if (unit == null) {
      unit = make(name);
      if (made.size() < KEPT_NAMES) {
        made.putIfAbsent(name, unit);
      }
    }
    return unit;
  }

  private LeadUnit make(String name) {
    String canonical = aliases.canonical(name);
    String folded = withoutTrailingEtc(Folding.fold(canonical != null ? canonical : name));
    return LeadUnit.builder()
        .name(name)
        .canonicalName(canonical)
        .level(UnitClassifier.level(folded))
        .kind(UnitClassifier.kind(folded))
        .build();
  }
}
