/**
 * Small runnable examples of the library on the embedded seed plan, each with a {@code main}:
 * {@link io.github.policytasks.examples.TargetsByLeadUnit}, {@link
 * io.github.policytasks.examples.MoneyTargetsPerSection}, {@link
 * io.github.policytasks.examples.CheckActuals} and {@link
 * io.github.policytasks.examples.PlanInYourOwnTypes}. The {@code policy-tasks} tool lives in
 * {@code io.github.policytasks.examples.cli}.
 */
@NullMarked
package io.github.policytasks.examples;

import org.jspecify.annotations.NullMarked;
