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
 * Three forms published plans write (parser/DECISIONS.md): tenths ({@code 三成以上} is at least 3 成
 * = 30 %), the Chinese decimal {@code 点} ({@code 三点五万亩} is 3.5 万亩), exactly; and a level with a
 * bound and no unit ({@code CPI涨幅控制在103.5以内}), which is no target (annotation guide §3: a target
 * is a number with a unit) but is reported.
 */
class TenthsDecimalsAndLevelsTest {

  @Test
  void read_tenths_isAPercentUnitOfItsOwn() {
    List<Target> targets = TargetFixture.targets("技术改造投资增长三成以上，农产品加工转化率提高两成。");

    assertThat(targets).hasSize(2);
    Target growth = targets.get(0);
    assertThat(growth.text()).isEqualTo("三成以上");
    assertThat(growth.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(growth.kind()).isEqualTo(TargetKind.GROWTH);
    assertThat(growth.direction()).isEqualTo(Direction.INCREASE);
    assertThat(growth.value().amount()).isEqualTo(Amount.parse("3"));
    assertThat(growth.value().unit().symbol()).isEqualTo("成");
    assertThat(growth.normalized().amount().isEquivalentTo(Amount.parse("30"))).isTrue();
    assertThat(growth.normalized().unit().symbol()).isEqualTo("%");
    assertThat(targets.get(1).value().amount()).isEqualTo(Amount.parse("2"));
  }

  @Test
  void read_wordsThatOpenWithCheng_areNoTenths() {
    assertThat(TargetFixture.targets("坚持一成不变的原则，吸纳15成员单位参与。")).isEmpty();
  }

  @Test
  void read_chineseDecimal_isReadExactly() {
    List<Target> targets = TargetFixture.targets("新建高标准农田三点五万亩，完成投资二点零五亿元以上。");

    assertThat(targets).extracting(Target::text).containsExactly("三点五万亩", "二点零五亿元以上");
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("3.5"));
    assertThat(targets.get(0).normalized().amount().isEquivalentTo(Amount.parse("70000000/3"))).isTrue();
    assertThat(targets.get(1).normalized().amount().isEquivalentTo(Amount.parse("205000000"))).isTrue();
  }

  @Test
  void read_chineseDecimalBelowOne_andBeforePointsOrAMagnitudeUnit_isReadExactly() {
    List<Target> targets = TargetFixture.targets(
        "研发经费投入强度提高零点八个百分点，农业科技进步贡献率提高三点五个百分点以上，"
            + "新建高标准农田一点二万亩，耕地保有量不低于〇点五万亩。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("零点八个百分点", "三点五个百分点以上", "一点二万亩", "不低于〇点五万亩");
    assertThat(targets).extracting(t -> t.value().amount())
        .containsExactly(Amount.parse("0.8"), Amount.parse("3.5"), Amount.parse("1.2"), Amount.parse("0.5"));
    assertThat(targets.get(0).kind()).isEqualTo(TargetKind.POINTS);
    assertThat(targets.get(0).direction()).isEqualTo(Direction.INCREASE);
    assertThat(targets.get(1).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(2).normalized().amount().isEquivalentTo(Amount.parse("8000000"))).isTrue();
    assertThat(targets.get(3).comparator()).isEqualTo(Bound.AT_LEAST);
  }

  @Test
  void read_zeroThatOpensNoDecimal_isNoFigure() {
    assertThat(TargetFixture.targets("推动零售业态创新，实现安全生产零事故，零距离服务企业。")).isEmpty();
  }

  @Test
  void read_levelWithABoundAndNoUnit_isNoTargetButIsReported() {
    String body = "居民消费价格涨幅控制在103.5以内，营商环境指数达到85以上，新增就业2000人。";

    TargetFixture.Result result = TargetFixture.read(body);

    assertThat(result.targets()).extracting(Target::text).containsExactly("2000人");
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TARGET_PARTIAL)
        .extracting(d -> body.substring(d.span().start(), d.span().end()))
        .containsExactly("103.5以内", "85以上");
  }

  @Test
  void read_ratio_isNoTarget_reportedWholeWhenThePlanCommitsToIt() {
    String body = "财政配套比例不低于1:1，师生比达到1：15，三次产业结构调整为9.7:47.3:43，新建校舍2处。";

    TargetFixture.Result result = TargetFixture.read(body);

    assertThat(result.targets()).extracting(Target::text).containsExactly("2处");
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TARGET_PARTIAL)
        .extracting(d -> body.substring(d.span().start(), d.span().end()))
        .containsExactly("1:1", "1：15");
  }

  @Test
  void read_rankOrBareNumberWithoutBound_isNotReported() {
    TargetFixture.Result result = TargetFixture.read("力争进入全省前10以内，编制方案3套。");

    assertThat(result.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.TARGET_PARTIAL);
  }
}
