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
}
