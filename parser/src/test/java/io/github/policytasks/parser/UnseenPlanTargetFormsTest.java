package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target forms of published plans this project does not have (training, employment and
 * work-report division plans, annotation guide §3, §4, §6), each decided as a careful reader would
 * where the guide is silent; one rule a test, the decision in its name and javadoc.
 */
class UnseenPlanTargetFormsTest {

  /**
   * {@code 1000人（次）}: a counter with its {@code 次} in brackets counts visits, as {@code 人次}
   * does (a person trained twice counts twice); the unit stays as written, the normalized value is
   * in 人次, and magnitudes and bound words apply as to {@code 人次}.
   */
  @Test
  void read_counterWithBracketedCi_isThatCiCounter() {
    List<Target> targets = TargetFixture.targets(
        "培训1000人（次），开展技能培训1.2万人(次)以上，服务农户500户（次）。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("1000人（次）", "1.2万人(次)以上", "500户（次）");
    assertThat(targets).extracting(t -> t.value().unit().symbol())
        .containsExactly("人（次）", "万人(次)", "户（次）");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("1000人次", "12000人次", "500户次");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.EXACTLY, Bound.AT_LEAST, Bound.EXACTLY);
  }

  /**
   * {@code 3000人/年}: a rate per year. The unit catalogue has no rate in time (its only rates are
   * concentrations, per volume) and the guide's rule for such a unit is §6's {@code 1.4亿方/日}: kept
   * as a target, its unit as written, no normalized value, with a diagnostic; never read as 3000 人.
   */
  @Test
  void read_ratePerYear_isKeptWithItsWholeUnitAndADiagnostic() {
    TargetFixture.Result read = TargetFixture.read("每年培训新型职业农民3000人/年。");

    assertThat(read.targets()).hasSize(1);
    Target target = read.targets().get(0);
    assertThat(target.text()).isEqualTo("3000人/年");
    assertThat(target.value().unit().symbol()).isEqualTo("人/年");
    assertThat(target.comparator()).isEqualTo(Bound.EXACTLY);
    assertThat(target.kind()).isEqualTo(TargetKind.AMOUNT);
    assertThat(target.normalized()).isNull();
    assertThat(read.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TARGET_UNIT_UNKNOWN);
  }

  /**
   * {@code 组织两次集中培训}: a Chinese count in a classifier of events held ({@code 次}, {@code 场})
   * right after a verb of holding is a count of sessions the plan commits to; a count of kinds
   * before its noun ({@code 落实三项基本医疗保险}) stays none.
   */
  @Test
  void read_chineseCountOfEventsAfterAVerbOfHolding_isATarget() {
    List<Target> targets = TargetFixture.targets(
        "每年组织两次集中培训，开展三场专题宣讲，召开两次联席会议。");

    assertThat(targets).extracting(Target::text).containsExactly("两次", "三场", "两次");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("2次", "3场", "2次");
    assertThat(TargetFixture.targets("落实三项基本医疗保险，推动三次产业融合发展。")).isEmpty();
  }

  /**
   * {@code 学时}: a class hour is a unit of its own (the guide converts no unit it does not name):
   * its normalized value stays in 学时 (课时 is the same unit), never 小时 or 天.
   */
  @Test
  void read_classHours_stayInClassHours() {
    List<Target> targets = TargetFixture.targets("每名学员参训不少于32学时，送教下乡40课时。");

    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("32学时", "40学时");
    assertThat(targets).extracting(Target::dimension)
        .containsExactly(Dimension.DURATION, Dimension.DURATION);
  }

  /**
   * {@code 学分}: credits of continuing education are a count of their own (a classifier, as the
   * guide's counts are), never class hours: {@code 不少于25学分} is AT_LEAST 25 学分.
   */
  @Test
  void read_credits_areACountOfTheirOwn() {
    List<Target> targets = TargetFixture.targets("基层医疗卫生机构人员参加继续教育不少于25学分。");

    assertThat(targets).extracting(Target::text).containsExactly("不少于25学分");
    assertThat(targets.get(0).normalized().toString()).isEqualTo("25学分");
    assertThat(targets.get(0).dimension()).isEqualTo(Dimension.COUNT);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
  }

