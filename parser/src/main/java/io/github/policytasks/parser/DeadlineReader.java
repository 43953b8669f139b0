package io.github.policytasks.parser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads deadlines (annotation guide §5): {@code 年内 全年 年底前 今年} are the last day of the plan
 * year; {@code 6月底前}, {@code 11月前}, {@code 上半年}, {@code 三季度} the last day of that month,
 * half-year or quarter in the plan year; {@code 2025年底前} and {@code 到2025年} the last day of
 * that year; {@code 9月30日前} that day. In running text a month or a day counts only with a
 * deadline word ({@code 底 末 前}); a note value ({@link #readValue}) may be bare ({@code
 * 2023年9月}). Words relative to the plan year are skipped when the year is unknown. One forward
 * pass, linear in the text. Stateless and thread-safe.
 */
final class DeadlineReader {
  private static final int YEAR_END_MONTH = 12;

  /** Words that mean a point of the plan year, with the month whose last day they name. */
  private static final WordTable<Integer> YEAR_WORDS = WordTable.of(Map.ofEntries(
      Map.entry("年内", YEAR_END_MONTH),
      Map.entry("全年", YEAR_END_MONTH),
      Map.entry("年底前", YEAR_END_MONTH),
      Map.entry("年底", YEAR_END_MONTH),
      Map.entry("年末", YEAR_END_MONTH),
      Map.entry("今年", YEAR_END_MONTH),
      Map.entry("今年底", YEAR_END_MONTH),
      Map.entry("今年年底", YEAR_END_MONTH),
      Map.entry("当年", YEAR_END_MONTH),
      Map.entry("上半年", 6),
      Map.entry("下半年", YEAR_END_MONTH),
      Map.entry("年中", 6),
      Map.entry("一季度", 3),
      Map.entry("二季度", 6),
      Map.entry("三季度", 9),
      Map.entry("四季度", YEAR_END_MONTH),
      Map.entry("第一季度", 3),
      Map.entry("第二季度", 6),
      Map.entry("第三季度", 9),
      Map.entry("第四季度", YEAR_END_MONTH),
      Map.entry("1季度", 3),
      Map.entry("2季度", 6),
      Map.entry("3季度", 9),
      Map.entry("4季度", YEAR_END_MONTH)));

  private static final WordTable<Boolean> BEFORE_WORDS =
      WordTable.of(Boolean.TRUE, "前", "之前", "以前", "底前", "底", "末", "内", "底之前", "末前");

  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  private DeadlineReader() {}

  /**
   * A deadline phrase and the date it names.
   *
   * @param date the deadline
   * @param start offset of the phrase
   * @param end offset just past the phrase
   */
  record Found(LocalDate date, int start, int end) {}

