package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target forms of training plans and opening-up plans as published (annotation guide §3, §6): a
 * copy taken from a PDF attachment with a space between a figure and its unit, counts of training
 * sessions in Chinese numerals, shares of a scope a plan commits to cover, and magnitude words that
 * stand for their figure. One rule a test.
 */
class TrainingAndTradeTargetFormsTest {

  @Test
  void read_spaceBetweenFigureAndUnit_readsAsNoSpace() {
    List<Target> targets = TargetFixture.targets(
        "培训 4.5 万人次以上，合格率不低于 90 %，参训率提高 3 个百分点，每期不少于 40 学时，培训时间 5 至 7 天。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("4.5 万人次以上", "不低于 90 %", "3 个百分点", "不少于 40 学时", "5 至 7 天");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("45000人次", "90%", "3百分点", "40学时", "5天");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST, Bound.EXACTLY, Bound.AT_LEAST, Bound.RANGE);
    assertThat(targets.get(1).kind()).isEqualTo(TargetKind.SHARE);
    assertThat(targets.get(2).kind()).isEqualTo(TargetKind.POINTS);
    assertThat(targets.get(2).direction()).isEqualTo(Direction.INCREASE);
    assertThat(targets.get(4).upper().toString()).isEqualTo("7天");
  }

  @Test
  void read_inclusionRemarkBetweenFigureAndBoundWord_keepsTheBound() {
    List<Target> targets = TargetFixture.targets(
        "岗前考试合格率达到95%（含）以上，培养内训师200名(含本数)以上，每期参训人数50人（含）以下。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("95%（含）以上", "200名(含本数)以上", "50人（含）以下");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST, Bound.AT_MOST);
    assertThat(TargetFixture.targets("培训班学员40名（含旁听）。")).extracting(Target::comparator)
        .containsExactly(Bound.EXACTLY);
  }

  @Test
  void read_figureInsideTheBaseToBuildOn_isNoTarget() {
    assertThat(TargetFixture.targets("在2022年人均线上学习18学时的基础上，人均线上学习时长不应低于20学时。"))
        .extracting(Target::text).containsExactly("不应低于20学时");
    assertThat(TargetFixture.targets("在巩固30家示范网点的基础上，新增示范网点10家。"))
        .extracting(Target::text).containsExactly("10家");
    assertThat(TargetFixture.targets("新增示范网点10家，夯实发展基础。")).extracting(Target::text)
        .containsExactly("10家");
  }

  @Test
  void read_countOfWhatTheRegionHasNow_isNoTarget_andACommitmentBesideItIs() {
    assertThat(TargetFixture.targets("全省拥有银行业金融机构350家，新增培训基地20个。")).extracting(Target::text)
        .containsExactly("20个");
    assertThat(TargetFixture.targets("我省共拥有内训师300名，力争再培养100名。")).extracting(Target::text)
        .containsExactly("100名");
    assertThat(TargetFixture.targets("培育拥有核心技术的企业20家。")).extracting(Target::text)
        .containsExactly("20家");
  }

  @Test
  void read_countTheRegionIsToHave_afterAReachingVerb_isATarget() {
    assertThat(TargetFixture.targets("全省拥有海外仓达到50个，跨境电商进出口额年均增长20%。"))
        .extracting(Target::text).containsExactly("50个", "20%");
    assertThat(TargetFixture.targets("全县拥有养老床位突破1600张。")).extracting(Target::text)
        .containsExactly("突破1600张");
    assertThat(TargetFixture.targets("截至目前全省拥有海外仓达到50个。")).isEmpty();
  }

  @Test
  void read_spacedYearOrDeadline_isNoTarget() {
    assertThat(TargetFixture.targets("现将 2024 年工作要点印发如下，2024 年底前完成登记。")).isEmpty();
  }

  @Test
  void read_chineseCountOfSessionsAfterAClassOrAVerbOfHolding_isATarget_andAPhaseStaysNone() {
    List<Target> targets = TargetFixture.targets("举办市级高级研修班三期，举办两期青年人才培训班。");

    assertThat(targets).extracting(Target::text).containsExactly("三期", "两期");
    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("3期", "2期");
    assertThat(TargetFixture.targets("加快推进园区二期建设，启动一期工程。")).isEmpty();
  }

  @Test
  void read_shareOfAScopeAfterAVerbOfCovering_isAShareTarget_andAThresholdStaysNone() {
    List<Target> targets = TargetFixture.targets("培训对象覆盖全市80%以上的行政村，惠及 60%以上的外贸企业。");

    assertThat(targets).extracting(Target::text).containsExactly("80%以上", "60%以上");
    assertThat(targets).extracting(Target::kind).containsExactly(TargetKind.SHARE, TargetKind.SHARE);
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
    assertThat(TargetFixture.targets("对研发投入占比3%以上的企业给予奖励。")).isEmpty();
  }

  @Test
  void read_magnitudeWordStandingForItsFigureAfterABoundWord_isOneOfItsUnit() {
    List<Target> targets = TargetFixture.targets("外贸进出口总额突破千亿元，实际使用外资超百亿元。");

    assertThat(targets).extracting(Target::text).containsExactly("突破千亿元", "超百亿元");
    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("1千亿元", "1百亿元");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("100000000000元", "10000000000元");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.MORE_THAN, Bound.MORE_THAN);
    assertThat(TargetFixture.targets("培育超亿元企业，打造千亿级产业集群，建设万亩示范片。")).isEmpty();
  }

  @Test
  void read_boundWordAfterAListOfFiguresEachMeant_boundsEveryFigureOfTheList() {
    List<Target> targets = TargetFixture.targets(
        "进出口整体通关时间分别压缩至 35 小时、1.2 小时以内，三项费用分别控制在5%、3%、2%以内，新建学校3所、幼儿园5所以上。");

    assertThat(targets).extracting(Target::comparator).containsExactly(
        Bound.AT_MOST, Bound.AT_MOST, Bound.AT_MOST, Bound.AT_MOST, Bound.AT_MOST,
        Bound.EXACTLY, Bound.AT_LEAST);
  }

  @Test
  void read_percentSavedOrCut_isAFall_andTheYueOfJieyueIsNoBound() {
    List<Target> targets = TargetFixture.targets("培训成本节约10%，办公经费节省5%，申报材料精简30%。");

    assertThat(targets).extracting(Target::text).containsExactly("10%", "5%", "30%");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.EXACTLY, Bound.EXACTLY, Bound.EXACTLY);
    assertThat(targets).extracting(Target::kind)
        .containsExactly(TargetKind.GROWTH, TargetKind.GROWTH, TargetKind.GROWTH);
    assertThat(targets).extracting(Target::direction)
        .containsExactly(Direction.DECREASE, Direction.DECREASE, Direction.DECREASE);
  }

  @Test
  void read_openMagnitudeWithoutALeadingDigit_isMoreThanItsFloor() {
    List<Target> targets = TargetFixture.targets("培训基层干部千余人次，开展技术培训百余场。");

    assertThat(targets).extracting(Target::text).containsExactly("千余人次", "百余场");
    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("1000人次", "100场");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.MORE_THAN, Bound.MORE_THAN);
    assertThat(TargetFixture.targets("具有百余年历史的老字号。")).isEmpty();
  }

  @Test
  void read_boundWordBeforeAlternativeMeasures_boundsEachOfThem() {
    List<Target> targets = TargetFixture.targets("每年参加集中培训累计不少于12天或者90学时，讲课不少于2次或4学时。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("不少于12天", "90学时", "不少于2次", "4学时");
    assertThat(targets).extracting(Target::comparator)
        .containsOnly(Bound.AT_LEAST);
  }
}
