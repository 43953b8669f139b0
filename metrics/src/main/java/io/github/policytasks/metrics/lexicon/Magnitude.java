package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Amount;
import java.math.BigDecimal;

/**
 * One magnitude word of {@code magnitudes.txt} (annotation guide §4) and where it may stand.
 * Immutable.
 *
 * @param word the word in folded form ({@code 万}, {@code 万亿})
 * @param exponent the power of ten it multiplies by
 * @param prefix whether it makes a unit before a count classifier ({@code 万人})
 * @param group whether it joins the groups of one figure ({@code 3万4000})
 * @param multiply whether it multiplies the Arabic digits before it ({@code 5千})
 */
public record Magnitude(String word, int exponent, boolean prefix, boolean group, boolean multiply) {
  /** {@return its factor, {@code 10^exponent}, exactly} */
  public Amount factor() {
    return Amount.of(BigDecimal.ONE.movePointRight(exponent));
  }
}
