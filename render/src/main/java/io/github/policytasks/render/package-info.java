/**
 * {@link io.github.policytasks.core.Plan} to document text: {@link
 * io.github.policytasks.render.PlanRenderer} writes a plan in a {@link
 * io.github.policytasks.render.RenderStyle} (punctuation width, task numbering, note keys, script
 * and layout, header table, covering notice, line ending) in the layout of the genre, so that the
 * parser reads the text back as the same plan. Everything else in the package is the writer's
 * machinery. The module depends on the model only; the parser is used by its tests.
 *
 * <p>Absent values follow the library's one rule, stated in the package {@code io.github.policytasks.core}:
 * {@code Optional} for a method that may have no answer, {@code @Nullable} only for stored
 * attributes that mirror a JSON {@code null}.
 */
@Value.Style(
    // as core's style: package-private Abstract* types generate the public immutable types;
    // Override alone keeps class-path annotations (Immutables' @Generated) off the generated code
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
@NullMarked
package io.github.policytasks.render;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
