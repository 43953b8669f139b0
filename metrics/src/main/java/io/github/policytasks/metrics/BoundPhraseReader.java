package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.BoundWords;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.RangeSeparators;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads bound phrases (annotation guide §3): optional bound words before the figure ({@code
 * 不低于}, {@code 超过}, {@code 突破}, {@code 控制在}, {@code 约}, {@code 力争}…), a figure with its unit
 * ({@link QuantityReader}), optionally a range separator ({@code -}, {@code —}, {@code ～}, {@code
 * 至}, {@code 到}) and a second figure, and optional bound words after ({@code 以上}, {@code 以内},
 * {@code 左右}…).
 *
 * <p>Words, comparator and range ends follow {@link BoundGrammar}, the grammar the parser's target
 * reading shares: a range is RANGE; otherwise a bound word after the figure wins ({@code
 * 突破10家以上} is AT_LEAST), then the bound word before the figure closest to it, then an open
 * magnitude ({@code 500多亿元}, {@code 十几万人}, {@code 二百余万}, {@code 千余人次} are MORE_THAN their
 * floor), and a bare figure is EXACTLY. After a bound word a unit led by its magnitude word stands
 * for one of that unit ({@code 突破千亿元} is MORE_THAN 1 千亿元, {@code 上万人次} AT_LEAST 1 万人次:
 * {@code 上} bounds only a magnitude word), as in the parser. In a range the unit may stand on both ends ({@code 4.5%-5%}) or only on
 * the upper end ({@code 15-30亩}, {@code 3-5万亩}, {@code 3万-5万亩} → 3…5 万亩, {@code 1千万-2千万元}
 * → 1…2 千万元, {@code 3万-5亿元} → 0.0003…5 亿元); an upper end in another unit of the same
 * dimension is converted exactly into the lower end's unit. A minus sign right before a percent,
 * percentage points or a temperature, with no figure before it, is the figure's sign ({@code
 * 增长-2%至2%} is -2…2 %, {@code -3%～-1%}); before any other unit it is refused. Immutable and
 * thread-safe.
 */
public final class BoundPhraseReader {
  private static final BoundPhraseReader STANDARD =
      new BoundPhraseReader(QuantityReader.standard());

  /** Words a phrase may open with: bound words before the figure, holding words and lead-in verbs. */
  private static final WordTable<BoundWord> PREFIXES = BoundWords.of(
      EnumSet.of(WordPosition.BEFORE, WordPosition.HOLDING, WordPosition.LEAD_IN));

  /** Words a phrase may close with: bound words after the figure and {@code 之间}. */
  private static final WordTable<BoundWord> SUFFIXES =
      BoundWords.of(EnumSet.of(WordPosition.AFTER, WordPosition.CLOSING));

  /**
   * Marks that end a clause or a list item, as the parser's clause breaks: after a bound word
   * before it, a figure of unknown unit ends there ({@code 不少于30棚。}).
   */
  private static final String CLAUSE_ENDS = "，。；、,;！？!?：:\n\r";

  private final QuantityReader quantities;
  private final Normalizer normalizer;

  private BoundPhraseReader(QuantityReader quantities) {
    this.quantities = quantities;
    this.normalizer = Normalizer.of(quantities.catalogue());
  }

  /** {@return a reader over the {@linkplain UnitCatalogue#standard() standard catalogue}} */
  public static BoundPhraseReader standard() {
    return STANDARD;
  }

