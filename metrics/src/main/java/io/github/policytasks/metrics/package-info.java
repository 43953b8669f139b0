/**
 * Units, exact normalisation, quantity arithmetic and target checks for key-work-task plans
 * (annotation guide §4).
 *
 * <p>Entry points, all immutable and thread-safe:
 *
 * <ul>
 *   <li>{@link io.github.policytasks.metrics.UnitCatalogue}: the units as data (symbol, aliases,
 *       dimension, exact factor, canonical unit), {@code UnitCatalogue.standard()} loaded from the
 *       commented table {@code units.txt}; lookup by symbol and a longest-match lookup at a
 *       position of a text for scanners ({@code unitLengthAt}, {@code matchAt}); users register
 *       their own units through {@code toBuilder()}.
 *   <li>{@link io.github.policytasks.metrics.NumberReader}: reads an Arabic or Chinese numeral at a
 *       position ({@code 1,200}, {@code 3万4000}, {@code 一百二十}, {@code 两}, full-width digits),
 *       exactly, without swallowing a unit such as {@code 万元} that follows.
 *   <li>{@link io.github.policytasks.metrics.Normalizer}: any quantity to its canonical unit, or to
 *       any unit of the same dimension, exactly; rounding only when asked.
 * </ul>
 */
@PolicyStyle
@NullMarked
package io.github.policytasks.metrics;

import io.github.policytasks.core.PolicyStyle;
import org.jspecify.annotations.NullMarked;
