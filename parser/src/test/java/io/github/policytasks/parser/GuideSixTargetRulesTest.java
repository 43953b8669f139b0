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
    assertThat(TargetFixture.targets("申请材料齐全的5个工作日办结。"))
        .extracting(Target::text).containsExactly("5个工作日");
  }

  @Test
  void read_countOfKindsBeforeItsNoun_isNoTarget() {
    assertThat(TargetFixture.targets("全面落实三项基本医疗保险待遇。")).isEmpty();
    assertThat(TargetFixture.targets("建设两个新城区和三个副中心。")).isEmpty();
    assertThat(TargetFixture.targets("统筹两个市场、两种资源。")).isEmpty();
    assertThat(TargetFixture.targets("形成一套较为成熟的应用推广模式。")).isEmpty();
    assertThat(TargetFixture.targets("做到机构、编制、人员、经费四个到位。")).isEmpty();
  }

  @Test
  void read_countInChineseAfterItsNounOrBounded_staysATarget() {
    assertThat(TargetFixture.targets("新培育市级以上农业产业化龙头企业三家。"))
        .extracting(Target::text).containsExactly("三家");
    assertThat(TargetFixture.targets("每个镇街至少建设两个示范点。"))
        .extracting(Target::text).containsExactly("至少建设两个");
    assertThat(TargetFixture.targets("完成重点用能单位节能改造项目二十五个。"))
        .extracting(Target::text).containsExactly("二十五个");
    assertThat(TargetFixture.targets("新建两个社区食堂。"))
        .extracting(Target::text).containsExactly("两个");
  }

  @Test
  void read_contentsOfANamedProgramme_areNoTargets() {
    assertThat(TargetFixture.targets("实施“三个一”工程（一个中心、一个站点、一个平台）。")).isEmpty();
    assertThat(TargetFixture.targets("推进“1+3”体系（1个平台、3个中心）建设，新建驿站20个。"))
        .extracting(Target::text).containsExactly("20个");
  }

  @Test
  void read_numberInsideTheNameOfANumberedInstitute_isNoTarget() {
    assertThat(TargetFixture.targets("支持第五研究所、电科38所建设联合实验室。")).isEmpty();
    assertThat(TargetFixture.targets("新建幼儿园38所。"))
        .extracting(Target::text).containsExactly("38所");
  }

  @Test
  void read_magnitudeWithoutClassifier_isABareCount() {
    List<Target> jobs = TargetFixture.targets("城镇新增就业3万以上。");
    List<Target> total = TargetFixture.targets("实现标识注册总量突破5亿。");

    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(jobs.get(0).text()).isEqualTo("3万以上");
    assertThat(jobs.get(0).value().unit().symbol()).isEqualTo("万");
    assertThat(jobs.get(0).normalized().amount()).isEqualTo(Amount.parse("30000"));
    assertThat(total).hasSize(1);
    assertThat(total.get(0).comparator()).isEqualTo(Bound.MORE_THAN);
    assertThat(total.get(0).normalized().amount()).isEqualTo(Amount.parse("500000000"));
  }

  @Test
  void read_magnitudeInsideAFigure_isNoBareCount() {
    assertThat(TargetFixture.targets("新增就业3万4000人。"))
        .extracting(Target::text).containsExactly("3万4000人");
    assertThat(TargetFixture.targets("投资1.5万平方米的厂房，万人高价值发明专利拥有量。"))
        .extracting(Target::text).containsExactly("1.5万平方米");
    assertThat(TargetFixture.targets("新增超50亿、超100亿的特色产业集群30个。"))
        .extracting(Target::text).containsExactly("30个");
  }

  @Test
  void read_moreClassifiersAndPowerInYiKilowatts_areKnownUnits() {
    List<Target> targets = TargetFixture.targets(
        "完成飞行500架次，服务10万户次，新建渔船20艘，铺设管道300根，新增装机容量1.2亿千瓦。");

    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("500架次", "100000户次", "20艘", "300根", "120000000000瓦");
  }

  @Test
  void read_figureOfAnUnknownUnit_isKeptWithADiagnostic() {
    TargetFixture.Result read = TargetFixture.read("日供气能力达到1.4亿方/日。");

    assertThat(read.targets()).hasSize(1);
    assertThat(read.targets().get(0).value().toString()).isEqualTo("1.4亿方/日");
    assertThat(read.targets().get(0).normalized()).isNull();
    assertThat(read.diagnostics()).extracting(d -> d.code().name())
        .containsExactly("TARGET_UNIT_UNKNOWN");
  }

  @Test
  void read_shortenedUnitWithoutBoundWord_isKeptWithADiagnostic_andMagnitudeWordsAreNot() {
    TargetFixture.Result read = TargetFixture.read("达到千兆到乡镇、百兆到村、20兆进户的带宽要求，力争实现50兆进户。");

    assertThat(read.targets()).extracting(Target::text).containsExactly("20兆", "50兆");
    assertThat(read.targets()).extracting(t -> t.value().toString()).containsExactly("20兆", "50兆");
    assertThat(read.targets()).extracting(Target::comparator).containsExactly(Bound.EXACTLY, Bound.EXACTLY);
    assertThat(read.targets()).allSatisfy(t -> assertThat(t.normalized()).isNull());
    assertThat(read.diagnostics()).extracting(d -> d.code().name())
        .containsExactly("TARGET_UNIT_UNKNOWN", "TARGET_UNIT_UNKNOWN");
    assertThat(TargetFixture.targets("新增光伏装机20兆瓦。")).extracting(t -> t.normalized().toString())
        .containsExactly("20000000瓦");
  }

  @Test
  void read_inclusiveNoteAfterABound_restatesIt() {
    assertThat(TargetFixture.targets("新增示范企业5个以上（含5个）。"))
        .extracting(Target::text).containsExactly("5个以上");
  }

  @Test
  void read_durationThatMeasuresANounWithDe_isATarget() {
    assertThat(TargetFixture.targets("返还标准按6个月的失业保险金确定。"))
        .extracting(Target::text).containsExactly("6个月");
    assertThat(TargetFixture.targets("建设15分钟生活圈。")).isEmpty();
  }

  @Test
  void read_quotationClosedByAnAsciiMark_isStillAQuotation() {
    assertThat(TargetFixture.targets("保障“7×24小时\"全天候服务，新建驿站20个。"))
        .extracting(Target::text).containsExactly("20个");
  }

  @Test
  void read_qianAfterAnEvent_isBeforeNotARank() {
    assertThat(TargetFixture.targets("完成信息平台上线前15项业务编码贯标。"))
        .extracting(Target::text).containsExactly("15项");
    assertThat(TargetFixture.targets("力争进入全国前50强。")).isEmpty();
    assertThat(TargetFixture.targets("保持全省前10位。")).isEmpty();
  }

  @Test
  void read_changeWordsOfPrices_makeAPercentAFall() {
    List<Target> targets = TargetFixture.targets("推动家庭宽带降价30%、中小企业专线降价10%—15%。");

    assertThat(targets).extracting(t -> t.kind() + " " + t.direction())
        .containsExactly("GROWTH DECREASE", "GROWTH DECREASE");
  }

  @Test
  void read_classHours_areTheirOwnDuration() {
    List<Target> targets = TargetFixture.targets("教师全员培训不少于360学时。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).normalized().toString()).isEqualTo("360学时");
  }

  @Test
  void read_weightsOfAScoringFormula_areNoTargets() {
    assertThat(TargetFixture.targets("考评分值=日常监测（60%）+实地调研（40%）。")).isEmpty();
    assertThat(TargetFixture.targets("森林覆盖率达到（60%）。"))
        .extracting(t -> t.value().amount().toString()).containsExactly("60");
  }

  @Test
  void read_boundWordBeforeTheBaseOfAPercentWithoutDe_boundsIt() {
    List<Target> targets = TargetFixture.targets("按照不超过项目投资额30%的比例给予补助。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_MOST);
    assertThat(targets.get(0).text()).isEqualTo("不超过项目投资额30%");
  }

  @Test
  void read_listItemsSharingTheLastUnitAndBound_takeBoth() {
    List<Target> targets = TargetFixture.targets("一般登记、抵押登记业务办理时间分别压缩至15个、7个工作日以内。");
    List<Target> bare = TargetFixture.targets("两类园区分别新增3、5个。");

    assertThat(targets).extracting(t -> t.text() + " " + t.comparator() + " " + t.value())
        .containsExactly("15个 AT_MOST 15个工作日", "7个工作日以内 AT_MOST 7个工作日");
    assertThat(bare).extracting(t -> t.text() + " " + t.value())
        .containsExactly("3 3个", "5个 5个");
    assertThat(TargetFixture.targets("新建公园3个、绿道5公里。"))
        .extracting(t -> t.value().toString()).containsExactly("3个", "5公里");
  }
}
