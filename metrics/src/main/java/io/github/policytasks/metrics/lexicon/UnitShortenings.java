package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words that stand for a unit shortened beyond the unit catalogue ({@code
 * unit-shortenings.txt}: {@code 兆} for bandwidth, {@code 20兆进牧户}): after an Arabic number such
 * a word is a unit even without a bound word beside it, kept as written with no normalized value
 * (annotation guide §6, a figure with an unknown unit). Immutable and thread-safe.
 */
public final class UnitShortenings {
  private static final WordTable<Boolean> TABLE = WordTable.of(read());

  private UnitShortenings() {}

  private static Map<String, Boolean> read() {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("unit-shortenings.txt", 1, 1)) {
      if (words.put(LexiconFile.folded(row, row.field(0)), Boolean.TRUE) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return words;
  }

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
