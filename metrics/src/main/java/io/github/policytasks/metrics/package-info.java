/**
 * Units, exact normalisation, quantity arithmetic and target checks for key-work-task plans
 * (annotation guide §3-§4). Everything here is exact (core {@link
 * io.github.policytasks.core.Amount}, never a float) and every public type is immutable and
 * thread-safe.
 *
 * <p>Low-level, for scanners such as the parser's target reader:
 *
 * <ul>
 *   <li>{@link io.github.policytasks.metrics.UnitCatalogue}: the units as data (symbol, aliases,
 *       dimension, exact factor, canonical unit), {@code UnitCatalogue.standard()} loaded from the
 *       commented table {@code units.txt}; {@code find(symbol)}, and {@code unitLengthAt(text,
 *       from)} / {@code matchAt(text, from)}: the longest unit at a position, from a precomputed
 *       trie, Traditional and full-width forms folded; users register their own units and count
 *       classifiers through {@code toBuilder()}. {@link
 *       io.github.policytasks.metrics.UnitDefinition} is one unit; {@link io.github.policytasks.metrics.Units} names the common ones.
 *   <li>{@link io.github.policytasks.metrics.NumberReader}: {@code readAt(text, from)} reads an
 *       Arabic or Chinese numeral ({@code 1,200}, {@code 3万4000}, {@code 一百二十}, {@code 两},
 *       full-width digits, {@code 500多}) exactly, with its end and whether a magnitude was
 *       consumed, never swallowing a unit such as {@code 万元} that follows.
 *   <li>{@link io.github.policytasks.metrics.QuantityReader}: a figure and its unit, {@code
 *       parse("0.22万人")}; {@link io.github.policytasks.metrics.BoundPhraseReader}: the bound words
 *       around it, {@code parse("不低于154万亩")} → AT_LEAST; both throw {@link
 *       io.github.policytasks.metrics.QuantityParseException} with the input and the error index.
 * </ul>
 *
 * <p>Values:
 *
 * <ul>
 *   <li>{@link io.github.policytasks.metrics.Normalizer}: any quantity to its canonical unit or to
 *       another unit of its dimension, exactly; rounding only with a named scale and mode; {@code
 *       normalizeTarget(target)} fills a target's normalized values.
 *   <li>{@link io.github.policytasks.metrics.QuantityArithmetic}: plus, minus, compare, {@code
 *       isEquivalentTo} and sum across units; {@link
 *       io.github.policytasks.metrics.DimensionMismatchException} names both sides otherwise.
 *   <li>{@link io.github.policytasks.metrics.TargetChecker}: a target's bounds as a Guava {@code
 *       Range}, {@code check(target, actual)} with the gap in the target's unit, and roll-ups per
 *       canonical unit and classifier.
 * </ul>
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
package io.github.policytasks.metrics;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
