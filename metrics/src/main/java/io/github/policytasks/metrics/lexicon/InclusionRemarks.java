package io.github.policytasks.metrics.lexicon;

/**
 * The bracketed remarks that say what a figure counts in ({@code （含）}, {@code （含本数）},
 * {@code （含线上学时）}; {@code inclusion-remarks.txt}), written between a figure and the bound
 * word after it: {@code 95%（含）以上}, {@code 50学时（含线上学时）以上}. A remark opens with a word
 * of the lexicon and may go on with words of what is included, up to its closing bracket. Immutable
 * and thread-safe.
 */
public final class InclusionRemarks {
  private static final WordTable<Boolean> WORDS = WordTable.of(LexiconFile.wordSet("inclusion-remarks.txt"));

  /** The most characters a remark may hold after its opening word ({@code 线上学时}, {@code 线上线下培训学时}). */
  private static final int LONGEST_REMARK = 12;

  private InclusionRemarks() {}

  /**
   * {@return the index right after a whole remark, brackets included, that starts at {@code at}
   * in {@code folded} and ends by {@code limit}, or -1 where none does} After its opening word a
   * remark holds words only (ideographs, letters, spaces; at most 12): a
   * digit, a sign or a clause's punctuation before the closing bracket makes it no remark.
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
    if (word == null) {
      return -1;
    }
    int last = Math.min(limit, word.end() + LONGEST_REMARK + 1);
    for (int k = word.end(); k < last; k++) {
      char c = folded.charAt(k);
      if (c == ')') {
        return k + 1;
      }
      if (!isRemarkChar(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code c} may stand in a remark after its opening word: an ideograph, a letter, a space. */
  private static boolean isRemarkChar(char c) {
    return Ideographs.is(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ';
  }
}
