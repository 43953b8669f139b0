/**
 * {@link io.github.policytasks.core.Plan} to document text in the layouts of the genre: {@link
 * io.github.policytasks.render.PlanRenderer} and {@link io.github.policytasks.render.RenderStyle}.
 */
// Immutables has no module descriptor (automatic module), and is read at compile time only
@SuppressWarnings("requires-automatic")
module io.github.policytasks.render {
  requires transitive io.github.policytasks.core;
  requires io.github.policytasks.metrics;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.policytasks.render;
}