  /**
   * {@return a reader over {@code catalogue}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static BoundPhraseReader of(UnitCatalogue catalogue) {
    return new BoundPhraseReader(QuantityReader.of(catalogue));
  }

  /**
   * {@return the bound phrase that {@code text} consists of, surrounding whitespace allowed}
   *
   * @param text the text to read
   * @throws QuantityParseException with the index where reading failed: no figure, a range
   *     separator without a second figure, ends in units that do not convert, an upper end below
   *     the lower one, or unread text after the phrase
   */
  public BoundPhrase parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int end = QuantityReader.trimEnd(text);
    int from = QuantityReader.skipSpaces(text, 0, end);
    BoundPhrase phrase = read(text, from, end, true);
    if (phrase.end() != end) {
      int at = phrase.end();
      throw new QuantityParseException(
          phrase.unit() == null && phrase.upper() == null
              ? "Unknown unit or word \"" + QuantityReader.rest(text, at, end) + "\""
              : "Unexpected \"" + QuantityReader.rest(text, at, end) + "\" after the bound phrase",
          text, at);
    }
    return phrase;
  }

  /**
   * {@return the longest bound phrase that starts at {@code from} (with a bound word or a figure),
   * reading no char at or past {@code end}; empty when none starts there or its range is malformed
   * (ends in units that do not convert, upper end below lower end)} A range separator that is not
   * followed by a figure is left unread.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   */
  public Optional<BoundPhrase> readAt(CharSequence text, int from, int end) {
    Objects.checkFromToIndex(from, end, text.length());
    try {
      return Optional.of(read(text, from, end, false));
    } catch (QuantityParseException e) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #readAt(CharSequence, int, int)} up to the end of {@code text}.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @return the phrase read, if a figure starts at {@code from}
   */
  public Optional<BoundPhrase> readAt(CharSequence text, int from) {
    return readAt(text, from, text.length());
  }

  private BoundPhrase read(CharSequence text, int from, int end, boolean strict) {
    CharSequence folded = Folding.view(text);
    int pos = from;
    Bound prefix = null;
    boolean afterWord = false;
    for (WordTable.Match<BoundWord> word = PREFIXES.matchAt(folded, pos, end); word != null;
        word = PREFIXES.matchAt(folded, pos, end)) {
      if (word.meaning().bound() != null) {
        prefix = word.meaning().bound();
      }
      afterWord = true;
      pos = QuantityReader.skipSpaces(text, word.end(), end);
    }
    WordTable.Match<BoundWord> magnitudeLead = BoundGrammar.beforeMagnitudeAt(folded, pos, end);
    if (magnitudeLead != null) {
      prefix = magnitudeLead.meaning().bound();
      afterWord = true;
      pos = magnitudeLead.end();
    }
    int sign = pos + 1 < end ? BoundGrammar.signStart(text, pos + 1, from, quantities.catalogue()) : -1;
    if (sign >= 0) {
      pos++;
    }
    int figureStart = pos;
    boolean led = afterWord;
    Optional<QuantityReading> digits = quantities.readAt(text, pos, end);
    if (sign >= 0 && digits.isEmpty()) {
      throw new QuantityParseException("Expected a figure after the minus sign", text, figureStart);
    }
    QuantityReading lower = digits
        .or(() -> magnitudeWordFigure(text, folded, figureStart, end, led))
        .orElseThrow(() -> new QuantityParseException(
            figureStart < end ? "Expected a figure or a bound word" : "Expected a figure",
            text, figureStart));
    pos = lower.end();
    QuantityReading upper = null;
    int afterLower = QuantityReader.skipSpaces(text, pos, end);
    WordTable.Match<String> separator = RangeSeparators.table().matchAt(folded, afterLower, end);
    int upperSign = -1;
    if (separator != null) {
      int upperStart = QuantityReader.skipSpaces(text, separator.end(), end);
      upperSign = upperStart + 1 < end
          ? BoundGrammar.signStart(text, upperStart + 1, from, quantities.catalogue()) : -1;
      if (upperSign >= 0) {
        upperStart++;
      }
      upper = quantities.readAt(text, upperStart, end).orElse(null);
      if (upper == null && strict) {
        throw new QuantityParseException(
            "Expected a figure after the range separator \"" + separator.meaning() + "\"", text, upperStart);
      }
      if (upper != null) {
        pos = upper.end();
      }
    }
    if (sign >= 0 || upperSign >= 0 && upper != null) {
      UnitMatch signedUnit = lower.unit().orElse(upper == null ? null : upper.unit().orElse(null));
      if (signedUnit == null || !BoundGrammar.maySign(signedUnit.definition())) {
        throw new QuantityParseException(
            "A minus sign stands only before a percent, percentage points or a temperature", text,
            sign >= 0 ? sign : upperSign);
      }
      lower = sign >= 0 ? signedReading(lower, sign) : lower;
      upper = upperSign >= 0 && upper != null ? signedReading(upper, upperSign) : upper;
    }
    Unit unknown = null;
    if (separator == null && digits.isPresent()) {
      int unknownEnd = unknownUnitEnd(text, folded, lower, prefix != null, end);
      if (unknownEnd > pos) {
        int unitStart = lower.unit().map(UnitMatch::start).orElse(lower.end());
        unknown = Unit.of(text.subSequence(unitStart, unknownEnd).toString());
        pos = unknownEnd;
      }
    }
    Bound suffix = null;
    int afterFigure = BoundGrammar.pastInclusionRemark(folded, QuantityReader.skipSpaces(text, pos, end), end);
    for (WordTable.Match<BoundWord> word = SUFFIXES.matchAt(folded, afterFigure, end);
        word != null; word = SUFFIXES.matchAt(folded, afterFigure, end)) {
      if (word.meaning().bound() != null) {
        suffix = word.meaning().bound();
      }
      pos = word.end();
      afterFigure = QuantityReader.skipSpaces(text, pos, end);
    }
    BoundPhrase.Builder phrase = BoundPhrase.builder()
        .text(text.subSequence(from, pos).toString())
        .start(from)
        .end(pos)
        .open(lower.isOpen());
    if (upper != null) {
      return range(phrase, text, lower, upper);
    }
    if (unknown != null) {
      return phrase
          .comparator(BoundGrammar.comparator(false, suffix, prefix, lower.isOpen()))
          .value(lower.amount())
          .unit(unknown)
          .build();
    }
    if (lower.unit().isEmpty()) {
      lower = BoundGrammar.bareMagnitude(text, lower.number(), quantities.catalogue()).orElse(lower);
    }
    Bound comparator = BoundGrammar.comparator(false, suffix, prefix, lower.isOpen());
    return phrase
        .comparator(comparator)
        .value(lower.amount())
        .unit(lower.unit().map(UnitMatch::written).orElse(null))
        .build();
  }

  /** {@code reading} with the minus sign at {@code sign} before it ({@link BoundGrammar#signed}). */
  private static QuantityReading signedReading(QuantityReading reading, int sign) {
    return new QuantityReading(BoundGrammar.signed(reading.number(), sign), reading.unit().orElse(null),
        sign, reading.end());
  }

  /**
   * The end of a unit the catalogue lacks after {@code lower}, kept as written as the parser keeps
   * it (annotation guide §6, a figure with an unknown unit; {@link BoundGrammar}): a rate of a
   * known unit ({@code 3000人/年}, {@code 0.5吨标准煤/万元}), a rate per a round number after a
   * figure with no unit ({@code 15/10万}), or one character after Arabic digits with no unit
   * ({@code 500筐以上}, {@code 不少于30垄}) when a bound word follows it, or one stands before the
   * figure and the phrase or its clause ends right after the character, as the parser's figure
   * scanner decides it; {@code lower.end()} when none follows.
   */
  private int unknownUnitEnd(CharSequence text, CharSequence folded, QuantityReading lower,
      boolean boundBefore, int end) {
    UnitCatalogue catalogue = quantities.catalogue();
    if (lower.unit().isPresent()) {
      return BoundGrammar.rateEnd(text, lower.end(), end, catalogue);
    }
    int round = BoundGrammar.perRoundNumberEnd(text, lower.end(), end);
    if (round > 0) {
      return round;
    }
    int at = lower.end();
    if (lower.number().isChinese() || at >= end || !BoundGrammar.mayBeUnknownUnit(folded.charAt(at))) {
      return at;
    }
    int after = at + 1;
    boolean boundAfter = BoundGrammar.after(folded, after, end) != null;
    boolean clauseEndsAfter = after == end || CLAUSE_ENDS.indexOf(folded.charAt(after)) >= 0;
    return boundAfter || boundBefore && clauseEndsAfter ? after : at;
  }

  /**
   * A figure written as a magnitude word without a digit, the same rule the parser's figure
   * scanner reads in a task (annotation guide §3): an open magnitude ({@code 千余人次}, {@code
   * 百多场}: MORE_THAN 1000 人次) wherever a figure may start, and, after a bound word or a lead-in
   * verb or before a bound word, a unit led by its magnitude word, which stands for one of that unit
   * ({@code 突破千亿元} is MORE_THAN 1 千亿元, {@code 超亿元} MORE_THAN 1 亿元, {@code 百家以上} AT_LEAST
   * 1 百家).
   */
  private Optional<QuantityReading> magnitudeWordFigure(
      CharSequence text, CharSequence folded, int from, int end, boolean afterWord) {
    Magnitude magnitude = from < end ? BoundGrammar.leadingMagnitude(folded.charAt(from)) : null;
    if (magnitude == null) {
      return Optional.empty();
    }
    UnitCatalogue catalogue = quantities.catalogue();
    if (from + 1 < end && BoundGrammar.isOpenWord(folded.charAt(from + 1))) {
      return catalogue.matchAt(text, from + 2, end).map(unit -> new QuantityReading(
          new NumberReading(magnitude.factor(), from, from + 2, true, magnitude.exponent(), true, true),
          unit, from, unit.end()));
    }
    return catalogue.matchAt(text, from, end)
        .filter(unit -> unit.end() - from >= 2)
        .filter(unit -> afterWord
            || BoundGrammar.after(folded, QuantityReader.skipSpaces(text, unit.end(), end), end) != null)
        .map(unit -> new QuantityReading(
            new NumberReading(Amount.ONE, from, from, false, 0, false, true), unit, from, unit.end()));
  }

  private BoundPhrase range(
      BoundPhrase.Builder phrase, CharSequence text, QuantityReading lower, QuantityReading upper) {
    UnitMatch lowerUnit = lower.unit().orElse(null);
    UnitMatch upperUnit = upper.unit().orElse(null);
    BoundGrammar.RangeEnds ends;
    try {
      ends = BoundGrammar.range(lower.number(), lowerUnit, upper.number(), upperUnit, normalizer);
    } catch (DimensionMismatchException e) {
      throw new QuantityParseException(
          "Range ends in units that do not convert (" + e.getMessage() + ")", text,
          upperUnit == null ? upper.start() : upperUnit.start());
    } catch (IllegalArgumentException e) {
      throw new QuantityParseException(e.getMessage(), text, upper.start());
    }
    return phrase
        .comparator(Bound.RANGE)
        .value(ends.lower())
        .upper(ends.upper())
        .unit(ends.unit() == null ? null : ends.unit().written())
        .build();
  }
}
