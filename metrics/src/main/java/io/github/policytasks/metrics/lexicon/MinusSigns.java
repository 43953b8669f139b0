package io.github.policytasks.metrics.lexicon;

import java.util.List;

/**
 * The minus signs that may stand right before a figure ({@code minus-signs.txt}: {@code -},
 * {@code −}, {@code ﹣}), in folded form. Whether one is the figure's sign or a range separator
 * is for the grammar to say (annotation guide §3: a hyphen between two figures is a range).
 * Immutable and thread-safe.
 */
public final class MinusSigns {
  private static final String SIGNS = String.join("", LexiconFile.wordSet("minus-signs.txt").keySet());

  private MinusSigns() {}

  /** {@return every minus sign, in the order of the data file} */
  public static List<Character> all() {
    return SIGNS.chars().mapToObj(c -> (char) c).toList();
  }

  /**
   * {@return whether {@code folded} is a minus sign of the lexicon}
   *
   * @param folded a folded char
   */
  public static boolean isSign(char folded) {
    return SIGNS.indexOf(folded) >= 0;
  }
}
