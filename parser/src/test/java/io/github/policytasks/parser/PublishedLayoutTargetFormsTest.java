package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target forms of the published layouts studied for issue 10 (trade and opening-up action plans,
 * training plans, county livelihood plans), each a rule of the genre (annotation guide §3, §6;
 * parser/DECISIONS.md) with its own small case.
 */
class PublishedLayoutTargetFormsTest {

  @Test
  void read_durationInDaysOrLessWithinWhichAnActIsDone_isATimeLimit_andYearsStayATimeFrame() {
    List<Target> targets = TargetFixture.targets(
        "易腐货物力争6小时内放行，各单位于培训结束后10个工作日内报送总结，在印发之日起30日内制定办法。");

    assertThat(targets).extracting(Target::text).containsExactly("6小时内", "10个工作日内", "30日内");
    assertThat(targets).extracting(Target::comparator).containsOnly(Bound.AT_MOST);
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("0.25天", "10个工作日", "30天");
    assertThat(TargetFixture.targets("5年内重点引进100名人才，3个月内的订单不计入。"))
        .extracting(Target::text).containsExactly("100名");
    // a limit that picks out the items it names (a negation then 的) commits to nothing
    assertThat(TargetFixture.targets("对48小时内未办结的事项予以督办，7日内不回复的投诉纳入通报。"))
        .isEmpty();
  }

  @Test
  void read_multipleOfAnotherLevelAfterItsDe_isAShareOfUnitBei_keptWithADiagnostic() {
    TargetFixture.Result read = TargetFixture.read(
        "全省对RCEP成员国进出口额达到2022年的1.2倍，跨境电商进出口额达到上年的两倍以上。");

    assertThat(read.targets()).extracting(Target::text).containsExactly("1.2倍", "两倍以上");
    assertThat(read.targets()).extracting(Target::comparator).containsExactly(Bound.EXACTLY, Bound.AT_LEAST);
    assertThat(read.targets()).extracting(Target::kind).containsOnly(TargetKind.SHARE);
    assertThat(read.targets()).extracting(Target::normalized).containsOnlyNulls();
    assertThat(read.diagnostics()).extracting(d -> d.code()).containsOnly(DiagnosticCode.TARGET_UNIT_UNKNOWN);
    assertThat(TargetFixture.targets("推动企业实现倍增发展，扩大的2倍产能。")).isEmpty();
  }

  @Test
  void read_doubling_keepsItsVerbInTheText_andIsGrowth() {
    List<Target> targets = TargetFixture.targets("RCEP原产地证书签证金额翻一番，外贸企业数量翻两番。");

    assertThat(targets).extracting(Target::text).containsExactly("翻一番", "翻两番");
    assertThat(targets).extracting(Target::kind).containsOnly(TargetKind.GROWTH);
    assertThat(targets).extracting(Target::direction).containsOnly(Direction.INCREASE);
    assertThat(targets).extracting(Target::subject).containsExactly("RCEP原产地证书签证金额", "外贸企业数量");
  }

  @Test
  void read_degreesAfterAWordOfTemperature_areCelsius_andElsewhereStayEnergy() {
    List<Target> targets = TargetFixture.targets("供暖期内居民室温不低于18度，年节约用电1000万度。");

    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("18度", "1000万度");
    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("18℃", "10000000千瓦时");
  }

  @Test
  void read_portAndTradeCounts_standardBoxesAndTickets_normaliseInTheirClassifiers() {
    List<Target> targets = TargetFixture.targets("全年集装箱吞吐量达到900万标箱，跨境电商包裹量突破300万票。");

    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("9000000标准箱", "3000000票");
    assertThat(TargetFixture.targets("对安全生产实行一票否决。")).isEmpty();
  }

  @Test
  void read_indicatorNameHoldingAVerbOfAdding_isTheWholeSubject() {
    List<Target> targets = TargetFixture.targets(
        "城镇新增就业2200人以上，外贸企业吸纳城镇新增就业3000人，新增劳动力平均受教育年限达到13.5年，新增托位798个。");

    assertThat(targets).extracting(Target::subject)
        .containsExactly("城镇新增就业", "城镇新增就业", "新增劳动力平均受教育年限", "托位");
  }
}
