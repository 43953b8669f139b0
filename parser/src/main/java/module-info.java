/**
 * Plan text to annotated {@link io.github.policytasks.core.Plan}, with source spans and
 * diagnostics: {@link io.github.policytasks.parser.PlanParser}, {@link
 * io.github.policytasks.parser.TargetExtractor}, and the corpus tables of many plans (package
 * {@code corpus}).
 */
module io.github.policytasks.parser {
  requires transitive io.github.policytasks.core;
  requires transitive io.github.policytasks.metrics;
  requires static transitive org.jspecify;

  exports io.github.policytasks.parser;
  exports io.github.policytasks.parser.corpus;
}
