package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * Finds where a plan's preamble states the plan's numbers (annotation guide §6 Headline goals:
 * "the preamble sentence that sets the year's numbers"): the first sentence of a preamble line
 * that opens with a goal word ({@code 主要目标是…}, {@code preamble-goal-openers.txt}) or with a
 * target year ({@code 到2025年，…}, {@code 力争到2025年…}), or a goal word before a colon inside a
 * sentence ({@code 2024年，全乡经济社会发展的主要预期目标是：…}). The figures from there on, in the
 * sentence and in those after it in the line, are goals; a sentence before it (the plan's purpose,
 * the figures of past years) is not. Stateless and thread-safe.
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
      int colonGoal = colonGoalWord(f, sentence, stop < 0 ? end : stop);
      if (colonGoal >= 0) {
        return colonGoal;
      }
      if (stop < 0) {
        return -1;
      }
      sentence = LineShapes.skipBlanks(f, stop + 1, end);
    }
    return -1;
  }

  /**
   * Where a goal word that a colon follows ({@code 主要预期目标是：}, {@code 主要目标：}) stands inside
   * the sentence {@code [from, to)} after words that say whose goals they are ({@code
   * 2024年，全乡经济社会发展的主要预期目标是：…}), or -1: the figures after it are the plan's goals,
   * those before it (the year) are not. A goal word without the colon ({@code 围绕主要目标任务，…})
   * opens nothing, and neither does a word ending in 到 (a year must follow it at a sentence's
   * start).
   */
  private static int colonGoalWord(String f, int from, int to) {
    for (int i = from; i < to; i++) {
      WordTable.Match<Boolean> word = OPENERS.matchAt(f, i, to);
      if (word == null || f.charAt(word.end() - 1) == '到') {
        continue;
      }
      int after = word.end();
      if (after < to && (f.charAt(after) == '是' || f.charAt(after) == '为')) {
        after++;
      }
      if (after < to && f.charAt(after) == ':') {
        return i;
      }
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
