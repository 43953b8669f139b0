package io.github.policytasks.parser;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.metrics.lexicon.Folding;

/**
 * Makes the {@link LeadUnit} of a unit name as written: its canonical name from the alias table
 * when it knows one, and the level and kind the name shows. Immutable and thread-safe.
 */
final class UnitFactory {
  private final UnitAliases aliases;

  UnitFactory(UnitAliases aliases) {
    this.aliases = aliases;
  }

  /** The name without a closing {@code 等} ({@code 区自然资源分局等}), for classifying only. */
  private static String withoutTrailingEtc(String folded) {
    for (String etc : new String[] {"等单位", "等部门", "等"}) {
      if (folded.length() > etc.length() + 1 && folded.endsWith(etc)) {
        return folded.substring(0, folded.length() - etc.length());
      }
    }
    return folded;
  }

  /** The unit written {@code name} (no surrounding spaces). */
  LeadUnit unit(String name) {
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
