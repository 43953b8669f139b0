package io.github.policytasks.parser;

import io.github.policytasks.core.Bound;

/**
 * The bound that the words around a figure give, and the extent of the target's text once those
 * words are included ({@code 突破} + {@code 10家} + {@code 以上}).
 *
 * @param comparator the bound
 * @param textStart offset of the first bound word before the figure, or of the figure
 * @param textEnd offset just past the bound word after the figure, or past the figure
 * @param suffixed whether a bound word follows the figure ({@code 以上}, {@code 以内}, {@code 左右})
 */
record BoundWording(Bound comparator, int textStart, int textEnd, boolean suffixed) {}
