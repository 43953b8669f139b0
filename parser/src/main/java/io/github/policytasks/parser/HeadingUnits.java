package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * Where a section or subsection heading names the units that lead the items under it (annotation
 * guide §2, §6): a plan that groups its items by their lead unit heads each group with it ({@code
 * 一、县示范区管委会牵头工作（8项）}, {@code （二）县发改局牵头的重点任务}). The heading's text must be
 * the units, {@code 牵头}, an optional {@code 的}, a word of {@code heading-work-nouns.txt} and,
 * optionally, the count of its items in brackets; the caller reads the units as a verb note, whose
 * names must all end like units. Stateless and thread-safe.
 */
final class HeadingUnits {
  private HeadingUnits() {}

  private static final WordTable<Boolean> WORK = WordLists.table("heading-work-nouns.txt");

  /** The verb after the units. */
  private static final String LEADS = "牵头";

  /** The numerals an item count in brackets may be written with. */
  private static final String NUMERALS = "0123456789〇零一二两三四五六七八九十百";
  /** The classifiers of an item count ({@code （8项）}). */
  private static final String CLASSIFIERS = "项个条件";

  /**
   * {@return the offset right after {@code 牵头} when the heading text {@code [start, end)} of the
   * folded text {@code f} is units, {@code 牵头}, a work noun and an optional bracketed item count;
   * -1 otherwise}
   */
  static int leadEnd(String f, int start, int end) {
    int verb = TextChars.indexOf(f, LEADS, start, end);
    if (verb <= start) {
      return -1;
    }
    int after = verb + LEADS.length();
    int i = after < end && f.charAt(after) == '的' ? after + 1 : after;
    WordTable.Match<Boolean> noun = WORK.matchAt(f, i, end);
    if (noun == null) {
      return -1;
    }
    int tail = noun.end();
    return tail == end || isItemCount(f, tail, end) ? after : -1;
  }

  /** Whether {@code [from, end)} is a bracketed count of items and nothing else ({@code （8项）}). */
  private static boolean isItemCount(String f, int from, int end) {
    if (end - from < 3 || !TextChars.isOpenBracket(f.charAt(from)) || !TextChars.isCloseBracket(f.charAt(end - 1))
        || CLASSIFIERS.indexOf(f.charAt(end - 2)) < 0) {
      return false;
    }
    for (int i = from + 1; i < end - 2; i++) {
      if (NUMERALS.indexOf(f.charAt(i)) < 0) {
        return false;
      }
    }
    return end - 2 > from + 1;
  }
}
