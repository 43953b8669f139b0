package io.github.policytasks.metrics;

import io.github.policytasks.metrics.lexicon.ArrayChars;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Numerals;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Reads one group of a written figure, below the magnitudes 万 and 亿, for {@link NumberReader}:
 * Arabic digits with thousands separators and a decimal point, or a Chinese numeral ({@code
 * 一百二十}, {@code 十五}, {@code 三点五}, positional {@code 二〇二三}). The result of the last read stays
 * in the fields. As a char sequence it is the text folded char by char as it is read (the lexicon's
 * {@code Folding}), which the magnitude tables match, so one read of a figure needs no other view
 * of its text. Not thread-safe: one instance serves one read of one text.
 */
final class NumeralSection implements CharSequence {
  private final CharSequence text;
  private int limit;
  /** The digits of the Arabic group being read, reused from group to group. */
  private final Digits digits = new Digits();

  /** The value of the group read last. */
  BigDecimal value = BigDecimal.ZERO;
  /** Offset just past it. */
  int end;
  /** Whether it was a Chinese numeral. */
  boolean chinese;
  /** Whether it was a single Chinese digit with nothing else ({@code 五} in {@code 一万五}). */
  boolean lone;
  /** Whether it ended with the open marker {@code 几} ({@code 十几}). */
  boolean open;

