package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one written figure at a position of a text, exactly (annotation guide §4), for scanners
 * and for {@link QuantityReader}:
 *
 * <ul>
 *   <li>Arabic digits, half- or full-width, with {@code ,} thousands separators in groups of
 *       three ({@code 1,200}; the full-width {@code ，} only between full-width digits, {@code
 *       １，２００}, since elsewhere it separates clauses) and a decimal point ({@code 0.22}, {@code
 *       ４．５});
 *   <li>Chinese numerals: {@code 两} → 2, {@code 十五} → 15, {@code 一百二十} → 120, {@code 一千零五}
 *       → 1005, {@code 三点五} → 3.5, financial ({@code 贰拾}) and Traditional ({@code 兩萬}) forms,
 *       the colloquial {@code 一万五} → 15000 and {@code 二百五} → 250;
 *   <li>magnitudes inside the figure: {@code 3万4000} → 34000, {@code 3亿5000万} → 350000000,
 *       {@code 1,100万} → 11000000, and {@code 千}/{@code 百} after Arabic digits ({@code 5千} → 5000);
 *   <li>open magnitudes: {@code 500多}, {@code 10余}, {@code 十几}, {@code 二百余万} (a floor, {@link
 *       NumberReading#isOpen()}).
 * </ul>
 *
 * <p>A magnitude word right after the first group is left unread when the {@link UnitCatalogue}
 * knows a unit that starts with it: {@code 1.5万平方米} reads {@code 1.5} and leaves {@code 万平方米},
 * {@code 一百二十万元} reads {@code 一百二十}, {@code 500多亿元} reads {@code 500多}. After a larger
 * magnitude the word belongs to the figure ({@code 3亿5000万元} reads {@code 3亿5000万}). Signs are
 * not read: a hyphen between figures is a range. Immutable and thread-safe.
 */
public final class NumberReader {
  private static final NumberReader STANDARD = new NumberReader(UnitCatalogue.standard());

  private final UnitCatalogue catalogue;

  private NumberReader(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A reader that consults the {@linkplain UnitCatalogue#standard() standard catalogue}. */
  public static NumberReader standard() {
    return STANDARD;
  }

  /** A reader that consults {@code catalogue} to leave units unread. */
  public static NumberReader of(UnitCatalogue catalogue) {
    return new NumberReader(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /** The catalogue this reader consults. */
  public UnitCatalogue catalogue() {
    return catalogue;
  }

  /** Whether a figure starts at {@code from} in {@code text}. */
  public boolean startsNumber(CharSequence text, int from) {
    return readAt(text, from).isPresent();
  }

  /**
   * The figure that starts at {@code from} in {@code text}, or empty when none does.
   *
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, text.length()]}
   */
  public Optional<NumberReading> readAt(CharSequence text, int from) {
    return readAt(text, from, text.length());
  }

  /** As {@link #readAt(CharSequence, int)}, reading no char at or past {@code end}. */
  public Optional<NumberReading> readAt(CharSequence text, int from, int end) {
    Objects.checkFromToIndex(from, end, text.length());
    return Optional.ofNullable(new Scan(text, end).figure(from));
  }

  static int chineseDigit(char folded) {
    switch (folded) {
      case '零': case '〇': return 0;
      case '一': case '壹': return 1;
      case '二': case '两': case '贰': return 2;
      case '三': case '叁': return 3;
      case '四': case '肆': return 4;
      case '五': case '伍': return 5;
      case '六': case '陆': return 6;
      case '七': case '柒': return 7;
      case '八': case '捌': return 8;
      case '九': case '玖': return 9;
      default: return -1;
    }
  }

  static int chineseUnit(char folded) {
    switch (folded) {
      case '十': case '拾': return 10;
      case '百': case '佰': return 100;
      case '千': case '仟': return 1000;
      default: return 0;
    }
  }

  private static boolean isFullWidthDigit(char c) {
    return c >= '\uFF10' && c <= '\uFF19';
  }

  static boolean isOpenMarker(char folded) {
    return folded == '多' || folded == '余';
  }

  /** One read: a cursor over {@code text} and the result of the last section read. */
  private final class Scan {
    private final CharSequence text;
    private final int end;
    private BigDecimal sectionValue = BigDecimal.ZERO;
    private int sectionEnd;
    private boolean sectionChinese;
    private boolean sectionLone;
    private boolean sectionOpen;

    Scan(CharSequence text, int end) {
      this.text = text;
      this.end = end;
    }

    private char at(int i) {
      return CharFolding.fold(text.charAt(i));
    }

    private int asciiDigit(int i) {
      if (i >= end) {
        return -1;
      }
      char c = at(i);
      return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private int cnDigit(int i) {
      return i < end ? chineseDigit(at(i)) : -1;
    }

    private boolean unitAt(int i) {
      return catalogue.nodeAt(text, i, end) != null;
    }

    @Nullable NumberReading figure(int from) {
      BigDecimal total = BigDecimal.ZERO;
      int pos = from;
      int lastExp = Integer.MAX_VALUE;
      boolean first = true;
      boolean magnitude = false;
      boolean open = false;
      boolean chinese = false;
      int trailingExp = 0;
      while (section(pos, !first)) {
        if (!first && !continues(chinese, lastExp)) {
          break;
        }
        BigDecimal value = sectionValue;
        int p = sectionEnd;
        chinese |= sectionChinese;
        open |= sectionOpen;
        trailingExp = 0;
        if (!first && sectionChinese && sectionLone && lastExp >= 4) {
          value = value.movePointRight(lastExp - 1);
        }
        if (!sectionChinese && !open && p < end) {
          int small = smallMultiplierExponent(at(p));
          if (small > 0 && small < lastExp && !(first && unitAt(p))) {
            value = value.movePointRight(small);
            p++;
            magnitude = true;
            trailingExp = small;
          }
        }
        if (!open && p < end && isOpenMarker(at(p))) {
          open = true;
          p++;
        }
        int exp = p < end ? magnitudeExponent(p) : 0;
        if (exp > 0 && exp < lastExp && !(first && unitAt(p))) {
          total = total.add(value.movePointRight(exp));
          p += exp == 12 ? 2 : 1;
          magnitude = true;
          trailingExp = exp;
          lastExp = exp;
          if (!open && p < end && isOpenMarker(at(p))) {
            open = true;
            p++;
          }
          pos = p;
          first = false;
          if (open) {
            break;
          }
          continue;
        }
        total = total.add(value);
        pos = p;
        first = false;
        break;
      }
      if (pos == from) {
        return null;
      }
      return new NumberReading(Amount.of(total), from, pos, magnitude, trailingExp, open, chinese);
    }

    /**
     * Whether the section just read continues a figure whose last magnitude was {@code 10^exp}: it
     * is written in the same script ({@code 5亿一季度} stops after {@code 5亿}) and is smaller than
     * that magnitude ({@code 3万40000} stops after {@code 3万}).
     */
    private boolean continues(boolean chineseSoFar, int exp) {
      return sectionChinese == chineseSoFar
          && sectionValue.compareTo(BigDecimal.ONE.movePointRight(exp)) < 0;
    }

    private int magnitudeExponent(int i) {
      char c = at(i);
      if (c == '亿') {
        return 8;
      }
      if (c == '万') {
        return i + 1 < end && at(i + 1) == '亿' ? 12 : 4;
      }
      return 0;
    }

    private int smallMultiplierExponent(char c) {
      return c == '千' ? 3 : c == '百' ? 2 : 0;
    }

    /** Reads one group below 万 at {@code i}; false when none starts there. */
    private boolean section(int i, boolean continuation) {
      if (i >= end) {
        return false;
      }
      sectionOpen = false;
      sectionLone = false;
      if (asciiDigit(i) >= 0) {
        sectionChinese = false;
        return arabic(i);
      }
      sectionChinese = true;
      return chineseSection(i, continuation);
    }

    private boolean arabic(int i) {
      long unscaled = 0;
      BigInteger big = null;
      int digits = 0;
      int scale = 0;
      int group = 0;
      boolean grouped = false;
      while (i < end) {
        int d = asciiDigit(i);
        if (d >= 0) {
          if (digits < 18) {
            unscaled = unscaled * 10 + d;
          } else {
            big = (big == null ? BigInteger.valueOf(unscaled) : big)
                .multiply(BigInteger.TEN).add(BigInteger.valueOf(d));
          }
          digits++;
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
      if (i + 1 < end && at(i) == '.' && asciiDigit(i + 1) >= 0) {
        i++;
        while (asciiDigit(i) >= 0) {
          int d = asciiDigit(i);
          if (digits < 18) {
            unscaled = unscaled * 10 + d;
          } else {
            big = (big == null ? BigInteger.valueOf(unscaled) : big)
                .multiply(BigInteger.TEN).add(BigInteger.valueOf(d));
          }
          digits++;
          scale++;
          i++;
        }
      }
      sectionValue = big == null ? BigDecimal.valueOf(unscaled, scale) : new BigDecimal(big, scale);
      sectionEnd = i;
      return true;
    }

    /**
     * A full-width comma separates thousands only between full-width digits ({@code １，２００});
     * between half-width digits it is the clause separator of Chinese text ({@code 300，500}).
     */
    private boolean commaFitsDigits(int comma) {
      return text.charAt(comma) == ',' || isFullWidthDigit(text.charAt(comma - 1));
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
      if (first == 0 && !continuation && !(start + 1 < end && at(start + 1) == '点')) {
        return false;
      }
      if (first > 0 && cnDigit(start + 1) >= 0 && hasZeroInRun(start)) {
        return positional(start);
      }
      long value = 0;
      int pending = -1;
      int lastUnit = 10000;
      boolean afterZero = false;
      boolean zeroSeen = false;
      boolean sawUnit = false;
      boolean endsWithUnit = false;
      int i = start;
      int good = start;
      while (i < end) {
        char c = at(i);
        int d = chineseDigit(c);
        if (d == 0) {
          if (pending >= 0 || (!sawUnit && !continuation && !(i + 1 < end && at(i + 1) == '点'))) {
            break;
          }
          afterZero = true;
          zeroSeen = true;
          i++;
          if (i < end && at(i) == '点') {
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
        value += pending * u;
        pending = -1;
        lastUnit = u;
        sawUnit = true;
        afterZero = false;
        endsWithUnit = true;
        i++;
        good = i;
      }
      boolean fraction = good < end && at(good) == '点' && cnDigit(good + 1) >= 0;
      if (pending >= 0) {
        value += sawUnit && !afterZero && !fraction && lastUnit >= 100
            ? pending * (lastUnit / 10) : pending;
      }
      if (good == start && !fraction) {
        return false;
      }
      BigDecimal result = BigDecimal.valueOf(value);
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
      } else if (endsWithUnit && i < end && at(i) == '几') {
        sectionOpen = true;
        i++;
      }
      sectionLone = !sawUnit && !zeroSeen && !fraction && pending > 0 && good == start + 1;
      sectionValue = result;
      sectionEnd = i;
      return true;
    }

    private boolean hasZeroInRun(int start) {
      for (int i = start; i < end; i++) {
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
      long value = 0;
      int i = start;
      while (cnDigit(i) >= 0 && i - start < 18) {
        value = value * 10 + cnDigit(i);
        i++;
      }
      sectionValue = BigDecimal.valueOf(value);
      sectionEnd = i;
      return true;
    }
  }
}
