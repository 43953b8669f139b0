package io.github.policytasks.parser;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.BoundGrammar;
import io.github.policytasks.metrics.DimensionMismatchException;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.NumberReader;
import io.github.policytasks.metrics.NumberReading;
import io.github.policytasks.metrics.QuantityReading;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.UnitDefinition;
import io.github.policytasks.metrics.UnitMatch;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.FigureWords;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.KindCue;
import io.github.policytasks.metrics.lexicon.KindCues;
import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.PercentWords;
import io.github.policytasks.metrics.lexicon.RangeSeparators;
import io.github.policytasks.metrics.lexicon.UnitShortenings;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds every written figure of a text in one forward pass: a number (Arabic with thousands
 * separators and decimals, or Chinese numerals; magnitudes inside it; open magnitudes such as
 * {@code 500多}, {@code 十几}) read by the metrics {@link NumberReader}, followed by the longest
 * unit of the {@link UnitCatalogue} ({@code 个百分点} before {@code 个}); ranges {@code a-b a—b
 * a～b a至b a到b} with the unit on one or both ends ({@code 15-30亩}, {@code 4.5%-5%}, {@code
 * 3万-5万亩}); percents and per-mille in words ({@code 百分之九十}, {@code 千分之六}). A number right after a letter, a digit or a
 * decimal point is part of an identifier ({@code S244}, {@code PM2.5}) and starts nothing. An
 * Arabic number followed by one character the catalogue does not know is kept as a figure of
 * unknown unit only where bound words show it is a quantity ({@code 500根以上}, {@code
 * 不少于30棚}); a rate such as {@code 0.5吨标准煤/万元} keeps its whole unit, which the catalogue
 * does not know. Figures that cannot be read whole are reported as {@link Partial}s. Whether a
 * figure is a target is for {@link NotATargetRules} to say. Immutable and thread-safe.
 */
final class FigureScanner {
  /**
   * The longest run of digits, separators and points read as one figure; a longer run (a serial
   * number, a pasted table) is reported and skipped, which also keeps reading it linear.
   */
  private static final int LONGEST_FIGURE = 32;
  /** The unit of a multiple ({@code 1.2倍}), which the catalogue lacks (guide §4; DECISIONS.md). */
  private static final char MULTIPLE = '倍';
  /** The degree that is energy alone (guide §4) and a temperature after a word of temperature. */
  private static final String DEGREE = "度";
  private static final String CELSIUS = "℃";
  /** The words of temperature ({@code temperature-words.txt}) and how far back in the clause they count. */
  private static final WordTable<Boolean> TEMPERATURE_WORDS = WordLists.table("temperature-words.txt");
  private static final int TEMPERATURE_REACH = 16;

  /**
   * Whether a character may start a number: ASCII digits and the Chinese numerals that lead one
   * (a digit, or {@code 十}; the lexicon's {@code numerals.txt}). A zero ({@code 零}, {@code 〇})
   * leads only a decimal ({@code 零点八}), which the {@link NumberReader} alone reads; at any
   * other zero ({@code 零售}, {@code 零事故}) it reads nothing.
   */
  private static final long[] STARTS = startTable();
  /** The percent and per-mille words of the lexicon ({@code percent-words.txt}): {@code 百分之}, {@code 千分之}. */
  private static final WordTable<String> PERCENT_WORDS = PercentWords.table();
  /** The words that stand for a figure with its unit ({@code figure-words.txt}): {@code 一半}, {@code 半数}. */
  private static final WordTable<FigureWords.Figure> FIGURE_WORDS = FigureWords.table();
  /**
   * Bound words before a magnitude word that, with a noun after its unit, make a threshold of a
   * class ({@code threshold-prefixes.txt}: {@code 超亿元企业}, {@code 超千人企业}).
   */
  private static final WordTable<Boolean> THRESHOLD_PREFIXES = WordLists.table("threshold-prefixes.txt");

  /**
   * Whether a figure may start at a character: a number start ({@link #STARTS}), the first
   * character of a magnitude word ({@code 百千万亿}, read without a digit) or of a word of {@link
   * #PERCENT_WORDS}. At any other character {@link #scan} reads nothing and moves on, so it skips
   * such characters in one tight loop.
   */
  private static final long[] CANDIDATES = candidateTable();

  /** The most spaces read between a figure and its unit ({@code 4.5 万人次}). */
  private static final int UNIT_SPACES = 2;

  private static final WordTable<BoundWord> BOUND_AFTER =
      io.github.policytasks.metrics.lexicon.BoundWords.at(WordPosition.AFTER);
  /** Nouns of a whole's scale after a bare magnitude ({@code scale-nouns.txt}: 规模, 体量). */
  private static final WordTable<Boolean> SCALE_NOUNS = WordLists.table("scale-nouns.txt");

  /** The kind cues of the lexicon ({@code kind-cues.txt}): a word of rise shows a change. */
  private static final WordTable<KindCue> KIND_CUES = KindCues.table();

  /** The longest kind cue looked for before a number. */
  private static final int MAX_CUE = 6;

  private static final WordTable<Boolean> REACHING = WordTable.of(Boolean.TRUE,
      "达到", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "延长到", "延长至", "达");

  /** Verbs of raising that, right before an age, make it a rise the plan commits to: {@code 提高1岁}. */
  private static final WordTable<Boolean> RAISING = WordTable.of(Boolean.TRUE, "提高", "提升", "增加", "延长");

  /** Words after a figure that name it as a milestone passed: {@code 突破千亿元大关}, {@code 迈上百亿元台阶}. */
  private static final WordTable<Boolean> MILESTONES = WordTable.of(Boolean.TRUE, "大关", "台阶");

