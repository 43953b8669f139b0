package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * Finds where a plan's preamble states the plan's numbers (annotation guide §6 Headline goals:
 * "the preamble sentence that sets the year's numbers"): the first sentence of a preamble line
 * that opens with a goal word ({@code 主要目标是…}, {@code preamble-goal-openers.txt}) or with a
 * target year ({@code 到2025年，…}, {@code 力争到2025年…}). The figures of the sentence and of
 * those after it in the line are goals; a sentence before it (the plan's purpose, the figures of
 * past years) is not. Stateless and thread-safe.
 */
final class PreambleGoals {
  /** The words that open a goal sentence; a word ending in 到 opens one only before a year. */
  private static final WordTable<Boolean> OPENERS = WordLists.table("preamble-goal-openers.txt");

  private PreambleGoals() {}

  /**
   * Where the first goal sentence of the folded line {@code [start, end)} starts (at the line's
   * start or after a {@code 。}), or -1 when the line states no goal.
   */
  static int start(String f, int start, int end) {
    int sentence = LineShapes.skipBlanks(f, start, end);
    while (sentence < end) {
      if (opensGoal(f, sentence, end)) {
        return sentence;
      }
      int stop = TextChars.indexOf(f, '。', sentence, end);
      if (stop < 0) {
        return -1;
      }
      sentence = LineShapes.skipBlanks(f, stop + 1, end);
    }
    return -1;
  }

  private static boolean opensGoal(String f, int at, int end) {
    WordTable.Match<Boolean> opener = OPENERS.matchAt(f, at, end);
    if (opener == null) {
      return false;
    }
    if (f.charAt(opener.end() - 1) != '到') {
      return true;
    }
    return LineShapes.startsWithYear(f, opener.end(), end);
  }
}
