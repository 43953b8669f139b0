/**
 * Units, exact normalisation, quantity arithmetic and target checks: {@link
 * io.github.policytasks.metrics.UnitCatalogue}, {@link io.github.policytasks.metrics.Normalizer},
 * {@link io.github.policytasks.metrics.TargetChecker} and the readers of written figures and bound
 * words.
 *
 * <p>The package {@code lexicon}, the word lists and scanners that the parser and the renderer
 * share with this module, is exported to those two modules only: it is not part of the API.
 */
// Immutables has no module descriptor (automatic module), and is read at compile time only
@SuppressWarnings("requires-automatic")
module io.github.policytasks.metrics {
  requires transitive io.github.policytasks.core;
  // TargetChecker.bounds() returns a Guava Range
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.policytasks.metrics;
  exports io.github.policytasks.metrics.lexicon to
      io.github.policytasks.parser,
      io.github.policytasks.render;
}
