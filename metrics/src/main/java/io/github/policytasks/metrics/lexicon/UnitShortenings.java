package io.github.policytasks.metrics.lexicon;


/**
 * The words that stand for a unit shortened beyond the unit catalogue ({@code
 * unit-shortenings.txt}: {@code 兆} for bandwidth, {@code 20兆进牧户}): after an Arabic number such
 * a word is a unit even without a bound word beside it, kept as written with no normalized value
 * (annotation guide §6, a figure with an unknown unit). Immutable and thread-safe.
 */
public final class UnitShortenings {
  private static final WordTable<Boolean> TABLE = WordTable.of(LexiconFile.wordSet("unit-shortenings.txt"));

  private UnitShortenings() {}

  /**
   * {@return the length of the shortened unit that starts at {@code from} in folded {@code text},
   * or 0 when none does}
   *
   * @param text folded text
   * @param from where the word would start
   */
  public static int lengthAt(CharSequence text, int from) {
    WordTable.Match<Boolean> match = TABLE.matchAt(text, from, text.length());
    return match == null ? 0 : match.end() - match.start();
  }
}
