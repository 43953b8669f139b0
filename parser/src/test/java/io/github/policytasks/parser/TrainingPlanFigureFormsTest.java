package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures as training, staffing and assessment plans write them (annotation guide §3, §4, §6): a
 * remark of what a figure counts in before its bound word, a figure restated in brackets, the
 * person-time written with a dot or a slash, class hours after the classifier 个, sessions and
 * rounds counted with 次, and the whole written as a percent in words. One rule a test.
 */
class TrainingPlanFigureFormsTest {

  /**
   * A month or a year, a target only with a bound word, keeps it past the remark too (found by
   * {@code BoundGrammarAgreementProperties}: {@code 1月（包含兼职人员）以上} read no target).
   */
  @Test
  void read_remarkBetweenMonthsAndBoundWord_keepsTheTarget() {
    assertThat(TargetFixture.targets("新入职人员跟岗实习3月（包含兼职人员）以上，任职满1年（含）以上。"))
        .extracting(Target::text, Target::comparator)
        .containsExactly(
            tuple("3月（包含兼职人员）以上", Bound.AT_LEAST),
            tuple("1年（含）以上", Bound.AT_LEAST));
  }

  @Test
  void read_remarkOfWordsBetweenFigureAndBoundWord_keepsTheBound() {
    List<Target> targets = TargetFixture.targets(
        "每名干部每年参加培训50学时（含线上学时）以上，新增内训师30名（包含兼职内训师）以上。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("50学时（含线上学时）以上", "30名（包含兼职内训师）以上");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
    assertThat(TargetFixture.targets("培训学员40名（含旁听学员），结业率达到90%（含补考，2次）以上。"))
        .extracting(Target::text, Target::comparator)
        .containsExactly(
            tuple("40名", Bound.EXACTLY),
            tuple("90%", Bound.EXACTLY),
            tuple("2次", Bound.EXACTLY));
  }

  @Test
  void read_figureAloneInBracketsAfterAFigure_restatesIt_andIsNoSecondTarget() {
    assertThat(TargetFixture.targets("集中培训72学时（9天），每期不少于3天（ 24学时 ）。"))
        .extracting(Target::text).containsExactly("72学时", "不少于3天");
    assertThat(TargetFixture.targets("培训72学时（其中线上9天），新增基地2个（3个县区）。"))
        .extracting(Target::text).containsExactly("72学时", "9天", "2个", "3个");
  }

  @Test
  void read_personTimeWithDotOrSlash_isOneCounter() {
    List<Target> targets = TargetFixture.targets(
        "全年培训干部2000人·次，轮训基层人员3000人/次，完成2.3万人・次培训。");

    assertThat(targets).extracting(Target::text).containsExactly("2000人·次", "3000人/次", "2.3万人・次");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("2000人次", "3000人次", "23000人次");
  }

  @Test
  void read_classHoursAfterTheClassifierGe_areClassHours() {
    List<Target> targets = TargetFixture.targets("每名干部每年参加培训不少于50个学时，集中授课30个课时以上。");

    assertThat(targets).extracting(Target::text).containsExactly("不少于50个学时", "30个课时以上");
    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("50学时", "30学时");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
  }

  @Test
  void read_sessionsRoundsAndPersonDays_areTheirOwnCounters() {
    List<Target> targets = TargetFixture.targets(
        "开展培训20期次以上，全年开展集中轮训10期（次）以上，完成考核评估3轮次，年培训量达到5万人天。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("20期次以上", "10期（次）以上", "3轮次", "5万人天");
    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("20期次", "10期次", "3轮次", "50000人日");
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST, Bound.EXACTLY, Bound.EXACTLY);
  }

  @Test
  void read_boundWordBeforeAChineseCountInANonCountClassifier_makesItACount() {
    List<Target> targets = TargetFixture.targets("组织开展专题培训不少于两期，开展督查至少三轮。");

    assertThat(targets).extracting(Target::text).containsExactly("不少于两期", "至少三轮");
    assertThat(targets).extracting(Target::comparator).containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
    assertThat(TargetFixture.targets("实施二期工程，开展新一轮培训，力争一期投产。")).isEmpty();
  }

  @Test
  void read_fractionInWords_isAPercent_exactly() {
    List<Target> targets = TargetFixture.targets("女性干部比例不低于三分之一，基层一线人员占比达到三分之二以上，通关时间压缩五分之一。");

    assertThat(targets).extracting(Target::text).containsExactly("不低于三分之一", "三分之二以上", "五分之一");
    assertThat(targets).extracting(t -> t.value().toString()).containsExactly("100/3%", "200/3%", "20%");
    assertThat(targets).extracting(Target::kind)
        .containsExactly(TargetKind.SHARE, TargetKind.SHARE, TargetKind.GROWTH);
    assertThat(targets).extracting(Target::comparator)
        .containsExactly(Bound.AT_LEAST, Bound.AT_LEAST, Bound.EXACTLY);
  }

  @Test
  void read_theWholeWrittenAsAPercentInWords_isAHundredPercent() {
    List<Target> targets = TargetFixture.targets("参训率达到百分之百，持证上岗率百分之百以上，合格率达到百分之九十五以上。");

    assertThat(targets).extracting(Target::text).containsExactly("百分之百", "百分之百以上", "百分之九十五以上");
    assertThat(targets).extracting(t -> t.normalized().toString()).containsExactly("100%", "100%", "95%");
    assertThat(targets).extracting(Target::kind)
        .containsExactly(TargetKind.SHARE, TargetKind.SHARE, TargetKind.SHARE);
    assertThat(TargetFixture.targets("参训率达到百分之一百二十。")).extracting(t -> t.normalized().toString())
        .containsExactly("120%");
  }
}
