package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * The year a plan's own period starts, as its text states it ({@code 2012年起5年内}, {@code
 * 自2021年开始执行}): the first year of four digits, written with 年 and a word of the lexicon's
 * {@code period-start-words.txt} right after it. The last source of the plan year (annotation
 * guide §6 "The plan year"; {@link PlanYear.Source#PERIOD_START}): taken only where neither a
 * title nor a date states one. Stateless and thread-safe.
 */
final class PeriodStart {
  private static final WordTable<Boolean> WORDS = WordLists.table("period-start-words.txt");

  private PeriodStart() {}

  /**
   * {@return the first year in {@code folded[from, to)} written as the start of a period, or null}
   * A year is four digits with no digit before them, between 1949 and 2200, followed by 年 and a
   * period-start word.
   *
   * @param folded the text in folded form
   * @param from the index to read from
   * @param to the index just past the last char read
   */
  static @Nullable Integer yearIn(String folded, int from, int to) {
    for (int i = from + 4; i + 1 < to; i++) {
      i = folded.indexOf('年', i);
      if (i < 0 || i + 1 >= to) {
        return null;
      }
      if (!WORDS.startsAt(folded, i + 1, to)) {
        continue;
      }
      int start = i - 4;
      if (ChineseNumerals.digitsEnd(folded, start, i) != i
          || start > 0 && TextChars.isDigit(folded.charAt(start - 1))) {
        continue;
      }
      int year = Integer.parseInt(folded.subSequence(start, i).toString());
      if (year >= 1949 && year <= 2200) {
        return year;
      }
    }
    return null;
  }
}
