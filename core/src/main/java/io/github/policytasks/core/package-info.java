/**
 * The domain model of key-work-task plans (重点工作任务): a {@link io.github.policytasks.core.Plan}
 * of sections, tasks, responsibility notes and quantitative targets, with exact quantities and
 * source spans. Every value type here is immutable and thread-safe; {@link
 * io.github.policytasks.core.PlanJson} maps the model to and from the stable JSON contract.
 */
@PolicyStyle
@NullMarked
package io.github.policytasks.core;

import org.jspecify.annotations.NullMarked;
