/**
 * {@link io.github.policytasks.core.Plan} to document text: {@link
 * io.github.policytasks.render.PlanRenderer} writes a plan in a {@link
 * io.github.policytasks.render.RenderStyle} (punctuation width, task numbering, note keys, script
 * and layout, header table, covering notice, line ending) in the layout of the genre, so that the
 * parser reads the text back as the same plan. Everything else in the package is the writer's
 * machinery. The module depends on the model only; the parser is used by its tests.
 */
@PolicyStyle
@NullMarked
package io.github.policytasks.render;

import io.github.policytasks.core.PolicyStyle;
import org.jspecify.annotations.NullMarked;
