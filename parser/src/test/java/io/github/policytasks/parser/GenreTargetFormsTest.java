package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target forms and not-target forms of published plans beyond the seed's kind (foreign-trade and
 * investment action plans, sports and digital-government plans), read by the rules of annotation
 * guide §3 and §6, one rule a test.
 */
class GenreTargetFormsTest {

  @Test
  void read_foreignCurrencies_normaliseWithinTheirOwnCurrency() {
    List<Target> targets = TargetFixture.targets(
        "实际使用外资5亿港元，日元贷款30亿日元，对外承包工程新签合同额2000万英镑以上。");

    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("500000000港元", "3000000000日元", "20000000英镑");
    assertThat(targets.get(2).comparator()).isEqualTo(Bound.AT_LEAST);
  }

  @Test
  void read_wordThatHoldsALevel_isNeverPartOfTheSubject() {
    List<Target> targets = TargetFixture.targets(
        "粮食生产用地稳定在7500万亩，森林覆盖率保持在42%以上，耕地保有量维持在3.2万亩。");

    assertThat(targets).extracting(Target::subject)
        .containsExactly("粮食生产用地", "森林覆盖率", "耕地保有量");
    assertThat(targets).extracting(Target::text)
        .containsExactly("7500万亩", "保持在42%以上", "3.2万亩");
  }

  @Test
  void read_doublingVerb_isLeftOutOfTheSubject_theBaseYearStays() {
    List<Target> targets = TargetFixture.targets("地区生产总值比2020年翻一番。");

    assertThat(targets).extracting(Target::subject).containsExactly("地区生产总值比2020年");
  }

  @Test
  void read_numeralInsideTheNameOfASport_isNoTarget() {
    assertThat(TargetFixture.targets(
        "大力发展高山滑雪、冬季两项、速度滑冰等冰雪项目，推广铁人三项和十项全能赛事。")).isEmpty();
  }

  @Test
  void read_countOfKindsAfterEtcOrInAFramedClause_isNoTarget_andACommittedOneStays() {
    assertThat(TargetFixture.targets("加快升级热线平台，涵盖话务、业务和可视化3大平台、19类功能模块。")).isEmpty();
    assertThat(TargetFixture.targets("按照直接取消审批、实行告知承诺制等4种方式推开改革。")).isEmpty();
    assertThat(TargetFixture.targets("管理的产品进一步压减至15类左右，新增3类产品。"))
        .extracting(Target::text).containsExactly("15类左右", "3类");
  }

  @Test
  void read_oldLevelDatedByAYear_isNoTarget() {
    assertThat(TargetFixture.targets("单位面积森林蓄积量由2021年的135立方米/公顷增加到142立方米/公顷。"))
        .extracting(Target::text).containsExactly("142立方米/公顷");
    assertThat(TargetFixture.targets("进出口额由2020年底的80亿美元提高到120亿美元。"))
        .extracting(Target::text).containsExactly("120亿美元");
  }

  @Test
  void read_countPerPeriod_isAScopedTarget_withOrWithoutAVerbBetween() {
    List<Target> targets = TargetFixture.targets("坚持每周1次调度，每年开展2次专项检查，每年培训5000人次。");

    assertThat(targets).extracting(Target::text).containsExactly("1次", "2次", "5000人次");
    assertThat(targets.get(1).subject()).isEqualTo("每年开展");
  }

  @Test
  void read_multipleAfterAWordOfRise_isGrowthOfUnknownUnit_keptWithADiagnostic() {
    TargetFixture.Result read = TargetFixture.read("跨境电商进出口额增长1倍，外贸企业数量翻一番。");

    assertThat(read.targets()).extracting(Target::text).containsExactly("1倍", "翻一番");
    assertThat(read.targets()).allSatisfy(t -> {
      assertThat(t.kind()).isEqualTo(TargetKind.GROWTH);
      assertThat(t.direction()).isEqualTo(Direction.INCREASE);
      assertThat(t.normalized()).isNull();
    });
    assertThat(read.diagnostics()).hasSize(2);
    assertThat(TargetFixture.targets("推动一批企业实现倍增发展，培育一流企业。")).isEmpty();
  }

  @Test
  void read_multipleInChineseNumeralsAfterAWordOfRise_withABoundWordAfter_isGrowth() {
    List<Target> targets = TargetFixture.targets("农民人均可支配收入增长两倍以上，研发投入提高一倍。");

    assertThat(targets).extracting(Target::text).containsExactly("两倍以上", "一倍");
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).kind()).isEqualTo(TargetKind.GROWTH);
    assertThat(targets.get(0).value().amount().toBigDecimal().intValueExact()).isEqualTo(2);
  }

  @Test
  void read_subjectAfterTheFigure_readsAQuotedNameWhole() {
    List<Target> targets = TargetFixture.targets("建成10个以上“5G+工业互联网”示范项目。");

    assertThat(targets).extracting(Target::subject).containsExactly("“5G+工业互联网”示范项目");
  }

  @Test
  void read_countOfEventsAfterAWordOfFrequency_isHowOftenThePlanActs() {
    List<Target> targets = TargetFixture.targets("建立重点工作台账，每月调度一次进展，每半年向省厅报送一次工作进展。");

    assertThat(targets).extracting(Target::text).containsExactly("一次", "一次");
    assertThat(targets.get(0).value().amount().toBigDecimal().intValueExact()).isEqualTo(1);
    assertThat(targets.get(0).value().unit().symbol()).isEqualTo("次");
    assertThat(TargetFixture.targets("落实三项基本医疗保险，对新建海外仓给予一次性补助。")).isEmpty();
    assertThat(TargetFixture.targets("调度一次进展。")).isEmpty();
  }

  @Test
  void read_effortWordBeforeTheFigure_isLeftOutOfTheSubject() {
    List<Target> targets = TargetFixture.targets("全市规上工业增加值增速力争8%以上。");

    assertThat(targets).extracting(Target::subject).containsExactly("全市规上工业增加值增速");
  }

  @Test
  void read_percentListedAfterAConjunction_sharesTheKindOfTheList() {
    List<Target> targets = TargetFixture.targets("出口、进口和服务贸易额分别增长8%、10%和12%。");

    assertThat(targets).extracting(Target::kind)
        .containsExactly(TargetKind.GROWTH, TargetKind.GROWTH, TargetKind.GROWTH);
    assertThat(targets.get(1).subject()).isNotEqualTo("和");
  }
}
