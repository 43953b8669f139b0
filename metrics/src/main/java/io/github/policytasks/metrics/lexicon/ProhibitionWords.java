package io.github.policytasks.metrics.lexicon;


/**
 * The words that forbid what the rest of their clause says ({@code 不得}, {@code 严禁}; {@code
 * prohibitions.txt}): after one of them, a bound word of excess ({@code 超过}) or shortfall ({@code
 * 低于}) in the same clause states the limit the plan keeps. Immutable and thread-safe.
 */
public final class ProhibitionWords {
  private static final WordTable<Boolean> WORDS = WordTable.of(LexiconFile.wordSet("prohibitions.txt"));

  private ProhibitionWords() {}

  /**
   * The prohibition words, in folded form.
   *
   * @return the words of {@code prohibitions.txt}
   */
  public static WordTable<Boolean> table() {
    return WORDS;
  }
}
