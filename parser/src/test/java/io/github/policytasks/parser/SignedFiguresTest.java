package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signed figures (parser/DECISIONS.md; the lexicon's {@code minus-signs.txt}): a minus sign right
 * before a percent, percentage points or a temperature, with no figure before it, is the figure's
 * sign ({@code 增长-2%至2%} is -2…2 %, {@code 控制在-1%左右} is about -1 %), kept in value and
 * normalized value exactly; a hyphen between two figures stays a range (annotation guide §3), and
 * before any other unit a hyphen is a dash.
 */
class SignedFiguresTest {

  @Test
  void read_signedPercentAfterABoundWord_isNegative() {
    List<Target> targets = TargetFixture.targets("居民消费价格涨幅控制在-1%左右。");

    assertThat(targets).hasSize(1);
    Target target = targets.get(0);
    assertThat(target.text()).isEqualTo("控制在-1%左右");
    assertThat(target.comparator()).isEqualTo(Bound.APPROXIMATELY);
    assertThat(target.value().amount()).isEqualTo(Amount.parse("-1"));
    assertThat(target.normalized().amount()).isEqualTo(Amount.parse("-1"));
    assertThat(target.normalized().unit().symbol()).isEqualTo("%");
  }

  @Test
  void read_signedPercentAfterABoundWordEndingIn多_isNegative() {
    List<Target> targets = TargetFixture.targets("亏损企业利润降幅最多-0.1%。");

    assertThat(targets).singleElement().satisfies(target -> {
      assertThat(target.comparator()).isEqualTo(Bound.AT_MOST);
      assertThat(target.value().amount()).isEqualTo(Amount.parse("-0.1"));
    });
  }

  @Test
  void read_signedRangeRunningDownward_isNoTarget_asAnUnsignedOneIsNot() {
    assertThat(TargetFixture.targets("居民消费价格涨幅控制在-0.1%--1%。")).isEmpty();
    assertThat(TargetFixture.targets("新增耕地面积30亩-15亩。")).isEmpty();
  }

  @Test
  void read_rangeFromASignedLowerEnd_isOneRangeOfChange() {
    List<Target> targets = TargetFixture.targets("全县工业用电量增长-2%至2%，增速控制在-3%～-1%。");

    assertThat(targets).hasSize(2);
    Target growth = targets.get(0);
    assertThat(growth.text()).isEqualTo("-2%至2%");
    assertThat(growth.comparator()).isEqualTo(Bound.RANGE);
    assertThat(growth.kind()).isEqualTo(TargetKind.GROWTH);
    assertThat(growth.direction()).isEqualTo(Direction.INCREASE);
    assertThat(growth.value().amount()).isEqualTo(Amount.parse("-2"));
    assertThat(growth.upper().amount()).isEqualTo(Amount.parse("2"));
    assertThat(growth.normalizedUpper().amount()).isEqualTo(Amount.parse("2"));
    Target bothSigned = targets.get(1);
    assertThat(bothSigned.value().amount()).isEqualTo(Amount.parse("-3"));
    assertThat(bothSigned.upper().amount()).isEqualTo(Amount.parse("-1"));
  }

  @Test
  void read_signedPoints_saySoThemselves_andAWordOfFallKeepsTheFigureUnsigned() {
    TargetFixture.Result signed = TargetFixture.read("城镇调查失业率较上年变动-0.5个百分点。");
    List<Target> fall = TargetFixture.targets("城镇调查失业率下降0.5个百分点。");

    Target points = signed.targets().get(0);
    assertThat(points.kind()).isEqualTo(TargetKind.POINTS);
    assertThat(points.value().amount()).isEqualTo(Amount.parse("-0.5"));
    assertThat(points.direction()).isEqualTo(Direction.INCREASE);
    assertThat(signed.diagnostics()).extracting(d -> d.code())
        .doesNotContain(DiagnosticCode.TARGET_DIRECTION_ASSUMED);
    assertThat(fall.get(0).value().amount()).isEqualTo(Amount.parse("0.5"));
    assertThat(fall.get(0).direction()).isEqualTo(Direction.DECREASE);
  }

  @Test
  void read_temperature_isItsOwnDimension_signedBelowZero() {
    List<Target> targets = TargetFixture.targets("冬季室内温度不低于18℃，冷库温度保持在-18℃以下。");

    assertThat(targets).extracting(Target::text).containsExactly("不低于18℃", "保持在-18℃以下");
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).kind()).isEqualTo(TargetKind.AMOUNT);
    assertThat(targets.get(0).dimension()).isEqualTo(io.github.policytasks.core.Dimension.TEMPERATURE);
    assertThat(targets.get(1).comparator()).isEqualTo(Bound.AT_MOST);
    assertThat(targets.get(1).normalized().amount()).isEqualTo(Amount.parse("-18"));
    assertThat(targets.get(1).normalized().unit().symbol()).isEqualTo("℃");
  }

  @Test
  void read_hyphenBetweenFigures_staysARange() {
    List<Target> targets = TargetFixture.targets("增长4.5%-5%，新建3个-5个，改造15-30亩。");

    assertThat(targets).extracting(Target::text).containsExactly("4.5%-5%", "3个-5个", "15-30亩");
    assertThat(targets).extracting(t -> t.value().amount())
        .containsExactly(Amount.parse("4.5"), Amount.parse("3"), Amount.parse("15"));
  }

  @Test
  void read_hyphenBeforeACountOrMoney_isADash_notASign() {
    List<Target> targets = TargetFixture.targets("新建口袋公园-5个，完成投资-3亿元。");

    assertThat(targets).extracting(Target::text).containsExactly("5个", "3亿元");
    assertThat(targets).extracting(t -> t.value().amount().signum()).containsExactly(1, 1);
  }
}
