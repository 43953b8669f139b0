package io.github.policytasks.tracking;

import io.github.policytasks.core.Amount;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.Tolerance;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads a tolerance as a user writes it: {@code 10%} or {@code ±10%} (a tenth of the figure either
 * side), {@code 0.1} (the same as a fraction), or a quantity such as {@code 1家} or {@code 0.5万亩}
 * (that much either side). Stateless and thread-safe.
 */
public final class Tolerances {
  private Tolerances() {}

  /**
   * {@return the tolerance {@code text} writes}
   *
   * @param text the text to read
   * @throws IllegalArgumentException quoting the text when it is none of the forms above or is
   *     negative
   */
  public static Tolerance parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.startsWith("±") || t.startsWith("+-")) {
      t = t.substring(t.startsWith("±") ? 1 : 2).strip();
    }
    try {
      if (t.endsWith("%") || t.endsWith("％")) {
        return Tolerance.relative(Amount.of(
            new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)).stripped());
      }
      if (!t.isEmpty() && (Character.isDigit(t.charAt(t.length() - 1)))) {
        return Tolerance.relative(Amount.of(new BigDecimal(t)).stripped());
      }
      return Tolerance.absolute(QuantityReader.standard().parse(t));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a tolerance: \"" + text
          + "\" (expected 10%, 0.1 or a quantity such as 1家): " + e.getMessage(), e);
    }
  }
}