  /**
   * The signs of comparison written in task tables and target columns are bound words before the
   * figure: {@code ≥} AT_LEAST, {@code ≤} AT_MOST, {@code >} ({@code ＞}) MORE_THAN, {@code <}
   * LESS_THAN.
   */
  @Test
  void read_signOfComparisonBeforeTheFigure_isItsBound() {
    List<Target> targets = TargetFixture.targets(
        "社区养老服务设施覆盖率≥90%，办结时限≤5个工作日，增速＞6%，事故率<0.5%。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("≥90%", "≤5个工作日", "＞6%", "<0.5%");
    assertThat(targets).extracting(Target::comparator).containsExactly(
        Bound.AT_LEAST, Bound.AT_MOST, Bound.MORE_THAN, Bound.LESS_THAN);
  }

  /** The signs as Big5- and Japanese-encoded copies write them ({@code ≧}, {@code ≦}) read as {@code ≥}, {@code ≤}. */
  @Test
  void read_signOfComparisonOfAnotherEncoding_readsAsTheSign() {
    List<Target> targets = TargetFixture.targets("設施覆蓋率≧90%，辦結時限≦5個工作日。");

    assertThat(targets).extracting(Target::text).containsExactly("≧90%", "≦5個工作日");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_LEAST, Bound.AT_MOST);
  }

  /**
   * A span of years after a verb of reaching is a level the plan commits to ({@code
   * 平均受教育年限提高到10.8年}, canonical 月); the old level after {@code 从}, a calendar year after
   * {@code 达} and a span that names a programme stay none.
   */
  @Test
  void read_yearsAfterAVerbOfReaching_isATarget_andTheOldLevelAndDatesStayNone() {
    List<Target> targets = TargetFixture.targets("劳动年龄人口平均受教育年限从10.23年提高到10.8年。");

    assertThat(targets).extracting(Target::text).containsExactly("10.8年");
    assertThat(targets.get(0).normalized().toString()).isEqualTo("129.6月");
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.EXACTLY);
    assertThat(TargetFixture.targets("产业规模力争达2025年。实施三年行动，延长至5年。"))
        .extracting(Target::text).containsExactly("5年");
  }

  /**
   * An age raised by ({@code 人均预期寿命提高0.5岁}) is a target like an age reached; an age that
   * scopes a group ({@code 60岁以上老年人}) stays none.
   */
  @Test
  void read_ageRaisedBy_isATarget_andAnAgeScopeStaysNone() {
    List<Target> targets = TargetFixture.targets("人均预期寿命再提高0.5岁。");

    assertThat(targets).extracting(Target::text).containsExactly("0.5岁");
    assertThat(targets.get(0).normalized().toString()).isEqualTo("0.5岁");
    assertThat(TargetFixture.targets("为60岁以上老年人提供服务。")).isEmpty();
  }

  /**
   * A per-mille written in words ({@code 千分之六}) reads as a percent in words does: 6 ‰, its
   * normalized value 0.6 %, with the bound words around it ({@code 控制在…以内}); its kind as for
   * any percent ({@code 增长率} is a rate of growth, {@code 死亡率} a level).
   */
  @Test
  void read_perMilleInWords_isAFigureInPerMille() {
    List<Target> targets = TargetFixture.targets("人口自然增长率控制在千分之六以内，婴儿死亡率低于千分之五。");

    assertThat(targets).extracting(Target::text).containsExactly("控制在千分之六以内", "低于千分之五");
    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("0.6%", "0.5%");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_MOST, Bound.LESS_THAN);
    assertThat(targets).extracting(Target::kind).containsExactly(TargetKind.GROWTH, TargetKind.SHARE);
  }

  /**
   * A rate per a round number written with a slash ({@code 15/10万}, health plans) is a figure of
   * unknown unit (annotation guide §6): kept with its unit as written, no normalized value and a
   * diagnostic; a fraction over a small round denominator ({@code 1/3}) is a share, read as the
   * same share in percent is ({@code 按30%的比例配套}; parser/DECISIONS.md).
   */
  @Test
  void read_ratePerRoundNumber_isKeptWithAnUnknownUnit_andAFractionIsAShare() {
    TargetFixture.Result read = TargetFixture.read("孕产妇死亡率控制在15/10万以下。");

    assertThat(read.targets()).extracting(Target::text).containsExactly("控制在15/10万以下");
    Target target = read.targets().get(0);
    assertThat(target.value().unit().symbol()).isEqualTo("/10万");
    assertThat(target.comparator()).isEqualTo(Bound.AT_MOST);
    assertThat(target.normalized()).isNull();
    assertThat(read.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TARGET_UNIT_UNKNOWN);
    assertThat(TargetFixture.targets("市县两级按1/3的比例配套，按30%的比例奖补。"))
        .extracting(t -> t.value().toString()).containsExactly("100/3%", "30%");
  }
}
