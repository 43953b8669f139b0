package io.github.policytasks.metrics.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The words that write a percent or a per-mille before its number ({@code 百分之九十}, {@code
 * 千分之六}; annotation guide §4, percent) of {@code percent-words.txt}, in folded form, each with
 * the symbol of the catalogue unit its figure is in ({@code %}, {@code ‰}). Immutable and
 * thread-safe.
 */
public final class PercentWords {
  private static final WordTable<String> TABLE = build();

  private PercentWords() {}

  private static WordTable<String> build() {
    Map<String, String> map = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("percent-words.txt", 2, 2)) {
      map.put(LexiconFile.folded(row, row.field(0)), row.field(1));
    }
    return WordTable.of(map);
  }

  /** {@return the words, each meaning the symbol of its unit; matched on folded text} */
  public static WordTable<String> table() {
    return TABLE;
  }
}
