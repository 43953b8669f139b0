package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.BoundPhrase;
import io.github.policytasks.metrics.BoundPhraseReader;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.QuantityParseException;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.BoundWords;
import io.github.policytasks.metrics.lexicon.DigitFractions;
import io.github.policytasks.metrics.lexicon.FigureWords;
import io.github.policytasks.metrics.lexicon.PercentWords;
import io.github.policytasks.metrics.lexicon.RangeSeparators;
import io.github.policytasks.metrics.lexicon.WordPosition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The parser's target reading and the metrics {@link BoundPhraseReader} share one grammar of
 * bounds, ranges and magnitudes: for every generated bound phrase (lead-in verbs and bound words
 * before it, bound words after it, ranges with every separator of the lexicon, magnitudes inside
 * the figure, open magnitudes, decimal scales, every unit of the catalogue under its symbol and its
 * aliases ({@code 人(次)}), tenths ({@code 三成}), Chinese decimals ({@code 三点五}), units the
 * catalogue lacks (rates {@code 人/年} and {@code 15/10万}, one character {@code 500筐以上}), percents
 * and per-mille in words ({@code 千分之六}), shares written as fractions in digits ({@code 不低于1/3})
 * or as words ({@code 一半以上}), brackets that restate the figure before a bound word ({@code
 * 72学时（9天）以上}), and figures written as a magnitude word alone: {@code 千余人次}, {@code
 * 突破千亿元}, {@code 上万人次}), the parser's one
 * target for the phrase set in a task sentence has the comparator, value, upper value, unit and
 * normalized value that {@code BoundPhraseReader} reads from the phrase alone.
 */
class BoundGrammarAgreementProperties {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final java.util.Set<String> CALENDAR_OR_AGE = java.util.Set.of("年", "月", "岁");
  /** Divisors of the rates generated ({@code 人/年}, {@code 万元/亩}), all catalogue units. */
  private static final List<String> RATE_DIVISORS = List.of("年", "亩", "万元", "人", "天", "户");
  /**
   * One-character units the catalogue lacks ({@code 500筐以上}, {@code 不少于30垄}); those it learns
   * later are left out, so that each drawn stays unknown.
   */
  private static final List<String> UNKNOWN_CHARACTERS = java.util.stream.Stream.of(
          "磅", "筐", "垄", "蔸", "丛", "窝", "桩", "畦", "帧", "剂")
      .filter(c -> UnitCatalogue.standard().find(c).isEmpty()).toList();
  /** Remarks of what a figure counts in, written before 以上 or 以下 ({@code 50学时（含线上学时）以上}). */
  private static final List<String> INCLUSION_REMARKS = List.of(
      "（含）", "(含本数)", "（含线上学时）", "（包含兼职人员）", "（含 网络培训 ）",
      "（9天）", "（ 24学时 ）", "(3个)");
  private static final List<String> SUBJECTS = List.of(
      "新建智慧社区", "全县规上工业企业", "改造老旧小区", "高标准农田建设面积", "农村公路");

  @Property(tries = 1000)
  void parserTarget_equalsBoundPhraseReading(@ForAll("phrases") String phrase,
      @ForAll("subjects") String subject) {
    // a magnitude before a unit can make a longer unit that leaves text (1万 + 吨水 reads 1 万吨, 水):
    // such a phrase is no bound phrase at all
    Assume.that(BoundPhraseReader.standard().readAt(phrase, 0)
        .filter(read -> read.end() == phrase.length()).isPresent());
    assertParserAgrees(phrase, subject);
  }

  /**
   * Figures written as a magnitude word alone ({@code 千余人次}, {@code 突破千亿元}): every one is a
   * bound phrase for {@code BoundPhraseReader} (no assumption filters them) and the parser's
   * target for it.
   */
  @Property(tries = 1000)
  void magnitudeWordFigures_parserTarget_equalsBoundPhraseReading(
      @ForAll("magnitudeWordPhrases") String phrase, @ForAll("subjects") String subject) {
    assertParserAgrees(phrase, subject);
  }

