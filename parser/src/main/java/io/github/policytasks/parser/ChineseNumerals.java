package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Numerals;

/**
 * Reads the small whole numbers of the genre's numbering and dates, written in Chinese numerals
 * ({@code 一}, {@code 十二}, {@code 二十}, {@code 一百零五}, {@code 二〇二三}; the lexicon's {@code
 * numerals.txt}) or in ASCII digits of folded text. Stateless and thread-safe.
 */
final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The value of a numeral digit ({@code 〇零一二两三…九}, financial forms), or -1. */
  static int digit(char c) {
    return Numerals.digit(c);
  }

  /** Whether {@code c} is a Chinese numeral digit or unit. */
  static boolean isNumeral(char c) {
    return Numerals.isNumeral(c);
  }

  /**
   * The value of {@code text[start, end)}: ASCII digits, or Chinese numerals either positional
   * ({@code 二〇二三}) or with units ({@code 二十三}); -1 when the range is empty, mixes other
   * characters in, or is longer than nine characters (so the value fits an int).
   */
  static int parse(CharSequence text, int start, int end) {
    if (start >= end || end - start > 9) {
      return -1;
    }
    if (TextChars.isDigit(text.charAt(start))) {
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (!TextChars.isDigit(c)) {
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
      int m = Numerals.unit(c);
      if (m == 0) {
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
    while (i < limit && TextChars.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
