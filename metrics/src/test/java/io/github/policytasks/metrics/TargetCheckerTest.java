package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetCheckerTest {
  private final TargetChecker checker = TargetChecker.standard();

  /** A target built from its bound phrase, as the parser would build it. */
  private static Target target(String id, String text) {
    BoundPhrase phrase = BoundPhraseReader.standard().parse(text);
    boolean percent = phrase.unit() != null && phrase.unit().symbol().matches("[%％]");
    boolean points = phrase.unit() != null && phrase.unit().symbol().contains("百分点");
    TargetKind kind = points ? TargetKind.POINTS : percent ? TargetKind.SHARE : TargetKind.AMOUNT;
    return Target.builder()
        .id(id)
        .text(text)
        .span(SourceSpan.of(0, text.length()))
        .comparator(phrase.comparator())
        .kind(kind)
        .direction(kind.hasDirection() ? Direction.INCREASE : null)
        .value(phrase.quantity().orElseThrow())
        .upper(phrase.upperQuantity().orElse(null))
        .build();
  }

  private static Quantity q(String text) {
    return QuantityReader.standard().parse(text);
  }

  @Test
  void bounds_followTheComparatorInTheCanonicalUnit() {
    assertThat(checker.bounds(target("t1.g1", "不低于154万亩")))
        .isEqualTo(Range.atLeast(Amount.parse("3080000000/3")));
    assertThat(checker.bounds(target("t1.g2", "超过60家"))).isEqualTo(Range.greaterThan(Amount.of(60)));
    assertThat(checker.bounds(target("t1.g3", "控制在4.5%以内")))
        .isEqualTo(Range.atMost(Amount.parse("4.5")));
    assertThat(checker.bounds(target("t1.g4", "低于5%"))).isEqualTo(Range.lessThan(Amount.of(5)));
    assertThat(checker.bounds(target("t1.g5", "15-30亩")))
        .isEqualTo(Range.closed(Amount.of(10000), Amount.of(20000)));
    assertThat(checker.bounds(target("t1.g6", "达到280兆瓦")))
        .isEqualTo(Range.closed(Amount.of(280000000), Amount.of(280000000)));
    Range<Amount> open = checker.bounds(target("t1.g7", "500多亿元"));
    assertThat(open.lowerBoundType()).isEqualTo(BoundType.OPEN);
    assertThat(open.lowerEndpoint()).isEqualTo(Amount.of(50000000000L));
  }

  @Test
  void bounds_approximately_useTheCallersTolerance() {
    Target about = target("t2.g1", "10项左右");

    assertThat(checker.bounds(about)).isEqualTo(Range.closed(Amount.of(10), Amount.of(10)));
    Range<Amount> relative = checker.withTolerance(Tolerance.relative("0.1")).bounds(about);
    assertThat(relative.lowerEndpoint().isEquivalentTo(Amount.of(9))).isTrue();
    assertThat(relative.upperEndpoint().isEquivalentTo(Amount.of(11))).isTrue();
    Range<Amount> absolute = checker.bounds(about, Tolerance.absolute(q("2项")));
    assertThat(absolute.lowerEndpoint().isEquivalentTo(Amount.of(8))).isTrue();
    assertThat(absolute.upperEndpoint().isEquivalentTo(Amount.of(12))).isTrue();
    assertThatThrownBy(() -> checker.bounds(about, Tolerance.absolute(q("2家"))))
        .isInstanceOf(DimensionMismatchException.class);
  }

  @ParameterizedTest(name = "{0} by {1} → {2}, gap {3}")
  @CsvSource(delimiter = '|', value = {
    "不低于154万亩   | 150万亩          | BELOW  | 4万亩",
    "不低于154万亩   | 154万亩          | WITHIN | 0万亩",
    "不低于154万亩   | 1100000000平方米 | WITHIN | 0万亩",
    "超过60家        | 60家             | BELOW  | 0家",
    "超过60家        | 61家             | WITHIN | 0家",
    "控制在4.5%以内  | 5%               | ABOVE  | 0.5%",
    "控制在4.5%以内  | 4.5％            | WITHIN | 0%",
    "15-30亩         | 1公顷            | WITHIN | 0亩",
    "15-30亩         | 2公顷            | WITHIN | 0亩",
    "15-30亩         | 3公顷            | ABOVE  | 15亩",
    "15-30亩         | 5000平方米       | BELOW  | 7.5亩",
    "突破150亿元     | 149.5亿元        | BELOW  | 0.5亿元",
    "突破150亿元     | 15050000000元    | WITHIN | 0亿元",
    "1.87万头        | 18650头          | BELOW  | 0.005万头",
    "1-3个百分点     | 2百分点          | WITHIN | 0个百分点",
    "低于5%          | 5%               | ABOVE  | 0%",
  })
  void check_actualInAnyUnitOfTheDimension_givesPositionAndGapInTheTargetsUnit(
      String text, String actual, String position, String gap) {
    TargetCheck check = checker.check(target("t3.g1", text), q(actual));

    assertThat(check.position()).isEqualTo(BoundPosition.valueOf(position));
    assertThat(check.isMet()).isEqualTo(position.equals("WITHIN"));
    assertThat(check.gap()).isEqualTo(q(gap));
    assertThat(checker.isMetBy(target("t3.g1", text), q(actual))).isEqualTo(check.isMet());
  }

  @Test
  void check_nonTerminatingGap_staysExact() {
    TargetCheck check = checker.check(target("t4.g1", "不低于2亩"), q("1000平方米"));

    assertThat(check.gap()).isEqualTo(Quantity.of(Amount.parse("1/2"), Unit.of("亩")));
    TargetCheck mu = checker.check(target("t4.g2", "不低于1000平方米"), q("1亩"));
    assertThat(mu.gap().amount()).isEqualTo(Amount.parse("1000/3"));
  }

  @Test
  void check_exactly_canBeReadAsAtLeast() {
    Target reach = target("t5.g1", "达到280兆瓦");

    assertThat(checker.check(reach, q("300兆瓦")).position()).isEqualTo(BoundPosition.ABOVE);
    assertThat(checker.withExactlyAs(Bound.AT_LEAST).check(reach, q("0.3吉瓦")).isMet()).isTrue();
    assertThatThrownBy(() -> checker.withExactlyAs(Bound.RANGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void check_mismatchedActual_throwsNamingBothSides() {
    assertThatThrownBy(() -> checker.check(target("t6.g1", "控制在4.5%以内"), q("1个百分点")))
        .isInstanceOf(DimensionMismatchException.class)
        .hasMessageContaining("PERCENT")
        .hasMessageContaining("PERCENTAGE_POINTS")
        .hasMessageContaining("t6.g1");
    assertThatThrownBy(() -> checker.check(target("t6.g2", "超过60家"), q("61个")))
        .isInstanceOf(DimensionMismatchException.class)
        .hasMessageContaining("家")
        .hasMessageContaining("个");
  }

  @Test
  void rollUp_totalsPerCanonicalUnitAndClassifier_andListsUnknownUnits() {
    Target odd = Target.builder()
        .id("t9.g1").text("3磅").span(SourceSpan.of(0, 2)).comparator(Bound.EXACTLY)
        .kind(TargetKind.AMOUNT).value(Quantity.of("3", "磅")).build();
    List<Target> targets = List.of(
        target("t7.g1", "突破150亿元"),
        target("t7.g2", "80家以上"),
        target("t7.g3", "5000万元"),
        target("t7.g4", "8—10家"),
        target("t8.g1", "3万亩"),
        target("t8.g2", "1.5万平方米"),
        target("t8.g3", "10个"),
        odd);

    TargetRollUp rollUp = checker.rollUp(targets);

    assertThat(rollUp.totals()).extracting(t -> t.canonical().symbol())
        .containsExactly("元", "家", "平方米", "个");
    TargetTotal money = rollUp.total(Unit.of("元")).orElseThrow();
    assertThat(money.total()).isEqualTo(Quantity.of("15050000000", "元"));
    assertThat(money.dimension()).isEqualTo(Dimension.CURRENCY);
    assertThat(money.targetIds()).containsExactly("t7.g1", "t7.g3");
    TargetTotal firms = rollUp.total(Unit.of("家")).orElseThrow();
    assertThat(firms.total()).isEqualTo(Quantity.of("88", "家"));
    assertThat(firms.upperTotal()).isEqualTo(Quantity.of("90", "家"));
    assertThat(firms.classifier()).contains("家");
    assertThat(rollUp.total(Unit.of("平方米")).orElseThrow().total())
        .isEqualTo(Quantity.of("20015000", "平方米"));
    assertThat(rollUp.unknownUnits()).containsExactly(odd);
    assertThat(rollUp.notAdditive()).isEmpty();
  }

  @Test
  void rollUp_neverAddsPercentages_listsThemApart() {
    Target share = target("t3.g4", "35%以上");
    Target other = target("t9.g2", "74%");
    Target points = target("t9.g3", "提升1-3个百分点");
    Target firms = target("t3.g1", "80家以上");

    TargetRollUp rollUp = checker.rollUp(List.of(share, firms, other, points));

    assertThat(rollUp.totals()).extracting(t -> t.canonical().symbol()).containsExactly("家");
    assertThat(rollUp.notAdditive()).containsExactly(share, other, points);
  }

  @Test
  void rollUp_neverAddsTemperatures_listsThemApart() {
    Target warm = target("t2.g1", "不低于18℃");
    Target cold = target("t4.g1", "-18℃以下");
    Target firms = target("t3.g1", "80家以上");

    TargetRollUp rollUp = checker.rollUp(List.of(warm, firms, cold));

    assertThat(rollUp.totals()).extracting(t -> t.canonical().symbol()).containsExactly("家");
    assertThat(rollUp.notAdditive()).containsExactly(warm, cold);
  }

  @Test
  void normalizeTarget_fillsNormalizedValuesAndDimension() {
    Target range = Normalizer.standard().normalizeTarget(target("t10.g1", "3-5万亩"));

    assertThat(range.normalized()).isEqualTo(Quantity.of("20000000", "平方米"));
    assertThat(range.normalizedUpper()).isEqualTo(Quantity.of("100000000/3", "平方米"));
    assertThat(range.dimension()).isEqualTo(Dimension.AREA);
    Target money = Normalizer.standard().normalizeTarget(target("t10.g2", "突破150亿元"));
    assertThat(money.normalized()).isEqualTo(Quantity.of("15000000000", "元"));
    assertThat(money.normalizedUpper()).isNull();
  }
}