  private final NumberReader numbers;
  private final UnitCatalogue units;
  private final Normalizer normalizer;

  FigureScanner(NumberReader numbers, Normalizer normalizer) {
    this.numbers = numbers;
    this.units = numbers.catalogue();
    this.normalizer = normalizer;
  }

  /** A figure that could be read only in part: where it stands and what was not understood. */
  record Partial(int start, int end, String message) {}

  /**
   * The figures of a text and the figures read only in part, both in document order; the lists are
   * made by one scan for its caller, who reads them and must not change them. While the scan runs
   * it is also where the scan notes them (a list is made only when there is something to hold)
   * and where a rejected range says how far it read. A caller may keep one notebook for many
   * scans ({@link #clear}): its lists then hold the last scan's finds until the next.
   */
  static final class Scan {
    private @Nullable List<Figure> figures;
    private @Nullable List<Partial> partials;
    /** Where the scan goes on after a number that gave no figure; set as {@link #complete} reads. */
    private int resume;

    /** {@return the figures found, in document order} */
    List<Figure> figures() {
      return figures == null ? List.of() : figures;
    }

    /** {@return the figures read only in part, in document order} */
    List<Partial> partials() {
      return partials == null ? List.of() : partials;
    }

    /** Forgets what the last scan noted, so that this notebook serves the next scan. */
    void clear() {
      if (figures != null) {
        figures.clear();
      }
      if (partials != null) {
        partials.clear();
      }
      resume = 0;
    }

    private void add(Figure figure) {
      if (figures == null) {
        figures = new ArrayList<>();
      }
      figures.add(figure);
    }

    private void add(Partial partial) {
      if (partials == null) {
        partials = new ArrayList<>();
      }
      partials.add(partial);
    }
  }

  /**
   * Scans {@code original}, whose folded form (the lexicon's {@code Folding}) is {@code folded}; offsets
   * in the result are into these strings.
   */
  Scan scan(CharSequence original, CharSequence folded) {
    return scan(original, folded, true);
  }

  /**
   * {@link #scan(CharSequence, CharSequence)}, trying every character and reading every number in
   * full when {@code skip} is false (no {@link LoneNumerals} rejection): the reference that {@code
   * FigureScannerSkipProperties} holds the skipping scan to.
   */
  Scan scan(CharSequence original, CharSequence folded, boolean skip) {
    return scan(original, folded, skip, null);
  }

  /**
   * {@link #scan(CharSequence, CharSequence)} going from candidate to candidate as {@code marks}
   * marked them in {@code folded}: the same figures, no walk of its own.
   */
  Scan scan(CharSequence original, CharSequence folded, TextMarks marks) {
    return scan(original, folded, true, marks, new Scan(), null);
  }

  /**
   * {@link #scan(CharSequence, CharSequence, TextMarks)} noting what it finds in {@code into},
   * cleared first, and reading numbers with {@code reader}, a reader of {@code original}'s numbers
   * ({@link #numbersOf}): for the caller that keeps both from text to text. Returns {@code into}.
   */
  Scan scan(CharSequence original, CharSequence folded, TextMarks marks, Scan into,
      NumberReader.Numbers reader) {
    into.clear();
    return scan(original, folded, true, marks, into, reader);
  }

  /** {@return a reader of the numbers of {@code text}, as this scanner reads them} */
  NumberReader.Numbers numbersOf(CharSequence text) {
    return numbers.numbersOf(text);
  }

  private Scan scan(CharSequence original, CharSequence folded, boolean skip, @Nullable TextMarks marks) {
    return scan(original, folded, skip, marks, new Scan(), null);
  }

  private Scan scan(CharSequence original, CharSequence folded, boolean skip, @Nullable TextMarks marks,
      Scan found, NumberReader.@Nullable Numbers numbersRead) {
    int length = original.length();
    NumberReader.Numbers reader = numbersRead;
    int i = 0;
    while (i < length) {
      if (skip) {
        i = marks != null ? marks.nextCandidate(i, length) : nextCandidate(folded, i, length);
        if (i >= length) {
          break;
        }
      }
      if (PERCENT_WORDS.couldStart(folded.charAt(i))) {
        Figure percent = percentInWords(original, folded, i);
        if (percent != null) {
          found.add(percent);
          i = percent.end();
          continue;
        }
      }
      if (FIGURE_WORDS.couldStart(folded.charAt(i))) {
        Figure word = figureWord(original, folded, i);
        if (word != null) {
          found.add(word);
          i = word.end();
          continue;
        }
      }
      if (!isNumberStart(folded, i)) {
        Figure word = magnitudeWord(original, folded, i);
        if (word == null) {
          word = openMagnitudeWord(original, folded, i);
        }
        if (word != null) {
          found.add(word);
          i = word.end();
          continue;
        }
        i++;
        continue;
      }
      if (!mayStartAfter(folded, i)) {
        i = skipJoinedDigits(original, folded, i, found);
        continue;
      }
      int run = digitRunEnd(folded, i);
      if (run - i > LONGEST_FIGURE) {
        found.add(new Partial(i, run, "a run of " + (run - i)
            + " digits is too long to be a figure; not read as a target"));
        i = run;
        continue;
      }
      if (skip && LoneNumerals.givesNoFigure(original, folded, i, units)) {
        i++;
        continue;
      }
      if (reader == null) {
        reader = numbers.numbersOf(original);
      }
      NumberReading number = reader.read(i, length);
      if (number == null || number.end() <= i) {
        i++;
        continue;
      }
      found.resume = number.end();
      Figure figure = complete(original, folded, number, found);
      if (figure != null) {
        found.add(figure);
        i = figure.end();
      } else {
        i = found.resume;
      }
    }
    return found;
  }

