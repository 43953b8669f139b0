package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.TargetTotal;
import io.github.policytasks.seeds.Seeds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyTargetsPerSectionTest {
  private final Plan seed = Seeds.jiaxiang2023();

  @Test
  void totals_areTheExactSumOfEachSectionsNormalizedMoneyTargets() {
    Map<Integer, TargetTotal> totals = MoneyTargetsPerSection.totals(seed);

    assertThat(totals).isNotEmpty();
    totals.forEach((section, total) -> {
      List<Target> money = seed.targetsInSection(section).stream()
          .filter(t -> t.dimension() == Dimension.CURRENCY).toList();
      Amount sum = money.stream().map(t -> t.normalized().amount())
          .reduce(Amount.ZERO, Amount::plus);
      assertThat(total.total().amount().isEquivalentTo(sum)).as("section " + section).isTrue();
      assertThat(total.total().unit().symbol()).isEqualTo("元");
      assertThat(total.targetIds()).containsExactlyElementsOf(money.stream().map(Target::id)
          .toList());
    });
  }

  @Test
  void totals_firstSectionHoldsTheTwoLoanTargets() {
    TargetTotal first = MoneyTargetsPerSection.totals(seed).get(1);

    assertThat(first.targetIds()).containsExactly("t5.g3", "t5.g4");
    assertThat(first.total().amount().isEquivalentTo(Amount.of(80_000_000))).isTrue();
  }

  @Test
  void print_showsTotalsInYuanAndYi() {
    String printed = Printed.by(out -> MoneyTargetsPerSection.print(seed, out));

    assertThat(printed).startsWith("1 聚力创新驱动战略,建设高水平创新城市: 80000000元 = 0.8亿元  (t5.g3, t5.g4)\n");
    assertThat(printed.lines()).hasSize(MoneyTargetsPerSection.totals(seed).size());
  }
}
