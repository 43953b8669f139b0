/**
 * The seed plan, embedded: {@link io.github.policytasks.seeds.Seeds} gives its annotated {@link
 * io.github.policytasks.core.Plan} and the text its spans point into.
 */
module io.github.policytasks.seeds {
  requires transitive io.github.policytasks.core;
  requires static transitive org.jspecify;

  exports io.github.policytasks.seeds;
}