  /**
   * A percent or per-mille written in words at {@code i} (the lexicon's {@code percent-words.txt}):
   * {@code 百分之九十} is 90 %, {@code 百分之5} 5 %, {@code 千分之六} 6 ‰, the whole {@code 百分之百}
   * 100 % ({@code BoundGrammar.wholeOfPercentWord}); its text is the words, its
   * unit the catalogue's {@code %} or {@code ‰}, as the metrics {@code QuantityReader} reads it.
   */
  private @Nullable Figure percentInWords(CharSequence original, CharSequence folded, int i) {
    WordTable.Match<String> word = PERCENT_WORDS.matchAt(folded, i, folded.length());
    if (word == null) {
      return null;
    }
    int at = word.end();
    Optional<UnitDefinition> unit = units.find(word.meaning());
    if (at >= original.length() || unit.isEmpty()) {
      return null;
    }
    NumberReading number = numbers.read(original, at, original.length());
    if (number == null || number.end() <= at) {
      number = BoundGrammar.wholeOfPercentWord(original, i, at, original.length());
    }
    if (number == null) {
      return null;
    }
    number = number.times(PercentWords.factor(folded.subSequence(i, at).toString()));
    return new Figure(i, number.end(), number.value(), null, Unit.of(word.meaning()), unit.get(), number.isOpen(),
        number.isChinese());
  }

  /** The end of the digits, separators and decimal points that run from {@code i}. */
  private static int digitRunEnd(CharSequence folded, int i) {
    int j = i;
    while (j < folded.length()) {
      char c = folded.charAt(j);
      if (!TextChars.isDigit(c) && c != ',' && c != '.') {
        break;
      }
      j++;
    }
    return j;
  }

  private static boolean isNumberStart(CharSequence folded, int i) {
    char c = folded.charAt(i);
    return TextChars.in(STARTS, c);
  }

