package io.github.policytasks.metrics.lexicon;

/**
 * The bracketed remarks that say a figure itself counts ({@code （含）}, {@code （含本数）}; {@code
 * inclusion-remarks.txt}), written between a figure and the bound word after it: {@code
 * 95%（含）以上}. Immutable and thread-safe.
 */
public final class InclusionRemarks {
  private static final WordTable<Boolean> WORDS = WordTable.of(LexiconFile.wordSet("inclusion-remarks.txt"));

  private InclusionRemarks() {}

  /**
   * {@return the index right after a whole remark, brackets included, that starts at {@code at}
   * in {@code folded} and ends by {@code limit}, or -1 where none does}
   *
   * @param folded the text in folded form (full-width brackets folded to {@code (} and {@code )})
   * @param at the index where the opening bracket would stand
   * @param limit the end of the text that may be read
   */
  public static int endAt(CharSequence folded, int at, int limit) {
    if (at + 1 >= limit || folded.charAt(at) != '(') {
      return -1;
    }
    WordTable.Match<Boolean> word = WORDS.matchAt(folded, at + 1, limit);
    return word != null && word.end() < limit && folded.charAt(word.end()) == ')' ? word.end() + 1 : -1;
  }
}
