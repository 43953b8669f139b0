package io.github.policytasks.render;

/**
 * Writes whole numbers as the Chinese numerals of headings: {@code 1} → {@code 一}, {@code 10} →
 * {@code 十}, {@code 12} → {@code 十二}, {@code 20} → {@code 二十}, {@code 105} → {@code 一百零五}.
 * Stateless and thread-safe.
 */
final class ChineseNumeralFormat {
  /** The largest number written. */
  static final int MAX = 9999;

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] POWERS = {"", "十", "百", "千"};

  private ChineseNumeralFormat() {}

  /**
   * The numeral for {@code number}.
   *
   * @throws IllegalArgumentException if {@code number} is outside 0..{@value #MAX}
   */
  static String format(int number) {
    if (number < 0 || number > MAX) {
      throw new IllegalArgumentException(
          "Cannot write " + number + " as a Chinese numeral: need 0.." + MAX);
    }
    if (number == 0) {
      return "零";
    }
    if (number >= 10 && number < 20) {
      return "十" + (number == 10 ? "" : String.valueOf(DIGITS.charAt(number - 10)));
    }
    StringBuilder out = new StringBuilder();
    boolean pendingZero = false;
    for (int power = 3; power >= 0; power--) {
      int digit = number / pow10(power) % 10;
      if (digit == 0) {
        pendingZero = out.length() > 0;
        continue;
      }
      if (pendingZero) {
        out.append('零');
        pendingZero = false;
      }
      out.append(DIGITS.charAt(digit)).append(POWERS[power]);
    }
    return out.toString();
  }

  private static int pow10(int power) {
    int result = 1;
    for (int i = 0; i < power; i++) {
      result *= 10;
    }
    return result;
  }
}
