package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that write a percent or a per-mille before its number ({@code 百分之九十}, {@code
 * 千分之六}; annotation guide §4, percent) of {@code percent-words.txt}, in folded form, each with
 * the symbol of the catalogue unit its figure is in ({@code %}, {@code ‰}) and the factor the figure
 * is multiplied by in that unit: 1, or for a fraction in words its denominator's share of 100
 * ({@code 三分之一} is 1 × 100/3 = 100/3 %). Immutable and thread-safe.
 */
public final class PercentWords {
  private static final Map<String, Amount> FACTORS = new LinkedHashMap<>();
  private static final Map<String, String> UNITS = read();
  private static final WordTable<String> TABLE = WordTable.of(UNITS);

  private PercentWords() {}

  private static Map<String, String> read() {
    Map<String, String> map = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("percent-words.txt", 2, 3)) {
      String word = LexiconFile.folded(row, row.field(0));
      map.put(word, row.field(1));
      try {
        FACTORS.put(word, row.fields().size() > 2 ? Amount.parse(row.field(2)) : Amount.ONE);
      } catch (NumberFormatException e) {
        throw row.error("the factor " + row.field(2) + " is not an exact amount");
      }
    }
    return map;
  }

  /**
   * {@return the factor a figure after {@code word} is multiplied by in the word's unit: 1 for
   * {@code 百分之}, 100/3 for {@code 三分之}; 1 for a word the list lacks}
   *
   * @param word a word of the list, in folded form
   */
  public static Amount factor(String word) {
    return FACTORS.getOrDefault(word, Amount.ONE);
  }

  /** {@return every word, in the order of the data file} */
  public static List<String> all() {
    return List.copyOf(UNITS.keySet());
  }

  /** {@return the words, each meaning the symbol of its unit; matched on folded text} */
  public static WordTable<String> table() {
    return TABLE;
  }
}