  /** Every deadline phrase in {@code text[from, to)} (folded text), in order. */
  static List<Found> findAll(String text, int from, int to, @Nullable Integer year) {
    List<Found> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Found next = readAt(text, i, to, year, false);
      if (next != null) {
        found.add(next);
        i = next.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /** The earliest deadline stated in {@code text[from, to)}, if any. */
  static @Nullable LocalDate earliest(String text, int from, int to, @Nullable Integer year) {
    LocalDate earliest = null;
    for (Found found : findAll(text, from, to, year)) {
      if (earliest == null || found.date().isBefore(earliest)) {
        earliest = found.date();
      }
    }
    return earliest;
  }

  /**
   * The deadline a note value names ({@code 2023年9月}, {@code 2023年底前}, {@code 6月底前},
   * {@code 年底前}); the earliest when it names several; absent when it names none ({@code 长期坚持}).
   */
  static @Nullable LocalDate readValue(String value, @Nullable Integer year) {
    String text = ScriptFolding.fold(value, 0, value.length());
    LocalDate earliest = null;
    int i = 0;
    while (i < text.length()) {
      Found found = readAt(text, i, text.length(), year, true);
      if (found != null) {
        if (earliest == null || found.date().isBefore(earliest)) {
          earliest = found.date();
        }
        i = found.end();
      } else {
        i++;
      }
    }
    return earliest;
  }

  private static @Nullable Found readAt(
      String text, int i, int to, @Nullable Integer year, boolean bare) {
    char c = text.charAt(i);
    if (c == '到' || c == '至') {
      Found stated = readYearPhrase(text, i + 1, to, bare, true);
      return stated == null ? null : new Found(stated.date(), i, stated.end());
    }
    if (TextChars.isDigit(c) && (i == 0 || !TextChars.isDigit(text.charAt(i - 1)))) {
      Found stated = readYearPhrase(text, i, to, bare, false);
      if (stated != null) {
        return stated;
      }
    }
    if (year != null) {
      Found month = readMonthPhrase(text, i, to, year, bare);
      if (month != null) {
        return month;
      }
      WordTable.Match<Integer> word = YEAR_WORDS.matchAt(text, i, to);
      if (word != null && !(c == '年' && i > 0 && isNumeral(text.charAt(i - 1)))) {
        return new Found(YearMonth.of(year, word.meaning()).atEndOfMonth(), i, word.end());
      }
    }
    return null;
  }

  /**
   * {@code 2025年底前}, {@code 2025年}, {@code 2023年9月}, {@code 2023年9月30日前}, {@code
   * 2024年上半年} at {@code i}; a bare year counts only after {@code 到} or in a note value.
   */
  private static @Nullable Found readYearPhrase(
      String text, int i, int to, boolean bare, boolean afterTo) {
    int j = i;
    while (j < to && j - i < 4 && TextChars.isDigit(text.charAt(j))) {
      j++;
    }
    if (j - i != 4 || j >= to || text.charAt(j) != '年') {
      return null;
    }
    if (i > 0 && !afterTo && (TextChars.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-'
        || text.charAt(i - 1) == '—' || text.charAt(i - 1) == '~')) {
      return null;
    }
    int year = Integer.parseInt(text.substring(i, j));
    if (year < 1900 || year > 2100) {
      return null;
    }
    int afterYear = j + 1;
    if (afterYear < to && (text.charAt(afterYear) == '-' || text.charAt(afterYear) == '度')) {
      return null;
    }
    Found month = readMonthPhrase(text, afterYear, to, year, bare);
    if (month != null) {
      return new Found(month.date(), i, month.end());
    }
    WordTable.Match<Integer> word = YEAR_WORDS.matchAt(text, afterYear, to);
    if (word != null) {
      return new Found(YearMonth.of(year, word.meaning()).atEndOfMonth(), i, word.end());
    }
    WordTable.Match<Boolean> before = BEFORE_WORDS.matchAt(text, afterYear, to);
    if (before != null) {
      return new Found(LocalDate.of(year, 12, 31), i, before.end());
    }
    if (afterTo || bare) {
      return new Found(LocalDate.of(year, 12, 31), i, afterYear);
    }
    return null;
  }

  /** {@code 6月底前}, {@code 11月前}, {@code 九月底}, {@code 9月30日前} (or bare in a note value). */
  private static @Nullable Found readMonthPhrase(
      String text, int i, int to, int year, boolean bare) {
    if (i >= to) {
      return null;
    }
    if (i > 0 && (isNumeral(text.charAt(i - 1)) || text.charAt(i - 1) == '-'
        || text.charAt(i - 1) == '第')) {
      return null;
    }
    int[] read = readSmallNumber(text, i, to);
    if (read == null) {
      return null;
    }
    int month = read[0];
    int j = read[1];
    if (j >= to || text.charAt(j) != '月' || month < 1 || month > 12) {
      return null;
    }
    j++;
    if (j < to && text.charAt(j) == '份') {
      j++;
    }
    int[] day = readSmallNumber(text, j, to);
    if (day != null && day[1] < to && (text.charAt(day[1]) == '日' || text.charAt(day[1]) == '号')) {
      int dayEnd = day[1] + 1;
      if (day[0] < 1 || day[0] > YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      WordTable.Match<Boolean> before = BEFORE_WORDS.matchAt(text, dayEnd, to);
      if (before != null) {
        return new Found(LocalDate.of(year, month, day[0]), i, before.end());
      }
      return bare ? new Found(LocalDate.of(year, month, day[0]), i, dayEnd) : null;
    }
    WordTable.Match<Boolean> before = BEFORE_WORDS.matchAt(text, j, to);
    if (before != null) {
      return new Found(YearMonth.of(year, month).atEndOfMonth(), i, before.end());
    }
    return bare ? new Found(YearMonth.of(year, month).atEndOfMonth(), i, j) : null;
  }

  private static boolean isNumeral(char c) {
    return TextChars.isDigit(c) || CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '两';
  }

  /** A number 1..99 in digits or Chinese numerals at {@code i}: {value, end}, or null. */
  private static int @Nullable [] readSmallNumber(String text, int i, int to) {
    int j = i;
    int value = 0;
    while (j < to && j - i < 2 && TextChars.isDigit(text.charAt(j))) {
      value = value * 10 + (text.charAt(j) - '0');
      j++;
    }
    if (j > i) {
      return j < to && TextChars.isDigit(text.charAt(j)) ? null : new int[] {value, j};
    }
    int tens = 0;
    if (j < to && CHINESE_DIGITS.indexOf(text.charAt(j)) > 0 && j + 1 < to
        && text.charAt(j + 1) == '十') {
      tens = CHINESE_DIGITS.indexOf(text.charAt(j));
      j += 2;
    } else if (j < to && text.charAt(j) == '十') {
      tens = 1;
      j++;
    }
    int units = 0;
    if (j < to && CHINESE_DIGITS.indexOf(text.charAt(j)) > 0) {
      units = CHINESE_DIGITS.indexOf(text.charAt(j));
      j++;
    }
    if (j == i) {
      return null;
    }
    return new int[] {tens * 10 + units, j};
  }
}
