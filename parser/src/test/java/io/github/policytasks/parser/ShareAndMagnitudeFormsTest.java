package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shares and counts written without a plain figure and unit (annotation guide §6, forms to read;
 * parser/DECISIONS.md): a fraction in digits, a word for half, a magnitude word with a bound
 * counting the noun after it, {@code 上} before a magnitude word, and a bound word after a bracket
 * that restates the figure. One rule a test.
 */
class ShareAndMagnitudeFormsTest {

  @Test
  void read_fractionInDigits_isAShareInPercent_exactly() {
    List<Target> targets = TargetFixture.targets("女性干部比例不低于1/3，基层一线人员占比达到2/3以上，通关时间压缩1/5。");

    assertThat(targets).extracting(Target::text).containsExactly("不低于1/3", "2/3以上", "1/5");
    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("100/3%", "200/3%", "20%");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST, Bound.EXACTLY);
    assertThat(targets).extracting(Target::kind)
        .containsExactly(TargetKind.SHARE, TargetKind.SHARE, TargetKind.GROWTH);
  }

  @Test
  void read_slashBeforeAMagnitudeOrAnUnlistedDenominator_isNoShare() {
    assertThat(TargetFixture.targets("孕产妇死亡率控制在15/10万以下，每10万人口执业医师数达到3/万。"))
        .extracting(t -> t.value().toString()).containsExactly("15/10万", "3/万");
    assertThat(TargetFixture.targets("窗口实行7/24小时服务，截至12/31的数据，比例达到4/3。")).isEmpty();
  }

  @Test
  void read_wordForHalf_withABound_isFiftyPercent() {
    List<Target> targets = TargetFixture.targets("新增企业占比超过一半，覆盖一半以上的行政村，半数以上乡镇达标。");

    assertThat(targets).extracting(Target::text, Target::comparator, t -> t.value().toString())
        .containsExactly(
            tuple("超过一半", Bound.MORE_THAN, "50%"),
            tuple("一半以上", Bound.AT_LEAST, "50%"),
            tuple("半数以上", Bound.AT_LEAST, "50%"));
    assertThat(TargetFixture.targets("所需资金由市县各承担一半，半数人员参加轮训。")).isEmpty();
  }

  @Test
  void read_magnitudeWordAfterABound_countsTheNounAfterIt() {
    List<Target> targets = TargetFixture.targets("组织逾千家企业参与，带动近万人就业。");

    assertThat(targets).extracting(Target::text, Target::comparator, t -> t.normalized().toString())
        .containsExactly(
            tuple("逾千家", Bound.MORE_THAN, "1000家"),
            tuple("近万人", Bound.APPROXIMATELY, "10000人"));
    assertThat(TargetFixture.targets("超千人企业达到50家，超亿元企业达到10家。"))
        .extracting(Target::text).containsExactly("50家", "10家");
  }

  @Test
  void read_shangBeforeAMagnitudeWord_isAtLeast() {
    List<Target> targets = TargetFixture.targets("全年服务上万人次群众，带动上千家企业转型。");

    assertThat(targets).extracting(Target::text, Target::comparator, t -> t.normalized().toString())
        .containsExactly(
            tuple("上万人次", Bound.AT_LEAST, "10000人次"),
            tuple("上千家", Bound.AT_LEAST, "1000家"));
    assertThat(TargetFixture.targets("线上50学时，较上年增长5%。"))
        .extracting(Target::text, Target::comparator)
        .containsExactly(tuple("50学时", Bound.EXACTLY), tuple("5%", Bound.EXACTLY));
  }

  @Test
  void read_boundWordAfterARestatingBracket_boundsTheFigure() {
    List<Target> targets = TargetFixture.targets("每人每年参加脱产培训72学时（9天）以上，网络培训3天（ 24学时 ）以下。");

    assertThat(targets).extracting(Target::text, Target::comparator)
        .containsExactly(
            tuple("72学时（9天）以上", Bound.AT_LEAST),
            tuple("3天（ 24学时 ）以下", Bound.AT_MOST));
  }
}
