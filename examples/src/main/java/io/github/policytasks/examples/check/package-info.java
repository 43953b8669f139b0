/**
 * Checking a plan's targets against actual figures: {@link
 * io.github.policytasks.examples.check.ActualsCsv} reads the figures ({@code t47.g1,1550000亩}),
 * {@link io.github.policytasks.examples.check.TargetReport} holds the outcome per target and per
 * lead unit.
 */
@NullMarked
package io.github.policytasks.examples.check;

import org.jspecify.annotations.NullMarked;