  /**
   * Signed ranges that run downward ({@code 控制在-0.1%--1%}): {@code BoundPhraseReader} refuses
   * each, and the parser reads no target from it (it reports the range instead), never its lower
   * end alone.
   */
  @Property(tries = 1000)
  void downwardSignedRanges_areRefusedByBoth(@ForAll("downwardSignedRanges") String phrase,
      @ForAll("subjects") String subject) {
    assertThatThrownBy(() -> BoundPhraseReader.standard().parse(phrase))
        .as(phrase).isInstanceOf(QuantityParseException.class);
    assertThat(TargetFixture.targets(subject + phrase + "。")).as(phrase).isEmpty();
  }

  @Provide
  Arbitrary<String> downwardSignedRanges() {
    Arbitrary<Integer> tenths = Arbitraries.integers().between(1, 998);
    return Combinators.combine(words(WordPosition.BEFORE).injectNull(0.4), tenths,
            Arbitraries.integers().between(1, 50), Arbitraries.of(RangeSeparators.all()),
            Arbitraries.of("%", "个百分点", "℃"))
        .as((bound, low, drop, separator, unit) -> (bound == null ? "" : bound)
            + "-" + tenthsText(low) + unit + separator + "-" + tenthsText(low + drop * 10) + unit);
  }

  /** {@code tenths} / 10 written plainly ({@code 5} is 0.5, {@code 20} is 2). */
  private static String tenthsText(int tenths) {
    return java.math.BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }

  private static void assertParserAgrees(String phrase, String subject) {
    BoundPhrase expected = BoundPhraseReader.standard().parse(phrase);
    String body = subject + phrase + "。";

    List<Target> targets = TargetFixture.targets(body);

    assertThat(targets).as(body).hasSize(1);
    Target target = targets.get(0);
    assertThat(target.comparator()).as(body).isEqualTo(expected.comparator());
    assertThat(target.value().amount()).as(body).isEqualTo(expected.value());
    assertThat(target.upper() == null ? null : target.upper().amount()).as(body)
        .isEqualTo(expected.upper());
    assertThat(target.value().unit()).as(body).isEqualTo(expected.unit());
    if (UnitCatalogue.standard().find(expected.unit()).isPresent()) {
      assertThat(target.normalized()).as(body)
          .isEqualTo(NORMALIZER.normalize(expected.quantity().orElseThrow()));
    } else {
      // a unit the catalogue lacks (a rate 3000人/年, 15/10万, one character 500根以上) is kept as
      // written with no normalized value (annotation guide §6; parser/DECISIONS.md)
      assertThat(target.normalized()).as(body).isNull();
    }
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of(SUBJECTS);
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.frequencyOf(Tuple.of(9, digitPhrases()), Tuple.of(1, percentWordPhrases()),
        Tuple.of(1, perRoundNumberPhrases()), Tuple.of(1, signedPhrases()), Tuple.of(1, shares()));
  }

  @Provide
  Arbitrary<String> magnitudeWordPhrases() {
    return Arbitraries.oneOf(openMagnitudeWords(), magnitudeWordUnits());
  }

  /**
   * Open magnitudes without a leading digit ({@code 千余人次}, {@code 不少于百多场}), a bound word
   * before them now and then; years, months and ages left out (a not-target rule of the parser,
   * outside the grammar: {@code 百余年历史}).
   */
  private static Arbitrary<String> openMagnitudeWords() {
    return Combinators.combine(words(WordPosition.BEFORE).injectNull(0.5), Arbitraries.of("百", "千", "万"),
            Arbitraries.of("余", "多"), knownUnits().filter(unit -> !isCalendarOrAge(unit)))
        .as((bound, magnitude, open, unit) -> (bound == null ? "" : bound) + magnitude + open + unit);
  }

