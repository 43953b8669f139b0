package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words that forbid what the rest of their clause says ({@code 不得}, {@code 严禁}; {@code
 * prohibitions.txt}): after one of them, a bound word of excess ({@code 超过}) or shortfall ({@code
 * 低于}) in the same clause states the limit the plan keeps. Immutable and thread-safe.
 */
public final class ProhibitionWords {
  private static final WordTable<Boolean> WORDS = WordTable.of(read());

  private ProhibitionWords() {}

  private static Map<String, Boolean> read() {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("prohibitions.txt", 1, 1)) {
      if (words.put(LexiconFile.folded(row, row.field(0)), Boolean.TRUE) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return words;
  }

  /**
   * The prohibition words, in folded form.
   *
   * @return the words of {@code prohibitions.txt}
   */
  public static WordTable<Boolean> table() {
    return WORDS;
  }
}
