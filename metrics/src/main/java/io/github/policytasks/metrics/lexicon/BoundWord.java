package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Bound;
import org.jspecify.annotations.Nullable;

/**
 * One bound word of {@code bound-words.txt} (annotation guide §3, Comparators). Immutable.
 *
 * @param word the word in folded form
 * @param position where it stands relative to its figure
 * @param bound the bound it gives, or null for a word that gives none ({@code 达到}, {@code 最近})
 */
public record BoundWord(String word, WordPosition position, @Nullable Bound bound) {}
