package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that write a percent or a per-mille before its number ({@code 百分之九十}, {@code
 * 千分之六}; annotation guide §4, percent) of {@code percent-words.txt}, in folded form, each with
 * the symbol of the catalogue unit its figure is in ({@code %}, {@code ‰}). Immutable and
 * thread-safe.
 */
public final class PercentWords {
  private static final Map<String, String> UNITS = read();
  private static final WordTable<String> TABLE = WordTable.of(UNITS);

  private PercentWords() {}

  private static Map<String, String> read() {
    Map<String, String> map = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("percent-words.txt", 2, 2)) {
      map.put(LexiconFile.folded(row, row.field(0)), row.field(1));
    }
    return map;
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