  NumeralSection(CharSequence text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /**
   * Sets the index just past the last char that later reads may read, so that one section serves
   * many reads of its text ({@link NumberReader.Numbers}).
   */
  void limit(int limit) {
    this.limit = limit;
  }

  /** The text read, unfolded. */
  CharSequence text() {
    return text;
  }

  /** The index just past the last char that may be read. */
  int limit() {
    return limit;
  }

  /** {@return the length of the whole text} */
  @Override
  public int length() {
    return text.length();
  }

  /** {@return char {@code index} of the text, folded} */
  @Override
  public char charAt(int index) {
    return Folding.fold(ArrayChars.at(text, index));
  }

  /** {@return chars {@code [start, end)} of the text, folded} */
  @Override
  public CharSequence subSequence(int start, int end) {
    return Folding.fold(text, start, end);
  }

  /** {@return the whole text, folded} */
  @Override
  public String toString() {
    return Folding.fold(text, 0, text.length());
  }

  /** The value of the Chinese digit {@code folded} ({@link Numerals#digit}), or -1. */
  static int chineseDigit(char folded) {
    return Numerals.digit(folded);
  }

  /** The value of the Chinese numeral unit {@code folded} ({@link Numerals#unit}), or 0. */
  static int chineseUnit(char folded) {
    return Numerals.unit(folded);
  }

  private static boolean isFullWidthDigit(char c) {
    return c >= '\uFF10' && c <= '\uFF19';
  }

  private char at(int i) {
    return Folding.fold(ArrayChars.at(text, i));
  }

  private int asciiDigit(int i) {
    if (i >= limit) {
      return -1;
    }
    char c = at(i);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private int cnDigit(int i) {
    return i < limit ? chineseDigit(at(i)) : -1;
  }

  /** Reads one group below 万 at {@code i}; false when none starts there. */
  boolean read(int i, boolean continuation) {
    if (i >= limit) {
      return false;
    }
    open = false;
    lone = false;
    if (asciiDigit(i) >= 0) {
      chinese = false;
      return arabic(i);
    }
    chinese = true;
    return chineseSection(i, continuation);
  }

  private boolean arabic(int i) {
    Digits digits = this.digits;
    digits.clear();
    int scale = 0;
    int group = 0;
    boolean grouped = false;
    while (i < limit) {
      int d = asciiDigit(i);
      if (d >= 0) {
        digits.add(d);
        group++;
        i++;
      } else if (at(i) == ',' && groupComma(i, group, grouped) && commaFitsDigits(i)) {
        grouped = true;
        group = 0;
        i++;
      } else {
        break;
      }
    }
    if (i + 1 < limit && at(i) == '.' && asciiDigit(i + 1) >= 0) {
      i++;
      while (asciiDigit(i) >= 0) {
        int d = asciiDigit(i);
        digits.add(d);
        scale++;
        i++;
      }
    }
    value = digits.value(scale);
    end = i;
    return true;
  }

  /**
   * The digits of one Arabic figure: a {@code long} while they fit, then their text, turned into
   * a {@link BigInteger} once at the end, so a long figure costs no arithmetic per digit.
   */
  private static final class Digits {
    private static final int LONG_DIGITS = 18;

    private long unscaled;
    private int count;
    private @Nullable StringBuilder text;

    /** Forgets the digits read, for the next group. */
    void clear() {
      unscaled = 0;
      count = 0;
      text = null;
    }

    void add(int digit) {
      if (count < LONG_DIGITS) {
        unscaled = unscaled * 10 + digit;
      } else {
        if (text == null) {
          text = new StringBuilder(2 * LONG_DIGITS).append(unscaled);
        }
        text.append((char) ('0' + digit));
      }
      count++;
    }

    BigDecimal value(int scale) {
      return text == null
          ? BigDecimal.valueOf(unscaled, scale)
          : new BigDecimal(new BigInteger(text.toString()), scale);
    }
  }

  /**
   * A full-width comma separates thousands only between full-width digits ({@code １，２００});
   * between half-width digits it is the clause separator of Chinese text ({@code 300，500}).
   */
  private boolean commaFitsDigits(int comma) {
    return ArrayChars.at(text, comma) == ',' || isFullWidthDigit(ArrayChars.at(text, comma - 1));
  }

  private boolean groupComma(int comma, int group, boolean grouped) {
    if (grouped ? group != 3 : group < 1 || group > 3) {
      return false;
    }
    return asciiDigit(comma + 1) >= 0 && asciiDigit(comma + 2) >= 0 && asciiDigit(comma + 3) >= 0
        && asciiDigit(comma + 4) < 0;
  }

  private boolean chineseSection(int start, boolean continuation) {
    int first = cnDigit(start);
    char c0 = at(start);
    if (first < 0 && chineseUnit(c0) != 10) {
      return false;
    }
    if (first == 0 && !continuation && !(start + 1 < limit && at(start + 1) == '点')) {
      return false;
    }
    if (first > 0 && cnDigit(start + 1) >= 0 && hasZeroInRun(start)) {
      return positional(start);
    }
    long whole = 0;
    int pending = -1;
    int lastUnit = 10000;
    boolean afterZero = false;
    boolean zeroSeen = false;
    boolean sawUnit = false;
    boolean endsWithUnit = false;
    int i = start;
    int good = start;
    while (i < limit) {
      char c = at(i);
      int d = chineseDigit(c);
      if (d == 0) {
        if (pending >= 0 || (!sawUnit && !continuation && !(i + 1 < limit && at(i + 1) == '点'))) {
          break;
        }
        afterZero = true;
        zeroSeen = true;
        i++;
        if (i < limit && at(i) == '点') {
          good = i;
        }
        continue;
      }
      if (d > 0) {
        if (pending >= 0) {
          break;
        }
        pending = d;
        i++;
        good = i;
        endsWithUnit = false;
        continue;
      }
      int u = chineseUnit(c);
      if (u == 0 || u >= lastUnit) {
        break;
      }
      if (pending < 0) {
        if (u != 10 || !(i == start || afterZero)) {
          break;
        }
        pending = 1;
      }
      whole += pending * u;
      pending = -1;
      lastUnit = u;
      sawUnit = true;
      afterZero = false;
      endsWithUnit = true;
      i++;
      good = i;
    }
    boolean fraction = good < limit && at(good) == '点' && cnDigit(good + 1) >= 0;
    if (pending >= 0) {
      whole += sawUnit && !afterZero && !fraction && lastUnit >= 100
          ? pending * (lastUnit / 10) : pending;
    }
    if (good == start && !fraction) {
      return false;
    }
    BigDecimal result = BigDecimal.valueOf(whole);
    i = good;
    if (fraction) {
      i++;
      long frac = 0;
      int scale = 0;
      while (cnDigit(i) >= 0 && scale < 18) {
        frac = frac * 10 + cnDigit(i);
        scale++;
        i++;
      }
      result = result.add(BigDecimal.valueOf(frac, scale));
    } else if (endsWithUnit && i < limit && at(i) == '几') {
      open = true;
      i++;
    }
    lone = !sawUnit && !zeroSeen && !fraction && pending > 0 && good == start + 1;
    value = result;
    end = i;
    return true;
  }

  private boolean hasZeroInRun(int start) {
    for (int i = start; i < limit; i++) {
      int d = cnDigit(i);
      if (d < 0) {
        return false;
      }
      if (d == 0) {
        return true;
      }
    }
    return false;
  }

  private boolean positional(int start) {
    long whole = 0;
    int i = start;
    while (cnDigit(i) >= 0 && i - start < 18) {
      whole = whole * 10 + cnDigit(i);
      i++;
    }
    value = BigDecimal.valueOf(whole);
    end = i;
    return true;
  }
}
