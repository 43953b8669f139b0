package io.github.policytasks.benchmarks;

/** Writes 1..99 as a Chinese numeral ({@code 十二}, {@code 九十九}). Stateless and thread-safe. */
final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  static String of(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("Numeral " + n + " is outside 1..99");
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    return (n >= 20 ? String.valueOf(DIGITS.charAt(n / 10)) : "") + "十"
        + (n % 10 > 0 ? String.valueOf(DIGITS.charAt(n % 10)) : "");
  }
}
