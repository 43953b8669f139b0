package io.github.policytasks.parser;

/**
 * Reads the small whole numbers of the genre's numbering and dates, written in Chinese numerals
 * ({@code 一}, {@code 十二}, {@code 二十}, {@code 一百零五}, {@code 二〇二三}) or in ASCII digits of
 * folded text. Stateless and thread-safe.
 */
final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The value of a numeral digit ({@code 〇零一二两三…九}), or -1. */
  static int digit(char c) {
    switch (c) {
      case '〇':
      case '零':
        return 0;
      case '一':
      case '壹':
        return 1;
      case '二':
      case '两':
      case '贰':
        return 2;
      case '三':
      case '叁':
        return 3;
      case '四':
      case '肆':
        return 4;
      case '五':
      case '伍':
        return 5;
      case '六':
      case '陆':
        return 6;
      case '七':
      case '柒':
        return 7;
      case '八':
      case '捌':
        return 8;
      case '九':
      case '玖':
        return 9;
      default:
        return -1;
    }
  }

  /** The multiplier of a numeral unit ({@code 十百千}), or -1. */
  static int multiplier(char c) {
    switch (c) {
      case '十':
      case '拾':
        return 10;
      case '百':
      case '佰':
        return 100;
      case '千':
      case '仟':
        return 1000;
      default:
        return -1;
    }
  }

  /** Whether {@code c} is a Chinese numeral digit or unit. */
  static boolean isNumeral(char c) {
    return digit(c) >= 0 || multiplier(c) > 0;
  }

  /**
   * The value of {@code text[start, end)}: ASCII digits, or Chinese numerals either positional
   * ({@code 二〇二三}) or with units ({@code 二十三}); -1 when the range is empty, mixes other
   * characters in, or exceeds 99999.
   */
  static int parse(CharSequence text, int start, int end) {
    if (start >= end || end - start > 9) {
      return -1;
    }
    if (TextFold.isDigit(text.charAt(start))) {
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (!TextFold.isDigit(c)) {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    int total = 0;
    int current = 0;
    boolean previousWasDigit = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        current = previousWasDigit ? current * 10 + d : d;
        previousWasDigit = true;
        continue;
      }
      int m = multiplier(c);
      if (m < 0) {
        return -1;
      }
      total += (current == 0 && !previousWasDigit ? 1 : current) * m;
      current = 0;
      previousWasDigit = false;
    }
    return total + current;
  }

  /** The end of the run of Chinese numerals starting at {@code start}, at most {@code limit}. */
  static int runEnd(CharSequence text, int start, int limit) {
    int i = start;
    while (i < limit && isNumeral(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the run of ASCII digits starting at {@code start}, at most {@code limit}. */
  static int digitsEnd(CharSequence text, int start, int limit) {
    int i = start;
    while (i < limit && TextFold.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
