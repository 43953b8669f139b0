package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.BoundWords;
import io.github.policytasks.metrics.lexicon.DigitFractions;
import io.github.policytasks.metrics.lexicon.FigureWords;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Ideographs;
import io.github.policytasks.metrics.lexicon.InclusionRemarks;
import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import io.github.policytasks.metrics.lexicon.MinusSigns;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one grammar of bounds, ranges and magnitudes (annotation guide §3), shared by {@link
 * BoundPhraseReader} and the parser's target reading so that both read a phrase alike:
 *
 * <ul>
 *   <li>the bound words right after a figure ({@code 以上}, {@code 或以下}, {@code 左右}) and right
 *       before it ({@code 不低于}, {@code 逾}, {@code 最低}, {@code 超出}), from the lexicon's {@code
 *       bound-words.txt}; a longer word that ends like one ({@code 最近}, {@code 赶超}) is none;
 *   <li>the comparator: a range is RANGE; else the word after the figure, then the word before
 *       it, then an open magnitude ({@code 500多亿元} is MORE_THAN its floor), else EXACTLY;
 *   <li>the ends of a range in one unit: the unit on both ends ({@code 4.5%-5%}, {@code
 *       5000万元-1亿元} → 5000…10000 万元) or on the upper end only ({@code 15-30亩}, {@code
 *       3-5万亩}); a lower end that carries its own magnitude is an absolute count of the upper
 *       unit's base ({@code 1千万-2千万元} → 1…2 千万元, {@code 3万-5亿元} → 0.0003…5 亿元);
 *   <li>the sign of a percent or percentage points: a minus sign right before the figure with no
 *       figure before it ({@code 增长-2%至2%}, {@code 控制在-1%左右}); a hyphen after a figure is a
 *       range separator.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class BoundGrammar {
  private static final WordTable<BoundWord> AFTER = BoundWords.at(WordPosition.AFTER);
  private static final WordTable<BoundWord> BEFORE =
      BoundWords.of(EnumSet.of(WordPosition.BEFORE, WordPosition.NONE));
  /** Bound words that stand only right before a magnitude word standing for the figure: {@code 上万人次}. */
  private static final WordTable<BoundWord> BEFORE_MAGNITUDE = BoundWords.at(WordPosition.BEFORE_MAGNITUDE);
  /** The words that stand for a figure with its unit ({@code figure-words.txt}: {@code 一半}). */
  private static final WordTable<FigureWords.Figure> FIGURE_WORDS = FigureWords.table();
  /** The unit of a share: a fraction in digits or a word such as {@code 一半} is in it. */
  private static final String PERCENT = "%";

  /** The smallest magnitude ({@code 万}, 10^4) that a plan writes without classifier as a count. */
  private static final int BARE_MAGNITUDE_FLOOR = 4;

  /** The words that make a magnitude written without a digit open: {@code 千余}, {@code 百多}. */
  private static final String OPEN_WORDS = "余多";

  /** Magnitudes of one character from 百 up ({@code 十} starts a number of its own), by their char. */
  private static final Magnitude[] LEADING_MAGNITUDES = leadingMagnitudes();
  /** The chars of {@link #LEADING_MAGNITUDES}, in the same order: a few, read without boxing. */
  private static final char[] LEADING_CHARS = leadingChars(LEADING_MAGNITUDES);

  private BoundGrammar() {}

  /**
   * {@return the magnitude of one character, from {@code 百} up, that {@code c} is, or null} Such a
   * magnitude can stand for a figure without a digit: open ({@code 千余人次}) or as one of a unit
   * it leads ({@code 突破千亿元}); {@code 十} is not one, it starts a number of its own.
   *
   * @param c a folded char
   */
  public static @Nullable Magnitude leadingMagnitude(char c) {
    for (int k = 0; k < LEADING_CHARS.length; k++) {
      if (LEADING_CHARS[k] == c) {
        return LEADING_MAGNITUDES[k];
      }
    }
    return null;
  }

  /**
   * {@return whether {@code c} makes the magnitude before it open ({@code 余}, {@code 多}: {@code
   * 千余}, {@code 百多})}
   *
   * @param c a folded char
   */
  public static boolean isOpenWord(char c) {
    return OPEN_WORDS.indexOf(c) >= 0;
  }

  private static Magnitude[] leadingMagnitudes() {
    Map<Character, Magnitude> found = new LinkedHashMap<>();
    for (Magnitude magnitude : Magnitudes.all()) {
      if (magnitude.word().length() == 1 && magnitude.exponent() >= 2) {
        found.putIfAbsent(magnitude.word().charAt(0), magnitude);
      }
    }
    return found.values().toArray(new Magnitude[0]);
  }

  private static char[] leadingChars(Magnitude[] magnitudes) {
    char[] chars = new char[magnitudes.length];
    for (int k = 0; k < magnitudes.length; k++) {
      chars[k] = magnitudes[k].word().charAt(0);
    }
    return chars;
  }

  /**
   * A figure that ends in a magnitude of {@code 万} or more with no unit after it ({@code 3万},
   * {@code 突破5亿}, {@code 二百余万}) read as a bare count (annotation guide §3 open magnitudes,
   * §6 a magnitude without classifier): the number before the magnitude word and the word as its
   * unit, the catalogue's {@linkplain UnitCatalogue#bareMagnitude bare magnitude}; empty when
   * the figure ends otherwise or the catalogue has no bare counts. Whether the context makes it a
   * target is for the caller to say.
   *
   * @param text the text the figure was read from
   * @param number a figure read from {@code text}, with no unit after it
   * @param catalogue the unit catalogue whose bare magnitudes count
   * @return the bare count, if the figure is one
   */
  public static Optional<QuantityReading> bareMagnitude(
      CharSequence text, NumberReading number, UnitCatalogue catalogue) {
    int exponent = number.trailingMagnitudeExponent();
    if (exponent < BARE_MAGNITUDE_FLOOR) {
      return Optional.empty();
    }
    CharSequence folded = Folding.view(text);
    int wordEnd = number.end();
    if (number.isOpen() && NumberReader.isOpenMarker(folded.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    String word = null;
    for (Magnitude magnitude : Magnitudes.all()) {
      String candidate = magnitude.word();
      int wordStart = wordEnd - candidate.length();
      if (magnitude.exponent() == exponent && wordStart > number.start()
          && startsWith(folded, wordStart, candidate)
          && (word == null || candidate.length() > word.length())) {
        word = candidate;
      }
    }
    if (word == null) {
      return Optional.empty();
    }
    Optional<UnitDefinition> unit = catalogue.bareMagnitude(word);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    int wordStart = wordEnd - word.length();
    NumberReading count = new NumberReading(number.value().dividedBy(unit.get().factor()),
        number.start(), wordStart, number.hasMagnitude(), 0, number.isOpen(), number.isChinese());
    UnitMatch written = new UnitMatch(wordStart, wordEnd,
        Unit.of(text.subSequence(wordStart, wordEnd).toString()), unit.get());
    return Optional.of(new QuantityReading(count, written, number.start(), number.end()));
  }

  /**
   * The figure of a percent word's whole ({@code 百分之百}: 100 %, every one): the first character of
   * the percent word ({@code 百} of {@code 百分之}, {@code 千} of {@code 千分之}) written again alone
   * right after it, read as its magnitude's value; null where a digit, a numeral, a magnitude, a
   * decimal point or an open marker follows that character, for then the number reader reads the
   * figure ({@code 百分之一百}, {@code 百分之百二十} is none of this).
   *
   * @param text the text the figure is read from
   * @param wordStart the index of the percent word's first char ({@code 百} of {@code 百分之})
   * @param at the index just past the percent word
   * @param end the index just past the last char that may be read
   * @return the whole as a figure of one character, or null
   */
  public static @Nullable NumberReading wholeOfPercentWord(CharSequence text, int wordStart, int at, int end) {
    char base = Folding.fold(text.charAt(wordStart));
    if (at >= end || Folding.fold(text.charAt(at)) != base) {
      return null;
    }
    Magnitude whole = leadingMagnitude(base);
    if (whole == null) {
      return null;
    }
    if (at + 1 < end) {
      char next = Folding.fold(text.charAt(at + 1));
      if (isAsciiDigit(next) || Numerals.isNumeral(next) || Magnitudes.group().couldStart(next)
          || isOpenWord(next) || next == '点' || next == '几' || next == '.') {
        return null;
      }
    }
    return new NumberReading(whole.factor(), at, at + 1, false, 0, false, true);
  }

  /**
   * The end of a rate's divisor after a unit that ends at {@code at} ({@code 吨标准煤/万元},
   * {@code 人/年}, {@code 万元/亩}: a {@code /} and a unit of the catalogue), or {@code at} when no
   * divisor follows. The catalogue's own rate units ({@code 微克/立方米}) are matched whole before
   * this is asked. Such a rate is a unit the catalogue lacks, kept as written (annotation guide §6,
   * a figure with an unknown unit).
   *
   * @param text the text the unit was read from
   * @param at the index just past the unit
   * @param end the index just past the last char that may be read
   * @param catalogue the unit catalogue that knows the divisor
   * @return the index just past the divisor, or {@code at}
   */
  public static int rateEnd(CharSequence text, int at, int end, UnitCatalogue catalogue) {
    if (at + 1 >= end || Folding.fold(text.charAt(at)) != RATE) {
      return at;
    }
    int divisor = catalogue.unitLengthAt(text, at + 1, end);
    return divisor > 0 ? at + 1 + divisor : at;
  }

  /**
   * The end of a rate per a round number written after a figure with no unit ({@code 15/10万},
   * {@code 22/10万}, {@code 3/千}: a {@code /}, digits and a magnitude word), or -1 when none is
   * written at {@code at}. The rate from the {@code /} on is a unit the catalogue lacks, kept as
   * written (annotation guide §6).
   *
   * @param text the text the figure was read from
   * @param at the index just past the figure's number
   * @param end the index just past the last char that may be read
   * @return the index just past the magnitude word, or -1
   */
  public static int perRoundNumberEnd(CharSequence text, int at, int end) {
    if (at >= end || Folding.fold(text.charAt(at)) != RATE) {
      return -1;
    }
    int k = at + 1;
    while (k < end && k - at <= LONGEST_ROUND_NUMBER && isAsciiDigit(Folding.fold(text.charAt(k)))) {
      k++;
    }
    return k < end && leadingMagnitude(Folding.fold(text.charAt(k))) != null ? k + 1 : -1;
  }

  /**
   * Whether one character {@code folded} the catalogue lacks may stand as the unit of a figure
   * (annotation guide §6: {@code 500筐以上}, {@code 不少于30垄}): an ideograph that is none of the
   * words that follow a figure as a date, a rank, a size class, an open magnitude, a bound or a
   * join ({@code 年月日号大强届级星岁后前中余多以左至到的和及与或并在是为等}). Whether a bound word makes
   * the figure a quantity is for the caller to say.
   *
   * @param folded a folded char
   * @return whether it may be read as an unknown unit
   */
  public static boolean mayBeUnknownUnit(char folded) {
    return Ideographs.is(folded) && UNKNOWN_UNIT_DENIED.indexOf(folded) < 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The most characters of a unit read in a bracket that restates a figure ({@code （9天）}, {@code （24学时）}). */
  private static final int LONGEST_RESTATED_UNIT = 4;

  /**
   * {@return the index right after a bracket that restates the figure before it in another unit
   * ({@code 72学时（9天）}, {@code 3天（24学时）}: the bracket holds only Arabic digits, with a decimal
   * point now and then, and one to four ideographs or a percent sign), starting at {@code at} and
   * closing by {@code limit}; or -1} The bracketed figure is no target of its own (the parser's
   * NotATargetRules, a figure alone in brackets), so a bound word after it bounds the figure it
   * restates: {@code 72学时（9天）以上} is AT_LEAST 72 学时.
   *
   * @param folded the text in folded form (full-width brackets folded to {@code (} and {@code )})
   * @param at the index where the opening bracket would stand
   * @param limit the end of the text that may be read
   */
  public static int restatementEnd(CharSequence folded, int at, int limit) {
    if (at + 1 >= limit || folded.charAt(at) != '(') {
      return -1;
    }
    int k = QuantityReader.skipSpaces(folded, at + 1, limit);
    int digits = k;
    while (k < limit && (isAsciiDigit(folded.charAt(k))
        || folded.charAt(k) == '.' && k > digits && k + 1 < limit && isAsciiDigit(folded.charAt(k + 1)))) {
      k++;
    }
    if (k == digits) {
      return -1;
    }
    int unit = k;
    while (k < limit && k - unit < LONGEST_RESTATED_UNIT
        && (Ideographs.is(folded.charAt(k)) || folded.charAt(k) == '%' && k == unit)) {
      k++;
    }
    if (k == unit) {
      return -1;
    }
    k = QuantityReader.skipSpaces(folded, k, limit);
    return k < limit && folded.charAt(k) == ')' ? k + 1 : -1;
  }

  /**
   * {@return a fraction written in digits that states a share, as a percent ({@code 1/3} is 100/3
   * %, {@code 2/3以上} 200/3 %; the lexicon's {@code digit-fractions.txt}), or null} The figure {@code
   * number} is the numerator: Arabic digits only, no magnitude, below the denominator; right after it
   * a {@code /} and a denominator of the list, after which stands no digit, decimal point, slash,
   * magnitude word or unit of the catalogue. A slash before a magnitude is a rate per a round number
   * ({@code 15/10万}: {@link #perRoundNumberEnd}) and a fraction over another denominator ({@code
   * 12/31}, {@code 7/24小时}) is none.
   *
   * @param text the text the figure was read from
   * @param number a figure read from {@code text}, with no unit after it
   * @param end the index just past the last char that may be read
   * @param catalogue the unit catalogue, which must know {@code %}
   */
  public static @Nullable QuantityReading fractionInDigits(CharSequence text, NumberReading number, int end,
      UnitCatalogue catalogue) {
    int slash = number.end();
    if (number.isChinese() || number.hasMagnitude() || number.isOpen() || slash + 1 >= end
        || Folding.fold(text.charAt(slash)) != RATE) {
      return null;
    }
    for (int k = number.start(); k < slash; k++) {
      if (!isAsciiDigit(Folding.fold(text.charAt(k)))) {
        return null;
      }
    }
    int k = slash + 1;
    while (k < end && k - slash <= DigitFractions.longest() && isAsciiDigit(Folding.fold(text.charAt(k)))) {
      k++;
    }
    if (k == slash + 1 || k - slash > DigitFractions.longest() || !endsFraction(text, k, end, catalogue)) {
      return null;
    }
    int denominator = Integer.parseInt(Folding.fold(text.subSequence(slash + 1, k).toString()));
    Amount factor = DigitFractions.factor(denominator);
    Optional<UnitDefinition> percent = catalogue.find(PERCENT);
    if (factor == null || percent.isEmpty() || number.value().compareTo(Amount.of(denominator)) >= 0
        || number.value().signum() <= 0) {
      return null;
    }
    NumberReading share = new NumberReading(number.value().times(factor), number.start(), k, false, 0, false, false);
    return new QuantityReading(share, new UnitMatch(slash, k, Unit.of(PERCENT), percent.get()), number.start(), k);
  }

  /** Whether a denominator ending at {@code at} ends its fraction: nothing that continues a figure follows. */
  private static boolean endsFraction(CharSequence text, int at, int end, UnitCatalogue catalogue) {
    if (at >= end) {
      return true;
    }
    char c = Folding.fold(text.charAt(at));
    boolean continues = isAsciiDigit(c) || c == '.' || c == RATE || Numerals.isNumeral(c)
        || leadingMagnitude(c) != null || Magnitudes.group().couldStart(c);
    return !continues && catalogue.unitLengthAt(text, at, end) == 0;
  }

  /**
   * {@return a word that stands for a figure with its unit ({@code 一半} is 50 %; the lexicon's
   * {@code figure-words.txt}) at {@code from}, or null} Whether the context makes it a figure is
   * for the caller to say.
   *
   * @param text the text to read
   * @param from the index where the word would start
   * @param end the index just past the last char that may be read
   * @param catalogue the unit catalogue that knows the word's unit
   */
  public static @Nullable QuantityReading figureWord(CharSequence text, int from, int end, UnitCatalogue catalogue) {
    CharSequence folded = Folding.view(text);
    if (from >= end || !FIGURE_WORDS.couldStart(folded.charAt(from))) {
      return null;
    }
    WordTable.Match<FigureWords.Figure> word = FIGURE_WORDS.matchAt(folded, from, end);
    Optional<UnitDefinition> unit = word == null ? Optional.empty() : catalogue.find(word.meaning().unit());
    if (unit.isEmpty()) {
      return null;
    }
    NumberReading number = new NumberReading(word.meaning().value(), from, word.end(), false, 0, false, true);
    return new QuantityReading(number,
        new UnitMatch(word.end(), word.end(), Unit.of(word.meaning().unit()), unit.get()), from, word.end());
  }

  /** The longest unit looked for between a figure and a hyphen after it ({@code 3万平方米-5万平方米}). */
  private static final int LONGEST_UNIT_BEFORE_SIGN = 8;

  /**
   * The index of the minus sign that is the sign of the figure starting at {@code numberStart}
   * ({@code 增长-2%至2%}, {@code 控制在-1%左右}, the lexicon's {@code minus-signs.txt}), or -1. A
   * hyphen between two figures is a range, never a minus sign (annotation guide §3): the sign must
   * stand right before the figure, and no figure may end before it (spaces skipped), with or
   * without a unit ({@code 15-30亩}, {@code 4.5%-5%}, {@code 3个-5个}, {@code 3万-5万亩}). Whether
   * the figure's unit may carry a sign is asked apart ({@link #maySign}).
   *
   * @param text the text the figure is read from
   * @param numberStart the index of the figure's first digit or numeral
   * @param floor the index before which no char is read
   * @param catalogue the unit catalogue whose units may end a figure before the sign
   * @return the index of the figure's minus sign, or -1 when the figure has none
   */
  public static int signStart(CharSequence text, int numberStart, int floor, UnitCatalogue catalogue) {
    int sign = numberStart - 1;
    if (sign < floor || !MinusSigns.isSign(Folding.fold(text.charAt(sign)))) {
      return -1;
    }
    int before = sign;
    while (before > floor && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    if (before == floor) {
      return sign;
    }
    if (endsFigureAt(text, before, floor)) {
      return -1;
    }
    for (int k = 1; k <= LONGEST_UNIT_BEFORE_SIGN && before - k > floor; k++) {
      if (catalogue.unitLengthAt(text, before - k, before) == k
          && endsFigure(Folding.fold(text.charAt(before - k - 1)))) {
        return -1;
      }
    }
    return sign;
  }

  /**
   * Whether a figure may end right before {@code end}: with a digit, a numeral, a magnitude or a
   * percent mark, or with an open marker ({@code 多}, {@code 余}) after one of those ({@code 百多}).
   * An open marker after anything else is the end of a word ({@code 最多-0.1%}: the bound word 最多,
   * then a signed figure).
   */
  private static boolean endsFigureAt(CharSequence text, int end, int floor) {
    char last = Folding.fold(text.charAt(end - 1));
    if (NumberReader.isOpenMarker(last)) {
      return end - 2 >= floor && endsFigure(Folding.fold(text.charAt(end - 2)));
    }
    return endsFigure(last);
  }

  /** Whether a figure may end with {@code folded}: a digit, a numeral, a magnitude, a percent mark. */
  private static boolean endsFigure(char folded) {
    return isAsciiDigit(folded) || folded == '.' || folded == '%' || folded == '‰'
        || Numerals.isNumeral(folded) || Magnitudes.group().couldStart(folded)
        || NumberReader.isOpenMarker(folded) || folded == '几'
        || folded >= 'a' && folded <= 'z' || folded >= 'A' && folded <= 'Z';
  }

  /**
   * {@return whether a figure in {@code unit} may carry a minus sign} Only where a plan's values
   * fall below zero: a percent ({@code 增长-2%至2%}, {@code 控制在-1%左右}), percentage points
   * ({@code -0.5个百分点}) and a temperature ({@code 冷库温度-18℃以下}). A count cannot be negative,
   * and before money, areas or masses a hyphen with no figure before it is a dash, not a sign.
   *
   * @param unit the unit of the figure
   */
  public static boolean maySign(UnitDefinition unit) {
    Dimension dimension = unit.dimension();
    return dimension == Dimension.PERCENT || dimension == Dimension.PERCENTAGE_POINTS
        || dimension == Dimension.TEMPERATURE;
  }

  /**
   * {@return {@code number} with its sign at {@code signStart}: the value negated, the figure
   * starting at the sign}
   *
   * @param number a figure read right after a minus sign
   * @param signStart the index of the sign ({@link #signStart})
   */
  public static NumberReading signed(NumberReading number, int signStart) {
    return new NumberReading(number.value().negate(), signStart, number.end(), number.hasMagnitude(),
        number.trailingMagnitudeExponent(), number.isOpen(), number.isChinese());
  }

  /** The mark of a rate: {@code 人/年}, {@code 15/10万}. */
  private static final char RATE = '/';

  /** The longest run of digits of a round number after a rate's {@code /} ({@code 10}, {@code 100}). */
  private static final int LONGEST_ROUND_NUMBER = 32;

  /** Characters that after a figure are never its unknown unit (see {@link #mayBeUnknownUnit}). */
  private static final String UNKNOWN_UNIT_DENIED = "年月日号大强届级星岁后前中余多以左至到的和及与或并在是为等";

  private static boolean startsWith(CharSequence folded, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (folded.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the comparator of a figure: RANGE for a range, else the bound word after it, else the
   * one before it, else MORE_THAN for an open magnitude, else EXACTLY}
   *
   * @param range whether the figure is a range
   * @param after the bound of the word after the figure, if any
   * @param before the bound of the word before the figure, if any
   * @param open whether the figure has an open magnitude ({@code 500多})
   */
  public static Bound comparator(
      boolean range, @Nullable Bound after, @Nullable Bound before, boolean open) {
    if (range) {
      return Bound.RANGE;
    }
    if (after != null) {
      return after;
    }
    if (before != null) {
      return before;
    }
    return open ? Bound.MORE_THAN : Bound.EXACTLY;
  }

  /**
   * {@return the bound word that starts at {@code at} in {@code folded} (within {@code limit}), or
   * null}
   *
   * @param folded the text in folded form
   * @param at the index in {@code folded} where the word would start
   * @param limit the largest number of bytes accepted
   */
  public static WordTable.@Nullable Match<BoundWord> after(CharSequence folded, int at, int limit) {
    return AFTER.matchAt(folded, at, limit);
  }

  /**
   * {@return where the bound word after a figure is looked for: past a remark that the figure
   * itself counts ({@code 95%（含）以上}, {@code inclusion-remarks.txt}) or a bracket that restates
   * the figure in another unit ({@code 72学时（9天）以上}: {@link #restatementEnd}) when a bound word
   * after a figure follows it, spaces skipped; else {@code at} itself}
   *
   * @param folded the text in folded form
   * @param at the index right after the figure (and its unit), spaces skipped
   * @param limit the end of the text that may be read
   */
  public static int pastInclusionRemark(CharSequence folded, int at, int limit) {
    int end = InclusionRemarks.endAt(folded, at, limit);
    if (end < 0) {
      end = restatementEnd(folded, at, limit);
    }
    if (end < 0) {
      return at;
    }
    int word = QuantityReader.skipSpaces(folded, end, limit);
    return AFTER.matchAt(folded, word, limit) != null ? word : at;
  }

  /**
   * {@return the bound word that ends at {@code end} in {@code folded} (starting at or after {@code
   * floor}), or null, also when a longer word that is no bound ends there ({@code 最近})}
   *
   * @param folded the text in folded form
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public static WordTable.@Nullable Match<BoundWord> before(CharSequence folded, int end, int floor) {
    WordTable.Match<BoundWord> word = BEFORE.matchEndingAt(folded, end, floor);
    if (word == null && startsMagnitudeWord(folded, end)) {
      word = BEFORE_MAGNITUDE.matchEndingAt(folded, end, floor);
    }
    return word == null || word.meaning().bound() == null ? null : word;
  }

  /**
   * {@return the bound word that stands only before a magnitude word ({@code 上} of {@code
   * 上万人次}; the lexicon's {@code before-magnitude} rows) starting at {@code at} in {@code folded},
   * with a magnitude word of one character from {@code 百} up right after it, or null}
   *
   * @param folded the text in folded form
   * @param at the index where the word would start
   * @param limit the end of the text that may be read
   */
  public static WordTable.@Nullable Match<BoundWord> beforeMagnitudeAt(CharSequence folded, int at, int limit) {
    WordTable.Match<BoundWord> word = BEFORE_MAGNITUDE.matchAt(folded, at, limit);
    return word != null && word.end() < limit && startsMagnitudeWord(folded, word.end()) ? word : null;
  }

  /** Whether a magnitude of one character from {@code 百} up stands at {@code at}. */
  private static boolean startsMagnitudeWord(CharSequence folded, int at) {
    return at < folded.length() && leadingMagnitude(folded.charAt(at)) != null;
  }

  /**
   * {@return whether a bound word ends at {@code end} in {@code folded} (starting at or after
   * {@code floor})}: {@code before(folded, end, floor) != null}, without building the match
   *
   * @param folded the text in folded form
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public static boolean hasBefore(CharSequence folded, int end, int floor) {
    BoundWord word = BEFORE.meaningEndingAt(folded, end, floor);
    if (word == null && startsMagnitudeWord(folded, end)) {
      word = BEFORE_MAGNITUDE.meaningEndingAt(folded, end, floor);
    }
    return word != null && word.bound() != null;
  }

  /**
   * {@return the two ends of a range in one unit, from the figures {@code lower} and {@code upper}
   * and the units written after each (either may be absent)}
   *
   * @param lower the figure of the lower end
   * @param lowerUnit the unit written after the lower end, if any
   * @param upper the figure of the upper end
   * @param upperUnit the unit written after the upper end, if any
   * @param normalizer the normalizer that converts between the two units
   * @throws DimensionMismatchException if the two units do not convert into each other
   * @throws IllegalArgumentException if the upper end is below the lower end
   */
  public static RangeEnds range(NumberReading lower, @Nullable UnitMatch lowerUnit,
      NumberReading upper, @Nullable UnitMatch upperUnit, Normalizer normalizer) {
    Amount low = lower.value();
    Amount high = upper.value();
    UnitMatch unit;
    if (lowerUnit == null) {
      unit = upperUnit;
      if (upperUnit != null && lower.hasMagnitude()) {
        low = lower.value().dividedBy(magnitudePrefix(upperUnit, normalizer.catalogue())).stripped();
      }
    } else {
      unit = lowerUnit;
      if (upperUnit != null && !upperUnit.definition().equals(lowerUnit.definition())) {
        high = normalizer.convert(Quantity.of(high, upperUnit.written()), lowerUnit.written())
            .amount();
      }
    }
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException(
          "Range upper end " + high + " is below its lower end " + low);
    }
    return new RangeEnds(low, high, unit);
  }

  /**
   * The factor of the magnitude word that starts {@code unit} ({@code 10000} for {@code 万亩},
   * {@code 10^7} for {@code 千万元}) when the rest is a unit of the same canonical unit whose
   * factor differs by exactly that much; 1 otherwise ({@code 亩}, {@code 平方米}).
   */
  static Amount magnitudePrefix(UnitMatch unit, UnitCatalogue catalogue) {
    String symbol = Folding.fold(unit.written().symbol());
    Amount best = Amount.ONE;
    int bestLength = 0;
    for (Magnitude magnitude : Magnitudes.all()) {
      String word = magnitude.word();
      if (word.length() <= bestLength || word.length() >= symbol.length()
          || !symbol.startsWith(word)) {
        continue;
      }
      UnitDefinition base = catalogue.find(symbol.substring(word.length())).orElse(null);
      if (base != null && base.canonical().equals(unit.definition().canonical())
          && base.factor().times(magnitude.factor()).isEquivalentTo(unit.definition().factor())) {
        best = magnitude.factor();
        bestLength = word.length();
      }
    }
    return best;
  }

  /**
   * The ends of a range in one unit.
   *
   * @param lower the lower end, in {@link #unit()}
   * @param upper the upper end, in {@link #unit()}
   * @param unit the unit as written at the end that gives it, or null when neither end has one
   */
  public record RangeEnds(Amount lower, Amount upper, @Nullable UnitMatch unit) {}
}
