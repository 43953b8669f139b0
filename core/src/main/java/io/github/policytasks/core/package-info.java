/**
 * The domain model of key-work-task plans (重点工作任务): a {@link io.github.policytasks.core.Plan}
 * of sections, tasks, responsibility notes and quantitative targets, with exact quantities and
 * source spans. Every value type here is immutable and thread-safe; {@link
 * io.github.policytasks.core.PlanJson} maps the model to and from the stable JSON contract.
 *
 * <h2>Absent values: Optional or null</h2>
 *
 * <p>One rule, in every module of the library: a method that may have no answer returns {@link
 * java.util.Optional} ({@code Plan.task(id)}, {@code Task.principalLead()}, {@code
 * UnitCatalogue.find(symbol)}, {@code PlanRegion.of(plan)}). A return type is {@code @Nullable}
 * only where the value is stored data whose absence is written as such: the attributes of the
 * value types, which mirror a JSON {@code null} of the contract ({@code Task.title()}, {@code
 * Target.deadline()}), and the cells of the corpus and ledger tables, where null is an empty
 * cell. The one exception is the word-list scanning that the parser runs in its innermost loops
 * (the metrics lexicon, exported to the parser and renderer only, and {@code BoundGrammar}),
 * where null means no match. Every package is {@code @NullMarked}: a parameter accepts null only
 * where it says {@code @Nullable}.
 */
@PolicyStyle
@NullMarked
package io.github.policytasks.core;

import org.jspecify.annotations.NullMarked;
