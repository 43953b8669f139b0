package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target rules seen on real published pages (issue 10, the published-pages corpus), one rule a test. */
class PublishedPageTargetRulesTest {

  @Test
  void read_shareAfterAVerbOfCompleting_isATarget_notAScopeThreshold() {
    List<Target> targets = TargetFixture.targets("到2025年完成75%以上的确权登记。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).kind()).isEqualTo(TargetKind.SHARE);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("75"));
  }

  @Test
  void read_shareThresholdOfAScopeWithoutAVerbOfCompleting_staysNoTarget() {
    assertThat(TargetFixture.targets("支持占比3%以上的企业开展技术改造。")).isEmpty();
  }

  @Test
  void read_countOfThePeopleAPlanServes_isNoTarget_andTheCommitmentAfterItIs() {
    assertThat(TargetFixture.targets("以全市就业年龄段的7600多名持证残疾人为主要对象，健全就业促进机制。")).isEmpty();
    List<Target> targets = TargetFixture.targets("以全县3000多名退役军人为服务对象，开展培训500人次。");

    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("500人次");
  }

  @Test
  void read_countBeforeObjectWordsWithoutTheFrameOpening_staysATarget() {
    List<Target> targets = TargetFixture.targets("新增帮扶对象1200户，确保应扶尽扶。");

    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("1200户");
  }

  @Test
  void read_bareMagnitudeBeforeANounOfScale_isTheLevel() {
    List<Target> targets = TargetFixture.targets("力争实现全市8大重点产业集群总量超过五千亿规模。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.MORE_THAN);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("5000"));
    assertThat(targets.get(0).normalized().amount()).isEqualTo(Amount.parse("500000000000"));
  }

  @Test
  void read_bareMagnitudeBeforeAnyOtherNoun_staysNoTarget() {
    assertThat(TargetFixture.targets("培育营收超过百亿企业。")).isEmpty();
  }

  @Test
  void read_figuresInsideABracketThatDefinesATerm_areNoTargets() {
    List<Target> targets = TargetFixture.targets(
        "对受疫情影响的中小微工业企业（指从业人员≤1000人或营业收入≤4亿元的工业企业）减免违约金，新增纾困资金500万元。");

    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("500万元");
  }
}