  /**
   * A bound word, then a unit led by its magnitude word standing for one of that unit ({@code
   * 突破千亿元}, {@code 超过万亩}), or such a unit, then a bound word ({@code 百家以上}).
   */
  private static Arbitrary<String> magnitudeWordUnits() {
    List<String> led = UnitCatalogue.standard().units().stream()
        .map(unit -> unit.symbol().symbol())
        .filter(symbol -> symbol.length() >= 2 && "百千万亿".indexOf(symbol.charAt(0)) >= 0)
        .distinct().toList();
    Arbitrary<String> before = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(4, words(WordPosition.BEFORE)),
                Tuple.of(1, words(WordPosition.BEFORE_MAGNITUDE))), Arbitraries.of(led))
        .as((bound, unit) -> bound + unit);
    Arbitrary<String> after = Combinators.combine(Arbitraries.of(led), words(WordPosition.AFTER))
        .as((unit, bound) -> unit + bound);
    return Arbitraries.oneOf(before, after);
  }

  private static Arbitrary<String> digitPhrases() {
    Arbitrary<String> leadIn = words(WordPosition.LEAD_IN).injectNull(0.7);
    Arbitrary<String> before = words(WordPosition.BEFORE).injectNull(0.5);
    Arbitrary<String> after = words(WordPosition.AFTER).injectNull(0.5);
    Arbitrary<Tuple.Tuple2<String, String>> figure = Combinators.combine(figures(), units())
        .as(Tuple::of);
    Arbitrary<String> separator = Arbitraries.of(RangeSeparators.all()).injectNull(0.6);
    return Combinators.combine(leadIn, before, figure, separator, Arbitraries.integers().between(1, 90),
            Arbitraries.of(true, false), after)
        .as((lead, bound, fig, sep, step, unitOnBoth, suffix) -> {
          StringBuilder phrase = new StringBuilder();
          String number = fig.get1();
          String unit = fig.get2();
          boolean arabic = number.chars().allMatch(c -> c == '.' || Character.isDigit(c));
          if (isCalendarOrAge(unit)) {
            // years, months and ages are targets only with a bound word and never as a range
            // (a not-target rule of the parser, outside the grammar): 不超过3年, 1年以上
            sep = null;
            if (bound == null && suffix == null) {
              suffix = "以上";
            }
          }
          if (lead != null && bound != null && formsAnotherBoundWord(lead, bound)) {
            return "";
          }
          if (lead != null) {
            phrase.append(lead);
          }
          if (bound != null && (sep == null || !arabic)) {
            phrase.append(bound);
          }
          if (sep == null || !arabic) {
            phrase.append(number).append(unit);
          } else {
            String upper = new java.math.BigDecimal(number).add(java.math.BigDecimal.valueOf(step))
                .toPlainString();
            phrase.append(number).append(unitOnBoth ? unit : "").append(sep).append(upper).append(unit);
          }
          if (suffix != null && (sep == null || !arabic)) {
            phrase.append(remarkBefore(suffix, step)).append(suffix);
          }
          return phrase.toString();
        })
        .filter(phrase -> !phrase.isEmpty());
  }

  /**
   * Now and then a remark of what the figure counts in between it and the bound word after it
   * ({@code （含）}, {@code （含线上学时）}; the lexicon's {@code inclusion-remarks.txt}): only before
   * {@code 以上} and {@code 以下}, which include the figure; else nothing.
   */
  private static String remarkBefore(String suffix, int draw) {
    if (!suffix.endsWith("以上") && !suffix.endsWith("以下") || draw % 3 != 0) {
      return "";
    }
    return INCLUSION_REMARKS.get(draw % INCLUSION_REMARKS.size());
  }

  /**
   * Whether a lead-in word and the bound word after it run together into another bound word
   * across their junction ({@code 至} + {@code 多于} reads {@code 至多} + {@code 于}): such a
   * phrase is not the bound phrase the generator meant, for the parser and for any reader.
   */
  private static boolean formsAnotherBoundWord(String lead, String bound) {
    String joined = lead + bound;
    for (BoundWord word : BoundWords.all()) {
      String w = word.word();
      for (int start = 0; start < lead.length(); start++) {
        int end = start + w.length();
        if (end > lead.length() && end <= joined.length() && joined.startsWith(w, start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Arabic figures of varied scale, with a magnitude or an open marker now and then. */
  private static Arbitrary<String> figures() {
    Arbitrary<String> plain = Arbitraries.bigDecimals().between(
            java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(99999)).ofScale(0)
        .map(java.math.BigDecimal::toPlainString);
    Arbitrary<String> decimal = Arbitraries.bigDecimals().between(
            java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(999)).ofScale(2)
        .map(d -> d.stripTrailingZeros().toPlainString());
    Arbitrary<String> magnitude = Combinators.combine(plain, Arbitraries.of("万", "亿"))
        .as((n, m) -> n + m);
    Arbitrary<String> open = Combinators.combine(plain, Arbitraries.of("多", "余"))
        .as((n, m) -> n + "0" + m);
    Arbitrary<String> chinese = Arbitraries.of("十二", "二十", "三十五", "一百二十", "两百", "十几",
        "三点五", "十二点零五", "零点八", "〇点五", "一点二");
    return Arbitraries.frequencyOf(Tuple.of(5, plain), Tuple.of(3, decimal), Tuple.of(1, magnitude),
        Tuple.of(1, open), Tuple.of(1, chinese));
  }

  /** Whether {@code unit} is, or is an alias of ({@code 周岁}), a year, month or age. */
  private static boolean isCalendarOrAge(String unit) {
    return CALENDAR_OR_AGE.contains(UnitCatalogue.standard().find(unit)
        .map(definition -> definition.symbol().symbol()).orElse(unit));
  }

  /**
   * Every unit of the catalogue under its symbol and its aliases, and now and then a unit the
   * catalogue lacks, which both readers keep as written: a rate of a catalogue unit ({@code 人/年},
   * {@code 吨标准煤/万元}) or one character ({@code 筐}, {@code 垄}).
   */
  private static Arbitrary<String> units() {
    Arbitrary<String> known = knownUnits();
    Arbitrary<String> rates = Combinators.combine(
            known.filter(unit -> unit.indexOf('/') < 0 && !isCalendarOrAge(unit)),
            Arbitraries.of(RATE_DIVISORS))
        .as((unit, divisor) -> unit + "/" + divisor);
    return Arbitraries.frequencyOf(Tuple.of(8, known), Tuple.of(1, rates),
        Tuple.of(1, Arbitraries.of(UNKNOWN_CHARACTERS)));
  }

  /** Every unit of the catalogue under its symbol and its aliases. */
  private static Arbitrary<String> knownUnits() {
    return Arbitraries.of(UnitCatalogue.standard().units().stream()
        .flatMap(unit -> java.util.stream.Stream.concat(
            java.util.stream.Stream.of(unit.symbol().symbol()), unit.aliases().stream()))
        .distinct().toList());
  }

  /**
   * Percents and per-mille written in words ({@code 百分之九十}, {@code 千分之六}, the lexicon's
   * {@code percent-words.txt}) with Chinese or Arabic numbers or the whole ({@code 百分之百}), a
   * bound word before and after them now and then.
   */
  private static Arbitrary<String> percentWordPhrases() {
    Arbitrary<String> number = Arbitraries.oneOf(
        Arbitraries.of("五", "十二", "二十", "三十五", "九十"),
        Arbitraries.bigDecimals().between(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(99))
            .ofScale(1).map(d -> d.stripTrailingZeros().toPlainString()));
    return Combinators.combine(words(WordPosition.BEFORE).injectNull(0.5), Arbitraries.of(PercentWords.all()),
            number, Arbitraries.integers().between(0, 5), words(WordPosition.AFTER).injectNull(0.5))
        .as((bound, word, n, whole, suffix) -> (bound == null ? "" : bound) + word
            + (whole == 0 ? word.substring(0, 1) : n) + (suffix == null ? "" : suffix));
  }

  /**
   * Shares written without a unit of their own: fractions in digits over the denominators of the
   * lexicon's {@code digit-fractions.txt} ({@code 不低于1/3}, {@code 2/3以上}), a bound word before
   * and after them now and then, and words that stand for a figure ({@code figure-words.txt}: {@code
   * 超过一半}, {@code 半数以上}), always with a bound word, without which they are words.
   */
  private static Arbitrary<String> shares() {
    Arbitrary<String> fractions = Combinators.combine(words(WordPosition.BEFORE).injectNull(0.5),
            Arbitraries.of(DigitFractions.denominators()), Arbitraries.integers().between(1, 99),
            words(WordPosition.AFTER).injectNull(0.5))
        .as((bound, denominator, draw, suffix) -> (bound == null ? "" : bound)
            + (1 + draw % (denominator - 1)) + "/" + denominator + (suffix == null ? "" : suffix));
    Arbitrary<String> figureWords = Combinators.combine(words(WordPosition.BEFORE).injectNull(0.5),
            Arbitraries.of(FigureWords.all()), words(WordPosition.AFTER))
        .as((bound, word, suffix) -> bound == null ? word + suffix : bound + word);
    return Arbitraries.oneOf(fractions, figureWords);
  }

  /**
   * Rates per a round number ({@code 孕产妇死亡率控制在15/10万以下}, {@code 3/千}), a unit the catalogue
   * lacks, with a bound word before and after them now and then.
   */
  private static Arbitrary<String> perRoundNumberPhrases() {
    return Combinators.combine(words(WordPosition.BEFORE).injectNull(0.5),
            Arbitraries.integers().between(1, 999), Arbitraries.of("10万", "万", "千", "100万", "10亿"),
            words(WordPosition.AFTER).injectNull(0.5))
        .as((bound, n, per, suffix) -> (bound == null ? "" : bound) + n + "/" + per
            + (suffix == null ? "" : suffix));
  }

  /**
   * Signed percents, percentage points and temperatures ({@code 控制在-1%左右}, {@code 增长-2%至2%},
   * {@code -3%～-1%}, {@code -18℃以下}; the lexicon's {@code minus-signs.txt}), with every minus sign, a lead-in verb or a
   * bound word before them and a bound word after them now and then.
   */
  private static Arbitrary<String> signedPhrases() {
    Arbitrary<String> magnitude = Arbitraries.bigDecimals().between(
            java.math.BigDecimal.valueOf(1, 1), java.math.BigDecimal.valueOf(999, 1)).ofScale(1)
        .map(d -> d.stripTrailingZeros().toPlainString());
    Arbitrary<String> before = Arbitraries.oneOf(words(WordPosition.BEFORE), words(WordPosition.LEAD_IN))
        .injectNull(0.4);
    Arbitrary<Tuple.Tuple3<String, String, Integer>> upper = Combinators.combine(
            Arbitraries.of(RangeSeparators.all()), Arbitraries.of("", "-"), Arbitraries.integers().between(0, 9))
        .as(Tuple::of).injectNull(0.5);
    return Combinators.combine(before, Arbitraries.of("-", "－", "−", "﹣"), magnitude,
            Arbitraries.of("%", "个百分点", "‰", "℃"), upper, words(WordPosition.AFTER).injectNull(0.6))
        .as((bound, sign, n, unit, range, suffix) -> {
          String lead = (bound == null ? "" : bound) + sign + n + unit;
          if (range == null) {
            return lead + (suffix == null ? "" : suffix);
          }
          // a negative upper end never below the lower end -n: a range runs upward. An inverted one
          // (-0.1%--1%) is no bound phrase: both refuse it, as downwardSignedRanges_areRefusedByBoth
          // checks
          int end = range.get2().isEmpty() ? range.get3()
              : Math.min(range.get3(), new java.math.BigDecimal(n).intValue());
          return lead + range.get1() + range.get2() + end + unit;
        });
  }

  private static Arbitrary<String> words(WordPosition position) {
    return Arbitraries.of(BoundWords.all().stream()
        .filter(word -> word.position() == position).map(BoundWord::word).toList());
  }
}
