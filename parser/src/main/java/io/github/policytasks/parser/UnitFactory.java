package io.github.policytasks.parser;

import io.github.policytasks.core.LeadUnit;

/**
 * Makes the {@link LeadUnit} of a unit name as written: its canonical name from the alias table
 * when it knows one, and the level and kind the name shows. Immutable and thread-safe.
 */
final class UnitFactory {
  private final UnitAliases aliases;

  UnitFactory(UnitAliases aliases) {
    this.aliases = aliases;
  }

  /** The unit written {@code name} (no surrounding spaces). */
  LeadUnit unit(String name) {
    String canonical = aliases.canonical(name);
    String folded = TextFold.fold(canonical != null ? canonical : name);
    return LeadUnit.builder()
        .name(name)
        .canonicalName(canonical)
        .level(UnitClassifier.level(folded))
        .kind(UnitClassifier.kind(folded))
        .build();
  }
}
