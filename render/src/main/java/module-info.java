/**
 * {@link io.github.policytasks.core.Plan} to document text in the layouts of the genre: {@link
 * io.github.policytasks.render.PlanRenderer} and {@link io.github.policytasks.render.RenderStyle}.
 */
module io.github.policytasks.render {
  requires transitive io.github.policytasks.core;
  requires io.github.policytasks.metrics;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.policytasks.render;
}
