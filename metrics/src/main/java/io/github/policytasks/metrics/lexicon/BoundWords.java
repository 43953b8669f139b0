package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Bound;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bound words of {@code bound-words.txt} (annotation guide §3, Comparators), by position:
 * the one vocabulary of bounds that the parser's target reading and the metrics {@code
 * BoundPhraseReader} both read. Immutable and thread-safe.
 */
public final class BoundWords {
  private static final List<BoundWord> ALL = LexiconFile.read("bound-words.txt", 3, 3).stream()
      .map(row -> new BoundWord(LexiconFile.folded(row, row.field(0)),
          LexiconFile.constant(row, row.field(1), WordPosition.class),
          row.field(2).equals("-") ? null : LexiconFile.constant(row, row.field(2), Bound.class)))
      .toList();
  private static final Map<WordPosition, WordTable<BoundWord>> TABLES = tables();

  private BoundWords() {}

  private static Map<WordPosition, WordTable<BoundWord>> tables() {
    Map<WordPosition, WordTable<BoundWord>> tables = new EnumMap<>(WordPosition.class);
    for (WordPosition position : WordPosition.values()) {
      tables.put(position, of(EnumSet.of(position)));
    }
    return tables;
  }

  /** {@return every bound word, in the order of the data file} */
  public static List<BoundWord> all() {
    return ALL;
  }

  /**
   * {@return the words that stand at {@code position}}
   *
   * @param position where the words stand relative to the figure
   */
  public static WordTable<BoundWord> at(WordPosition position) {
    return TABLES.get(position);
  }

  /**
   * {@return one table of the words at any of {@code positions} (built anew: keep it in a
   * constant)}
   *
   * @param positions where the words stand relative to the figure
   * @throws IllegalArgumentException if a word stands at two of the positions
   */
  public static WordTable<BoundWord> of(Set<WordPosition> positions) {
    Map<String, BoundWord> map = new HashMap<>();
    for (BoundWord word : ALL) {
      if (positions.contains(word.position()) && map.put(word.word(), word) != null) {
        throw new IllegalArgumentException(
            "\"" + word.word() + "\" stands at two of the positions " + positions);
      }
    }
    return WordTable.of(map);
  }
}
