package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target rules of annotation guide §6 ("more that are not targets", "forms to read"), one rule a test. */
class GuideSixTargetRulesTest {

  @Test
  void read_oldLevelInAChange_givesOnlyTheNewLevel() {
    List<Target> targets = TargetFixture.targets("城乡居民医保参保率由不低于70%提高到不低于85%。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("85"));
  }

  @Test
  void read_boundWordSeparatedByTheSubject_boundsTheFigure() {
    List<Target> targets = TargetFixture.targets("工业用地占比不低于新增用地的30%。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("30"));
    assertThat(targets.get(0).text()).isEqualTo("不低于新增用地的30%");
  }

  @Test
  void read_thresholdThatDefinesAScope_isNoTarget() {
    assertThat(TargetFixture.targets("支持床位100张以上的机构开展医养结合。")).isEmpty();
    assertThat(TargetFixture.targets("推动10人以上的村建立互助组织。")).isEmpty();
  }

  @Test
  void read_scopeThresholdBesideACommitment_keepsTheCommitment() {
    List<Target> targets = TargetFixture.targets("改造床位100张以上的机构5家。");

    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("5家");
  }

  @Test
  void read_batchesClassifier_isACount() {
    List<Target> targets = TargetFixture.targets("完成食品抽检1500批次。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).value().unit().symbol()).isEqualTo("批次");
    assertThat(targets.get(0).normalized().toString()).isEqualTo("1500批次");
  }

  @Test
  void read_yearsAndMonthsWithABoundWord_areCalendarDurationsInMonths() {
    List<Target> limit = TargetFixture.targets("企业劳动合同期限不超过3年。");
    List<Target> insured = TargetFixture.targets("连续参保1年以上。");

    assertThat(limit).hasSize(1);
    assertThat(limit.get(0).comparator()).isEqualTo(Bound.AT_MOST);
    assertThat(limit.get(0).normalized().toString()).isEqualTo("36月");
    assertThat(insured).hasSize(1);
    assertThat(insured.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(insured.get(0).normalized().toString()).isEqualTo("12月");
  }

  @Test
  void read_yearsAndMonthsOfDates_areNoTargets() {
    assertThat(TargetFixture.targets("2023年全面完成改造。")).isEmpty();
    assertThat(TargetFixture.targets("2023-2025年持续推进。")).isEmpty();
    assertThat(TargetFixture.targets("6月底前新建城市书房3个。"))
        .extracting(t -> t.value().toString()).containsExactly("3个");
  }

  @Test
  void read_ageReached_isATargetInYearsOfAge_andAnAgeScopeIsNone() {
    List<Target> targets = TargetFixture.targets("人均预期寿命达到80岁。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).normalized().toString()).isEqualTo("80岁");
    assertThat(TargetFixture.targets("为60岁以上老年人提供服务。")).isEmpty();
  }

  @Test
  void read_workingDays_stayTheirOwnClassifier() {
    List<Target> targets = TargetFixture.targets("办结时限压缩至5个工作日。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).normalized().toString()).isEqualTo("5个工作日");
  }
}
