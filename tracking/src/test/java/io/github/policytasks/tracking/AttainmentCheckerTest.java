package io.github.policytasks.tracking;

import static io.github.policytasks.tracking.Targets.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttainmentCheckerTest {
  private final AttainmentChecker checker = AttainmentChecker.standard();

  private AttainmentChecker.Comparison compare(Target target, String actual) {
    return checker.compare(target, QuantityReader.standard().parse(actual));
  }

  @ParameterizedTest(name = "{0} by {1}: {2}, gap {3}")
  @CsvSource({
    // a bare figure adds or builds something: reaching it is met, more is exceeded
    "500兆瓦, 52万千瓦, EXCEEDED, 20兆瓦",
    "500兆瓦, 500000千瓦, MET, 0兆瓦",
    "500兆瓦, 49万千瓦, SHORT, 10兆瓦",
    "80家以上, 80家, MET, 0家",
    "80家以上, 86家, EXCEEDED, 6家",
    "80家以上, 79家, SHORT, 1家",
    "突破150亿元, 151亿元, EXCEEDED, 1亿元",
    "突破150亿元, 15000000000元, SHORT, 0亿元",
    "突破150亿元, 148.6亿元, SHORT, 1.4亿元",
    // approximately: ±5% of the figure by default, beyond the band exceeded or short
    "8%左右, 8.4%, MET, 0百分点",
    "8%左右, 7.6%, MET, 0百分点",
    "8%左右, 8.5%, EXCEEDED, 0.1百分点",
    "8%左右, 7.5%, SHORT, 0.1百分点",
    "10项左右, 10项, MET, 0项",
    // ceilings: kept at or below, never exceeded
    "控制在35微克/立方米以内, 30微克/立方米, MET, 0微克/立方米",
    "控制在35微克/立方米以内, 35微克/立方米, MET, 0微克/立方米",
    "控制在35微克/立方米以内, 37微克/立方米, SHORT, 2微克/立方米",
    "低于5%, 5%, SHORT, 0百分点",
    "低于5%, 4.9%, MET, 0百分点",
    // ranges: within met, above exceeded, below short
    "8—10个, 9个, MET, 0个",
    "8—10个, 10个, MET, 0个",
    "8—10个, 12个, EXCEEDED, 2个",
    "8—10个, 7个, SHORT, 1个",
    "15-30亩, 1万平方米, MET, 0亩",
    // a percent level: gaps in percentage points
    "不低于9%, 8.4%, SHORT, 0.6百分点",
  })
  void compare_followsTheBoundAsASupervisionOfficeReadsIt(
      String text, String actual, AttainmentStatus status, String gap) {
    AttainmentChecker.Comparison comparison = compare(target("t1.g1", text), actual);

    assertThat(comparison.status()).isEqualTo(status);
    assertThat(comparison.gap()).hasToString(gap);
    assertThat(comparison.reason()).isNull();
  }

  @Test
  void ratio_isTheExactFractionOfActualToFigure() {
    assertThat(compare(target("t1.g1", "500兆瓦"), "52万千瓦").ratio())
        .isEqualTo(Amount.parse("1.04"));
    assertThat(compare(target("t1.g1", "3家以上"), "2家").ratio())
        .isEqualTo(Amount.parse("2/3"));
    assertThat(compare(target("t1.g1", "8%左右"), "8.4%").ratio())
        .isEqualTo(Amount.parse("1.05"));
    assertThat(compare(target("t1.g1", "8—10个"), "9个").ratio()).isEqualTo(Amount.parse("1.125"));
  }

  @Test
  void ratio_ofACeiling_isAbsent() {
    assertThat(compare(target("t1.g1", "控制在35微克/立方米以内"), "30微克/立方米").ratio()).isNull();
    assertThat(compare(target("t1.g1", "低于5%"), "4%").ratio()).isNull();
  }

  @Test
  void ratioPercent_roundsOnlyWithScaleAndMode() {
    Target target = target("t1.g1", "3家以上");
    TargetAttainment result = AttainmentChecker.standard()
        .check(Targets.plan(target), Actuals.of(java.util.List.of(
            Actual.of("t1.g1", Quantity.of("2", "家")))))
        .targets().get(0);

    assertThat(result.ratioPercent(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("66.67"));
    assertThat(result.ratio(3, RoundingMode.DOWN)).contains(new BigDecimal("0.666"));
  }

  @Test
  void tolerance_isTheCallersToChange() {
    Target target = target("t1.g1", "8%左右");

    assertThat(checker.tolerance()).isEqualTo(AttainmentChecker.DEFAULT_TOLERANCE);
    assertThat(checker.withTolerance(Tolerance.none())
        .compare(target, Quantity.of("8.4", "%")).status()).isEqualTo(AttainmentStatus.EXCEEDED);
    assertThat(checker.withTolerance(Tolerances.parse("10%"))
        .compare(target, Quantity.of("8.8", "%")).status()).isEqualTo(AttainmentStatus.MET);
    assertThat(checker.withTolerance(Tolerances.parse("10%"))
        .compare(target, Quantity.of("8.9", "%")).status()).isEqualTo(AttainmentStatus.EXCEEDED);
  }

  @ParameterizedTest(name = "下降5% by {0}: {1}")
  @CsvSource({
    "5%, MET, 0百分点",
    "5.3%, EXCEEDED, 0.3百分点",
    "-5.3%, EXCEEDED, 0.3百分点",
    "4%, SHORT, 1百分点",
  })
  void decreaseTarget_isMetByGoingLower(String actual, AttainmentStatus status, String gap) {
    Target fall = target("t1.g1", "5%", Direction.DECREASE);

    Quantity change = Quantity.of(actual.substring(0, actual.length() - 1), "%");

    AttainmentChecker.Comparison comparison = checker.compare(fall, change);

    assertThat(comparison.status()).isEqualTo(status);
    assertThat(comparison.gap()).hasToString(gap);
  }

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource(delimiter = '|', value = {
    "提升1-3个百分点|63.9%|the actual 63.9% is percent (%), the target 提升1-3个百分点 is percentage points (百分点): report the change in 百分点, not the level reached",
    "80家以上|86个|the actual 86个 is a count in 个, the target 80家以上 is a count in 家: counts of different things do not compare",
    "500兆瓦|3亿元|the actual 3亿元 is currency (元), the target 500兆瓦 is power (瓦)",
    "80家以上|3磅|the unit 磅 of the actual 3磅 is not in the unit catalogue",
  })
  void differentDimensions_areNotComparable_sayingWhy(String text, String actual, String reason) {
    Target target = target("t1.g1", text);
    Quantity quantity = actual.equals("3磅") ? Quantity.of("3", "磅")
        : QuantityReader.standard().parse(actual);

    AttainmentChecker.Comparison comparison = checker.compare(target, quantity);

    assertThat(comparison.status()).isEqualTo(AttainmentStatus.NOT_COMPARABLE);
    assertThat(comparison.reason()).isEqualTo(reason);
    assertThat(comparison.gap()).isNull();
    assertThat(comparison.ratio()).isNull();
  }

  @Test
  void bareActual_countsInTheTargetsUnit() {
    Actual bare = new Actual("t1.g1", "86", Amount.of(86), null, null, "sheet, row 2");

    assertThat(bare.quantityIn(io.github.policytasks.core.Unit.of("家")))
        .isEqualTo(Quantity.of("86", "家"));
  }
}
