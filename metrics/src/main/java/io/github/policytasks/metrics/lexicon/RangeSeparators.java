package io.github.policytasks.metrics.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The separators between the two figures of a range (annotation guide §3, RANGE) of {@code
 * range-separators.txt}, in folded form: {@code - — —— ~ 至 到} and the dashes of web copies.
 * Immutable and thread-safe.
 */
public final class RangeSeparators {
  private static final List<String> ALL = LexiconFile.read("range-separators.txt", 1, 1).stream()
      .map(row -> LexiconFile.folded(row, row.field(0))).toList();
  private static final WordTable<String> TABLE = build();

  private RangeSeparators() {}

  private static WordTable<String> build() {
    Map<String, String> map = new HashMap<>();
    for (String separator : ALL) {
      map.put(separator, separator);
    }
    return WordTable.of(map);
  }

  /** {@return every separator, in the order of the data file} */
  public static List<String> all() {
    return ALL;
  }

  /** {@return the separators, matched longest-first ({@code ——} before {@code —})} */
  public static WordTable<String> table() {
    return TABLE;
  }
}
