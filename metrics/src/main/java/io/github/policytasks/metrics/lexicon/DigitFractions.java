package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Amount;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The denominators of {@code digit-fractions.txt}: a fraction written in digits over one of them
 * ({@code 1/3}, {@code 2/3以上}) states a share, each part the listed percent of the whole ({@code 3}
 * is 100/3 %). Immutable and thread-safe.
 */
public final class DigitFractions {
  private static final Map<Integer, Amount> FACTORS = read();

  /** The most digits a denominator of the list has. */
  private static final int LONGEST = FACTORS.keySet().stream()
      .mapToInt(d -> Integer.toString(d).length()).max().orElse(0);

  private DigitFractions() {}

  private static Map<Integer, Amount> read() {
    Map<Integer, Amount> map = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("digit-fractions.txt", 2, 2)) {
      int denominator;
      Amount factor;
      try {
        denominator = Integer.parseInt(row.field(0));
        factor = Amount.parse(row.field(1));
      } catch (NumberFormatException e) {
        throw row.error("the denominator " + row.field(0) + " or the factor " + row.field(1)
            + " is not an exact number");
      }
      if (denominator < 2 || !factor.times(Amount.of(denominator)).isEquivalentTo(Amount.of(100))) {
        throw row.error("the factor " + row.field(1) + " is not 100/" + row.field(0));
      }
      if (map.put(denominator, factor) != null) {
        throw row.error("the denominator " + denominator + " is listed twice");
      }
    }
    return map;
  }

  /**
   * {@return the percent one part over {@code denominator} is ({@code 3}: 100/3), or null when a
   * fraction over it is no share the list knows}
   *
   * @param denominator the denominator as written
   */
  public static @Nullable Amount factor(int denominator) {
    return FACTORS.get(denominator);
  }

  /** {@return every denominator of the list, in the order of the data file} */
  public static java.util.List<Integer> denominators() {
    return java.util.List.copyOf(FACTORS.keySet());
  }

  /** {@return the most digits a denominator of the list has} */
  public static int longest() {
    return LONGEST;
  }
}