  /** The first index in {@code [from, to)} whose char is in {@link #CANDIDATES}, else {@code to}. */
  static int nextCandidate(CharSequence folded, int from, int to) {
    if (folded instanceof TextWindow window) {
      return window.indexOfAny(CANDIDATES, from, to);
    }
    int i = from;
    while (i < to && !TextChars.in(CANDIDATES, folded.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@return a new set of {@link TextChars#charSet} holding the chars at which a figure may start} */
  static long[] candidateChars() {
    return CANDIDATES.clone();
  }

  /**
   * {@link #STARTS} and the first char of every magnitude word of either table and of every
   * percent word: the chars at which {@link #couldStartMagnitude} or {@code PERCENT_WORDS} answer
   * yes, marked from the words themselves rather than by asking of all 65,536 chars at start-up.
   */
  private static long[] candidateTable() {
    long[] table = STARTS.clone();
    for (Magnitude magnitude : Magnitudes.all()) {
      if (magnitude.group() || magnitude.multiply()) {
        TextChars.add(table, magnitude.word().charAt(0));
      }
    }
    for (String word : PercentWords.all()) {
      TextChars.add(table, word.charAt(0));
    }
    for (String word : FigureWords.all()) {
      TextChars.add(table, word.charAt(0));
    }
    return table;
  }

  /** Whether a magnitude word ({@code 万}, {@code 千亿}) of either table could start at {@code c}. */
  private static boolean couldStartMagnitude(char c) {
    return Magnitudes.group().couldStart(c) || Magnitudes.multiply().couldStart(c);
  }

  private static long[] startTable() {
    long[] table = TextChars.charSet("0123456789");
    for (char c : Numerals.all().toCharArray()) {
      if (Numerals.digit(c) >= 0 || Numerals.unit(c) == 10) {
        TextChars.add(table, c);
      }
    }
    return table;
  }

  /**
   * A number does not start right after a letter, a digit, a numeral, {@code #}, or a decimal
   * point or comma that follows a digit; digits do start right after a numeral's digit, which then
   * ends a word ({@code 队伍12支}: 伍 is also the financial five), since a figure is written in
   * digits or in numerals, never both (a magnitude between them, {@code 3万4000}, is one figure).
   */
  private static boolean mayStartAfter(CharSequence folded, int i) {
    if (i == 0) {
      return true;
    }
    char before = folded.charAt(i - 1);
    if (TextChars.isDigit(before) || TextChars.isAsciiLetter(before) || before == '#'
        || before == '_' || before == '/') {
      return false;
    }
    if (before == '.' || before == ',') {
      return i < 2 || !TextChars.isDigit(folded.charAt(i - 2));
    }
    if (TextChars.isDigit(folded.charAt(i)) && Numerals.digit(before) >= 0) {
      return true;
    }
    return !Numerals.isNumeral(before) && !Magnitudes.group().couldStart(before) && before != '几';
  }

  /**
   * Steps over digits that continue an earlier token; when they follow a decimal point or a comma
   * after digits and carry a unit ({@code 1.2.5万亩}, {@code 1,20家}), reports the figure as read
   * in part.
   */
  private int skipJoinedDigits(CharSequence original, CharSequence folded, int i, Scan found) {
    char before = folded.charAt(i - 1);
    int j = i;
    while (j < folded.length() && TextChars.isDigit(folded.charAt(j))) {
      j++;
    }
    if (j == i) {
      return i + 1;
    }
    boolean joined = (before == '.' || before == ',') && i >= 2
        && TextChars.isDigit(folded.charAt(i - 2));
    if (joined) {
      int unitLength = units.unitLengthAt(original, j, original.length());
      if (unitLength > 0) {
        int start = i - 2;
        while (start > 0 && (TextChars.isDigit(folded.charAt(start - 1))
            || folded.charAt(start - 1) == '.' || folded.charAt(start - 1) == ',')) {
          start--;
        }
        found.add(new Partial(start, j + unitLength,
            "figure \"" + original.subSequence(start, j + unitLength).toString() + "\" has digits joined by '"
                + before + "' that form neither a decimal nor thousands groups; not read as a target"));
        return j + unitLength;
      }
    }
    return j;
  }

  /**
   * The figure whose number is {@code lower}, or null; {@code found}'s resume is set past any text a
   * rejected range consumed.
   */
  private @Nullable Figure complete(CharSequence original, CharSequence folded, NumberReading lower,
      Scan found) {
    Figure figure = figure(original, folded, lower, found);
    if (figure == null || !isCalendarOrAge(figure)) {
      return figure;
    }
    if (!figure.isRange() && isBounded(folded, figure)) {
      return figure;
    }
    if (isAge(figure)) {
      return reachedAge(original, folded, lower);
    }
    return !figure.isRange() && isYears(figure) ? reachedYears(folded, figure) : null;
  }

  private static boolean isYears(Figure figure) {
    return Folding.fold(figure.unit()).equals("年");
  }

  /**
   * A span of years a plan commits to reach ({@code 平均受教育年限提高到11.3年。}): {@code 年} after
   * a verb of reaching and before the clause ends, its number not a calendar year of four digits
   * ({@code 达2025年}); any other span in years ({@code 从10.23年提高到…}, {@code 3年行动}) is no target.
   */
  private static @Nullable Figure reachedYears(CharSequence folded, Figure figure) {
    int after = figure.end();
    boolean clauseEndsAfter = after >= folded.length() || TextChars.isClauseBreakAt(folded, after);
    int before = TextChars.skipSpacesBack(folded, figure.start(), 0);
    boolean reached = REACHING.endsAt(folded, before, Math.max(0, before - 3));
    return clauseEndsAfter && reached && !isCalendarYear(folded, figure) ? figure : null;
  }

  /** Whether the figure's number is four digits without a decimal part ({@code 2025年}); its unit follows. */
  private static boolean isCalendarYear(CharSequence folded, Figure figure) {
    int digits = 0;
    for (int i = figure.start(); i < figure.end() && TextChars.isDigit(folded.charAt(i)); i++) {
      digits++;
    }
    return digits == 4 && folded.charAt(figure.start() + digits) != '.';
  }

  /**
   * Whether the figure is written in years, months or ages ({@code 3年}, {@code 6月}, {@code
   * 80岁}): forms a plan also uses for dates and scopes ({@code 2023年}, {@code 6月底前}, {@code
   * 60岁以上老年人}), so they are targets only with a bound word ({@code 不超过3年}, {@code
   * 1年以上}) or, for an age, after a verb of reaching ({@code 人均预期寿命达到80岁}).
   */
  private static boolean isCalendarOrAge(Figure figure) {
    String unit = Folding.fold(figure.unit());
    return unit.equals("年") || unit.equals("月") || isAge(figure);
  }

  private static boolean isAge(Figure figure) {
    String unit = Folding.fold(figure.unit());
    return unit.equals("岁") || unit.equals("周岁");
  }

  /**
   * Whether a bound word of the lexicon stands right after the figure (past a remark of what it
   * counts: {@code 1月（包含兼职人员）以上}) or right before it.
   */
  private static boolean isBounded(CharSequence folded, Figure figure) {
    int after = BoundGrammar.pastInclusionRemark(folded,
        TextChars.skipSpaces(folded, figure.end(), folded.length()), folded.length());
    return BOUND_AFTER.startsAt(folded, after, folded.length())
        || BoundWords.hasWordBefore(folded, figure.start());
  }

  /**
   * The figure whose number is {@code lower}, with the minus sign written right before it when
   * its unit may carry one ({@link BoundGrammar#signStart}, {@link BoundGrammar#maySign}: {@code
   * 增长-2%至2%} is -2…2 %, {@code 控制在-1%左右} is -1 %); before any other unit the hyphen is
   * left out of the figure.
   */
  private @Nullable Figure figure(CharSequence original, CharSequence folded, NumberReading lower,
      Scan found) {
    int sign = BoundGrammar.signStart(original, lower.start(), 0, units);
    if (sign >= 0) {
      Scan signedFound = new Scan();
      signedFound.resume = found.resume;
      Figure signed = unsignedFigure(original, folded, BoundGrammar.signed(lower, sign), signedFound);
      if (signed != null && signed.definition() != null && BoundGrammar.maySign(signed.definition())) {
        for (Partial partial : signedFound.partials()) {
          found.add(partial);
        }
        found.resume = signedFound.resume;
        return signed;
      }
    }
    return unsignedFigure(original, folded, lower, found);
  }

  private @Nullable Figure unsignedFigure(CharSequence original, CharSequence folded, NumberReading lower,
      Scan found) {
    UnitMatch lowerUnit = unitAt(original, folded, lower.end());
    int afterLower = lowerUnit != null ? lowerUnit.end() : lower.end();
    int partialsBefore = found.partials().size();
    Figure range = range(original, folded, lower, lowerUnit, afterLower, found);
    if (range != null) {
      return range;
    }
    if (found.partials().size() > partialsBefore) {
      // a range whose lower end is above its upper end is refused whole (its diagnostic says so),
      // never read as its lower end alone: 30亩-15亩, -0.1%--1%
      return null;
    }
    if (lowerUnit != null) {
      UnitMatch unit = lowerUnit;
      int perEnd = BoundGrammar.rateEnd(original, unit.end(), original.length(), units);
      if (perEnd > unit.end()) {
        return new Figure(lower.start(), perEnd, lower.value(), null,
            Unit.of(original.subSequence(unit.start(), perEnd).toString()), null, lower.isOpen(), lower.isChinese());
      }
      UnitMatch shared = distributedUnit(original, folded, unit.end(), unit);
      if (shared != null) {
        return new Figure(lower.start(), unit.end(), lower.value(), null,
            shared.written(), shared.definition(), lower.isOpen(), lower.isChinese(), true);
      }
      return new Figure(lower.start(), unit.end(), lower.value(), null,
          unit.written(), readAs(folded, lower.start(), unit), lower.isOpen(),
          lower.isChinese());
    }
    if (!lower.hasMagnitude()) {
      UnitMatch shared = distributedUnit(original, folded, lower.end(), null);
      if (shared != null) {
        return new Figure(lower.start(), lower.end(), lower.value(), null,
            shared.written(), shared.definition(), lower.isOpen(), lower.isChinese(), true);
      }
    }
    int ratioEnd = ratioEnd(folded, lower);
    if (ratioEnd > 0) {
      reportRatio(original, folded, lower, ratioEnd, found);
      found.resume = ratioEnd;
      return null;
    }
    if (lower.end() < folded.length() && folded.charAt(lower.end()) == '/') {
      QuantityReading share = BoundGrammar.fractionInDigits(original, lower, original.length(), units);
      if (share != null) {
        UnitMatch percent = share.unit().orElseThrow();
        return new Figure(lower.start(), share.end(), share.amount(), null, percent.written(),
            percent.definition(), false, false);
      }
      return perRoundNumber(original, folded, lower);
    }
    Figure bare = bareMagnitude(original, folded, lower);
    Figure read = bare != null ? bare : unknownUnit(original, folded, lower);
    if (read == null) {
      reportLevelWithoutUnit(original, folded, lower, found);
    }
    return read;
  }

  /**
   * A level with a bound and no unit ({@code CPI涨幅控制在103.5以内}, {@code 指数达到85以上}): no
   * target, since a target is a number with a unit (annotation guide §3; parser/DECISIONS.md), but
   * reported, so that a commitment the parser cannot read is not lost in silence. Only Arabic
   * figures with no magnitude, a bound word right after them or a bound word before them and the
   * clause ending after them, and no rank or ordinal mark before them.
   */
  private static void reportLevelWithoutUnit(CharSequence original, CharSequence folded, NumberReading number,
      Scan found) {
    int at = number.end();
    if (number.isChinese() || number.hasMagnitude() || number.isOpen()) {
      return;
    }
    int before = TextChars.skipSpacesBack(folded, number.start(), 0);
    if (before > 0 && RANK_MARKS.indexOf(folded.charAt(before - 1)) >= 0) {
      return;
    }
    WordTable.Match<BoundWord> after = BOUND_AFTER.matchAt(folded, at, folded.length());
    boolean clauseEnds = at >= folded.length() || TextChars.isClauseBreakAt(folded, at);
    int end = after != null ? after.end() : at;
    if (after == null && !(clauseEnds && BoundWords.hasWordBefore(folded, number.start()))) {
      return;
    }
    found.add(new Partial(number.start(), end, "level \"" + original.subSequence(number.start(), end)
        + "\" has a bound but no unit; not read as a target (annotation guide §3: a target is a number"
        + " with a unit)"));
  }

  /**
   * The end of a ratio that {@code number} opens ({@code 1:1}, {@code 1:1.5}, {@code 9.7:47.3:43};
   * folded, so {@code ：} is {@code :}): Arabic terms joined by colons with no unit after the first,
   * or -1 when no colon and digit follow the number.
   */
  private static int ratioEnd(CharSequence folded, NumberReading number) {
    int end = number.end();
    int length = folded.length();
    if (number.isChinese() || number.hasMagnitude() || number.isOpen()) {
      return -1;
    }
    int terms = 0;
    while (end + 1 < length && folded.charAt(end) == RATIO && TextChars.isDigit(folded.charAt(end + 1))) {
      int k = end + 1;
      while (k < length && (TextChars.isDigit(folded.charAt(k))
          || folded.charAt(k) == '.' && k + 1 < length && TextChars.isDigit(folded.charAt(k + 1)))) {
        k++;
      }
      end = k;
      terms++;
    }
    return terms > 0 ? end : -1;
  }

  /**
   * A ratio ({@code 配套比例不低于1:1}, {@code 师生比达到1:15}) is no target: a target is a number
   * with a unit (annotation guide §3; parser/DECISIONS.md). When a bound word or a verb of
   * reaching shows the plan commits to it, it is reported whole, so that the commitment is not
   * lost in silence; a ratio that states what is ({@code 三次产业结构为9.7:47.3:43}) is not.
   */
  private static void reportRatio(CharSequence original, CharSequence folded, NumberReading number, int end,
      Scan found) {
    WordTable.Match<BoundWord> after = BOUND_AFTER.matchAt(folded, end, folded.length());
    int before = TextChars.skipSpacesBack(folded, number.start(), 0);
    boolean committed = after != null || BoundWords.hasWordBefore(folded, number.start())
        || REACHING.endsAt(folded, before, Math.max(0, before - 3));
    if (!committed) {
      return;
    }
    int reportEnd = after != null ? after.end() : end;
    found.add(new Partial(number.start(), reportEnd, "ratio \"" + original.subSequence(number.start(), reportEnd)
        + "\" has no unit; not read as a target (annotation guide §3: a target is a number with a unit)"));
  }

  /** The mark between the terms of a ratio: {@code 1:1.5} (the full-width {@code ：} folds to it). */
  private static final char RATIO = ':';

  /** Marks before a number that make it a rank or an ordinal, never a level: {@code 第3}, {@code 前10}. */
  private static final String RANK_MARKS = "第前";

  /**
   * A rate per a round number written with a slash ({@code 孕产妇死亡率控制在15/10万以下}, {@code
   * 22/10万}, {@code 3/千}): a figure whose unit, {@code /} and a magnitude with its digits, the
   * catalogue does not know, kept as written (annotation guide §6, a figure with an unknown unit);
   * null when no magnitude word follows the slash.
   */
  private static @Nullable Figure perRoundNumber(CharSequence original, CharSequence folded,
      NumberReading number) {
    int end = BoundGrammar.perRoundNumberEnd(folded, number.end(), folded.length());
    if (end < 0) {
      return null;
    }
    return new Figure(number.start(), end, number.value(), null,
        Unit.of(original.subSequence(number.end(), end).toString()), null, number.isOpen(), number.isChinese());
  }

  /**
   * A word that stands for a figure with its unit ({@code figure-words.txt}: {@code 一半} is 50 %,
   * {@code 半数}), read by the metrics {@link BoundGrammar#figureWord}: a figure where a bound word
   * stands right before it ({@code 超过一半}) or right after it ({@code 一半以上的村}), or a verb of
   * reaching before it ends its clause ({@code 达到一半。}); anywhere else a word ({@code 各承担一半},
   * {@code 半数人员}).
   */
  private @Nullable Figure figureWord(CharSequence original, CharSequence folded, int i) {
    QuantityReading word = BoundGrammar.figureWord(original, i, original.length(), units);
    if (word == null || !mayStartAfter(folded, i)) {
      return null;
    }
    int before = TextChars.skipSpacesBack(folded, i, 0);
    int floor = Math.max(0, before - MAX_CUE);
    int after = TextChars.skipSpaces(folded, word.end(), folded.length());
    boolean closes = after >= folded.length() || TextChars.isClauseBreakAt(folded, after);
    boolean bound = BoundGrammar.hasBefore(folded, before, floor)
        || BOUND_AFTER.startsAt(folded, after, folded.length())
        || REACHING.endsAt(folded, before, floor) && closes;
    if (!bound) {
      return null;
    }
    UnitMatch unit = word.unit().orElseThrow();
    return new Figure(i, word.end(), word.amount(), null, unit.written(), unit.definition(), false, true);
  }

  /**
   * A unit led by a magnitude word that stands for its figure, one of that unit ({@code
   * 突破千亿元} is MORE_THAN 1 千亿元, {@code 超百亿元}): read right after a bound word or a verb of
   * reaching when its clause ends, a bound word follows or {@code 大关}/{@code 台阶} does, and
   * anywhere when a bound word follows it ({@code 培育专精特新企业百家以上} is AT_LEAST 1 百家); a size
   * class ({@code 千亿级}), a set phrase ({@code 千家万户}), a threshold inside a subject ({@code
   * 超亿元企业}) or a place ({@code 万亩示范片}) is left alone.
   */
  private @Nullable Figure magnitudeWord(CharSequence original, CharSequence folded, int i) {
    char c = folded.charAt(i);
    boolean magnitude = couldStartMagnitude(c);
    if (!magnitude || !mayStartAfter(folded, i)) {
      return null;
    }
    UnitMatch unit = units.unitAt(original, i, original.length());
    if (unit == null || unit.end() - i < 2) {
      return null;
    }
    int before = TextChars.skipSpacesBack(folded, i, 0);
    int floor = Math.max(0, before - MAX_CUE);
    boolean led = BoundGrammar.hasBefore(folded, before, floor) || REACHING.endsAt(folded, before, floor);
    int after = TextChars.skipSpaces(folded, unit.end(), folded.length());
    boolean boundAfter = BOUND_AFTER.startsAt(folded, after, folded.length());
    boolean closes = after >= folded.length() || TextChars.isClauseBreakAt(folded, after) || boundAfter
        || MILESTONES.startsAt(folded, after, folded.length());
    if (!(led ? closes || countsNounAfter(folded, before, floor, unit) : boundAfter)) {
      return null;
    }
    return new Figure(i, unit.end(), Amount.ONE, null, unit.written(),
        unit.definition(), false, true);
  }

  /**
   * Whether a unit led by its magnitude word, after a bound word, counts the noun written after it
   * ({@code 逾千家企业参与} is MORE_THAN 1000 家, {@code 近万人受益} APPROXIMATELY 1 万人, {@code
   * 服务上万人次群众}): the unit is a count's, and the bound word is none of {@code
   * threshold-prefixes.txt}, after which a magnitude and a noun make a class ({@code 超千人企业}).
   */
  private static boolean countsNounAfter(CharSequence folded, int before, int floor, UnitMatch unit) {
    if (unit.definition().dimension() != Dimension.COUNT) {
      return false;
    }
    WordTable.Match<BoundWord> word = BoundGrammar.before(folded, before, floor);
    return word != null && !THRESHOLD_PREFIXES.endsAt(folded, before, word.start());
  }

  /**
   * An open magnitude written without a leading digit, its unit after it ({@code 千余人次} is
   * MORE_THAN 1000 人次, {@code 百余场}; annotation guide §3, open magnitudes); a span of years,
   * months or ages ({@code 百余年历史}) is left alone.
   */
  private @Nullable Figure openMagnitudeWord(CharSequence original, CharSequence folded, int i) {
    int at = i + 1;
    if (at + 1 >= folded.length() || !BoundGrammar.isOpenWord(folded.charAt(at))) {
      return null;
    }
    Magnitude magnitude = BoundGrammar.leadingMagnitude(folded.charAt(i));
    if (magnitude == null || !mayStartAfter(folded, i)) {
      return null;
    }
    UnitMatch unit = units.unitAt(original, at + 1, original.length());
    if (unit == null) {
      return null;
    }
    Figure figure = new Figure(i, unit.end(), magnitude.factor(), null,
        unit.written(), unit.definition(), true, true);
    return isCalendarOrAge(figure) ? null : figure;
  }

  /**
   * The unit that starts at {@code at}, or after the spaces (at most {@link #UNIT_SPACES}) that a
   * copy taken from a PDF attachment puts between a figure and its unit ({@code 4.5 万人次}, {@code
   * 90 %}, {@code 3 个百分点}): a published copy reads as the original (annotation guide §6).
   */
  private @Nullable UnitMatch unitAt(CharSequence original, CharSequence folded, int at) {
    UnitMatch unit = units.unitAt(original, at, original.length());
    if (unit != null || at >= folded.length() || !TextChars.isSpace(folded.charAt(at))) {
      return unit;
    }
    int next = TextChars.skipSpaces(folded, at, Math.min(folded.length(), at + UNIT_SPACES + 1));
    if (next - at > UNIT_SPACES) {
      return null;
    }
    return units.unitAt(original, next, original.length());
  }

  /**
   * A number that ends in a magnitude of 万 or more and has no classifier after it ({@code
   * 新增就业3万以上}, {@code 突破5亿}, annotation guide §6), read by the metrics {@link
   * BoundGrammar#bareMagnitude}: a bare count whose unit is the magnitude word as written, kept
   * when a bound word follows it or its clause ends right after it. A magnitude followed by a
   * noun ({@code 5万人口}) or by the next item of a list of thresholds ({@code 超50亿、超100亿的集群})
   * is left alone; a noun of the whole's scale between them ({@code 总量超过五千亿规模}, {@code
   * scale-nouns.txt}) names what the magnitude measures and does not.
   */
  private @Nullable Figure bareMagnitude(CharSequence original, CharSequence folded, NumberReading number) {
    int after = TextChars.skipSpaces(folded, number.end(), folded.length());
    WordTable.Match<Boolean> scale = SCALE_NOUNS.matchAt(folded, after, folded.length());
    if (scale != null) {
      after = TextChars.skipSpaces(folded, scale.end(), folded.length());
    }
    boolean boundAfter = BOUND_AFTER.startsAt(folded, after, folded.length());
    boolean clauseEndsAfter = after >= folded.length() || TextChars.isClauseBreakAt(folded, after);
    if (!boundAfter && !clauseEndsAfter) {
      return null;
    }
    Optional<QuantityReading> bare = BoundGrammar.bareMagnitude(original, number, units);
    if (bare.isEmpty()) {
      return null;
    }
    UnitMatch unit = bare.get().unit().orElseThrow();
    return new Figure(number.start(), number.end(), bare.get().amount(), null,
        unit.written(), unit.definition(), number.isOpen(),
        number.isChinese());
  }

  /**
   * The unit that a list item shares with the next one (a distributive suffix): right after
   * {@code 、} stands a figure whose unit extends {@code own} ({@code 15个、7个工作日}) or, when
   * the item has no unit of its own, any unit ({@code 3、5个}); null otherwise.
   */
  private @Nullable UnitMatch distributedUnit(
      CharSequence original, CharSequence folded, int at, @Nullable UnitMatch own) {
    if (at + 1 >= folded.length() || !TextChars.isListBreak(folded.charAt(at))
        || !isNumberStart(folded, at + 1)) {
      return null;
    }
    NumberReading next = numbers.read(original, at + 1, original.length());
    if (next == null) {
      return null;
    }
    UnitMatch unit = units.unitAt(original, next.end(), original.length());
    if (unit == null) {
      return null;
    }
    if (own == null) {
      return unit;
    }
    String ownWritten = Folding.fold(own.written().symbol());
    String nextWritten = Folding.fold(unit.written().symbol());
    return nextWritten.length() > ownWritten.length() && nextWritten.startsWith(ownWritten)
        ? unit : null;
  }

  /**
   * The end of a rate unit's divisor after {@code at} ({@code 吨标准煤/万元}, {@code 万元/亩}), or
   * {@code at} when the unit is not a rate. The catalogue's own rate units ({@code 微克/立方米}) are
   * matched whole before this is asked.
   */
  private @Nullable Figure range(CharSequence original, CharSequence folded, NumberReading lower,
      @Nullable UnitMatch lowerUnit, int afterLower, Scan found) {
    int length = folded.length();
    int sep = TextChars.skipSpaces(folded, afterLower, length);
    WordTable.Match<String> separator = RangeSeparators.table().matchAt(folded, sep, length);
    if (separator == null) {
      return null;
    }
    int next = TextChars.skipSpaces(folded, separator.end(), length);
    int upperSign = next + 1 < length ? BoundGrammar.signStart(original, next + 1, 0, units) : -1;
    if (upperSign >= 0) {
      next++;
    }
    if (next >= length || !isNumberStart(folded, next)) {
      return null;
    }
    NumberReading upper = numbers.read(original, next, length);
    if (upper == null) {
      return null;
    }
    UnitMatch upperUnit = unitAt(original, folded, upper.end());
    if (upperUnit == null) {
      return null;
    }
    if (upperSign >= 0) {
      if (!BoundGrammar.maySign(upperUnit.definition())) {
        return null;
      }
      upper = BoundGrammar.signed(upper, upperSign);
    }
    BoundGrammar.RangeEnds ends;
    try {
      ends = BoundGrammar.range(lower, lowerUnit, upper, upperUnit, normalizer);
    } catch (DimensionMismatchException e) {
      return null;
    } catch (IllegalArgumentException e) {
      found.add(new Partial(lower.start(), upperUnit.end(),
          "range \"" + original.subSequence(lower.start(), upperUnit.end()).toString()
              + "\" has its lower end above its upper end; not read as a target"));
      found.resume = upperUnit.end();
      return null;
    }
    UnitMatch unitMatch = ends.unit();
    Amount low = ends.lower();
    Amount high = ends.upper();
    return new Figure(lower.start(), upperUnit.end(), low, high, unitMatch.written(),
        unitMatch.definition(), false, lower.isChinese() || upper.isChinese());
  }

  /**
   * A number followed by one character the catalogue lacks, kept as a figure of unknown unit
   * (annotation guide §6) when a bound word follows it ({@code 500根以上}), or the clause ends after
   * it and before it stands a bound word ({@code 不少于30棚。}), or the clause ends or a bound word
   * follows and before it stands a word of rise ({@code kind-cues.txt}: {@code 增长1倍。}, {@code
   * 翻一番。}, {@code 增长两倍以上}), or the character is a shortened unit ({@code
   * unit-shortenings.txt}: {@code 20兆进牧户}) after Arabic digits, or the clause ends or a bound word
   * follows a multiple of another level ({@code 达到2022年的1.2倍。}: {@link #isMultipleOfLevel}); only
   * after a word of rise or in such a multiple may the number be Chinese.
   */
  private @Nullable Figure unknownUnit(CharSequence original, CharSequence folded, NumberReading number) {
    int at = number.end();
    if (at >= folded.length()) {
      return null;
    }
    char c = folded.charAt(at);
    if (!BoundGrammar.mayBeUnknownUnit(c)) {
      return c == '岁' && !number.isChinese() ? reachedAge(original, folded, number) : null;
    }
    int after = at + 1;
    boolean clauseEndsAfter = after >= folded.length() || TextChars.isClauseBreakAt(folded, after)
        || TextChars.isListBreak(folded.charAt(after));
    boolean boundAfter = BOUND_AFTER.startsAt(folded, after, folded.length());
    boolean riseBefore = (clauseEndsAfter || boundAfter) && isRiseBefore(folded, number.start());
    boolean multiple = (clauseEndsAfter || boundAfter) && isMultipleOfLevel(folded, number.start(), c);
    if (number.isChinese() && !riseBefore && !multiple) {
      return null;
    }
    boolean boundBefore = BoundWords.hasWordBefore(folded, number.start()) && clauseEndsAfter;
    boolean shortened = !number.isChinese() && UnitShortenings.lengthAt(folded, at) == 1;
    if (!boundAfter && !boundBefore && !riseBefore && !shortened && !multiple) {
      return null;
    }
    return new Figure(number.start(), after, number.value(), null,
        Unit.of(original.subSequence(at, after).toString()), null, number.isOpen(), false);
  }

  /**
   * The unit {@code unit} is read as: {@code 度} after a word of temperature in its clause ({@code
   * temperature-words.txt}: {@code 室温不低于18度}) is a temperature, ℃, not guide §4's energy
   * unit; any other unit is its catalogue's.
   */
  private UnitDefinition readAs(CharSequence folded, int numberStart, UnitMatch unit) {
    if (!unit.written().symbol().equals(DEGREE)) {
      return unit.definition();
    }
    int floor = numberStart;
    while (floor > 0 && numberStart - floor < TEMPERATURE_REACH && !TextChars.isClauseBreakAt(folded, floor - 1)) {
      floor--;
    }
    return TEMPERATURE_WORDS.lastBefore(folded, numberStart, floor) == null
        ? unit.definition() : units.find(CELSIUS).orElse(unit.definition());
  }

  /**
   * Whether the figure at {@code start} is a multiple of another level ({@code 达到2022年的1.2倍},
   * {@code 上年的两倍}): {@code 倍} after it and {@code 的} right before it.
   */
  static boolean isMultipleOfLevel(CharSequence folded, int start, char unit) {
    int before = TextChars.skipSpacesBack(folded, start, 0);
    return unit == MULTIPLE && before > 0 && folded.charAt(before - 1) == '的';
  }

  /** Whether a word of rise of {@code kind-cues.txt} ({@code 增长}, {@code 翻}) ends right before {@code start}. */
  private static boolean isRiseBefore(CharSequence folded, int start) {
    int before = TextChars.skipSpacesBack(folded, start, 0);
    WordTable.Match<KindCue> cue = KIND_CUES.matchEndingAt(folded, before, Math.max(0, before - MAX_CUE));
    return cue != null && cue.meaning() == KindCue.RISE;
  }

  /**
   * An age a plan commits to reach or to raise by ({@code 人均预期寿命达到80岁。}, {@code
   * 人均预期寿命提高0.5岁。}): {@code 岁} after a verb of reaching or raising and before the clause
   * ends; any other age ({@code 60岁以上老年人}) is a scope.
   */
  private @Nullable Figure reachedAge(CharSequence original, CharSequence folded, NumberReading number) {
    int at = number.end();
    int unitLength = Math.max(1, units.unitLengthAt(original, at, original.length()));
    int after = at + unitLength;
    boolean clauseEndsAfter = after >= folded.length() || TextChars.isClauseBreakAt(folded, after);
    int before = TextChars.skipSpacesBack(folded, number.start(), 0);
    int floor = Math.max(0, before - 3);
    boolean reached = REACHING.endsAt(folded, before, floor) || RAISING.endsAt(folded, before, floor);
    if (!clauseEndsAfter || !reached) {
      return null;
    }
    String unit = original.subSequence(at, after).toString();
    return new Figure(number.start(), after, number.value(), null, Unit.of(unit),
        units.find(unit).orElse(null), false, false);
  }
}
