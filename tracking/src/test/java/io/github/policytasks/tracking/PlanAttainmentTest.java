package io.github.policytasks.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.seeds.Seeds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAttainmentTest {
  private final Plan seed = Seeds.jiaxiang2023();

  private static Actual actual(String id, String amount, String unit) {
    return Actual.of(id, Quantity.of(amount, unit));
  }

  @Test
  void check_givesOneResultPerTargetInDocumentOrder_andCountsPerStatus() {
    Actuals actuals = Actuals.of(List.of(
        actual("t3.g1", "86", "家"),
        actual("t6.g2", "148.6", "亿元"),
        actual("t47.g1", "1540000", "亩"),
        actual("t19.g1", "30", "万千瓦"),
        actual("t73.g4", "65", "%")));

    PlanAttainment result = AttainmentChecker.standard().check(seed, actuals);

    assertThat(result.targets()).hasSize(144);
    assertThat(result.targets()).extracting(t -> t.target().id())
        .containsExactlyElementsOf(seed.allTargets().stream().map(t -> t.id()).toList());
    assertThat(result.counts()).containsExactly(
        java.util.Map.entry(AttainmentStatus.MET, 1),
        java.util.Map.entry(AttainmentStatus.EXCEEDED, 2),
        java.util.Map.entry(AttainmentStatus.SHORT, 1),
        java.util.Map.entry(AttainmentStatus.NOT_REPORTED, 139),
        java.util.Map.entry(AttainmentStatus.NOT_COMPARABLE, 1));
    assertThat(result.allReportedAttained()).isFalse();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void summaries_perSectionLeadUnitAndDimension_countEveryTarget() {
    PlanAttainment result = AttainmentChecker.standard().check(seed, Actuals.of(List.of(
        actual("t3.g1", "86", "家"), actual("t6.g2", "148.6", "亿元"))));

    assertThat(result.bySection()).hasSize(10);
    assertThat(result.bySection().get(9).targets()).isZero();
    assertThat(result.bySection().stream().mapToInt(AttainmentSummary::targets).sum())
        .isEqualTo(144);
    assertThat(result.byDimension().stream().mapToInt(AttainmentSummary::targets).sum())
        .isEqualTo(144);
    AttainmentSummary first = result.bySection().get(0);
    assertThat(first.name()).startsWith("1 ");
    assertThat(first.count(AttainmentStatus.EXCEEDED)).isEqualTo(1);
    assertThat(first.count(AttainmentStatus.SHORT)).isZero();
    assertThat(result.bySection().get(1).count(AttainmentStatus.SHORT)).isEqualTo(1);
    AttainmentSummary science = result.byLeadUnit().stream()
        .filter(s -> s.name().equals("县科技局")).findFirst().orElseThrow();
    assertThat(science.targets()).isEqualTo(seed.targetsLedBy("县科技局").size());
    assertThat(science.attained()).isEqualTo(1);
    assertThat(science.attainedShare()).contains(io.github.policytasks.core.Amount.parse("0.5"));
    assertThat(result.byDimension()).extracting(AttainmentSummary::name).contains("COUNT",
        "CURRENCY", "PERCENT");
  }

  @Test
  void asOf_takesTheLatestActualOnOrBeforeTheDate() {
    Actuals actuals = Actuals.of(List.of(
        actual("t3.g1", "40", "家").withDate(LocalDate.of(2023, 6, 30)),
        actual("t3.g1", "86", "家").withDate(LocalDate.of(2023, 12, 31)),
        actual("t3.g1", "70", "家").withDate(LocalDate.of(2023, 9, 30))));
    AttainmentChecker checker = AttainmentChecker.standard();

    assertThat(checker.check(seed, actuals, LocalDate.of(2023, 10, 1)).targets().get(3)
        .actual().figure()).isEqualTo("70家");
    assertThat(checker.check(seed, actuals, LocalDate.of(2023, 7, 1)).targets().get(3)
        .status()).isEqualTo(AttainmentStatus.SHORT);
    assertThat(checker.check(seed, actuals).targets().get(3).status())
        .isEqualTo(AttainmentStatus.EXCEEDED);
    assertThat(checker.check(seed, actuals, LocalDate.of(2023, 1, 1)).targets().get(3).status())
        .isEqualTo(AttainmentStatus.NOT_REPORTED);
    assertThat(checker.check(seed, actuals, LocalDate.of(2023, 1, 1)).asOf())
        .contains(LocalDate.of(2023, 1, 1));
  }

  @Test
  void actualForATargetThePlanLacks_isAProblem_notDropped() {
    PlanAttainment result = AttainmentChecker.standard().check(seed, Actuals.of(List.of(
        actual("t99.g1", "3", "家"))));

    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).message()).contains("no target t99.g1");
    assertThat(result.allReportedAttained()).isFalse();
  }
}
