/**
 * The domain model of key-work-task plans and its JSON contract: {@link
 * io.github.policytasks.core.Plan}, its sections, tasks, lead units and targets, exact {@link
 * io.github.policytasks.core.Amount}s, and {@link io.github.policytasks.core.PlanJson}.
 */
// Immutables has no module descriptor (automatic module), and is read at compile time only
@SuppressWarnings("requires-automatic")
module io.github.policytasks.core {
  // PlanJson.newMapper() returns Jackson's ObjectMapper and its exceptions extend Jackson's:
  // a user of the contract reads Jackson without naming it (databind brings core and annotations)
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  // type-use nullness annotations in public signatures; optional at run time
  requires static transitive org.jspecify;
  // annotations read by the Immutables processor at compile time only
  requires static org.immutables.value;

  exports io.github.policytasks.core;

  // Jackson binds the generated types through their package-private Json delegates
  opens io.github.policytasks.core to com.fasterxml.jackson.databind;
}
