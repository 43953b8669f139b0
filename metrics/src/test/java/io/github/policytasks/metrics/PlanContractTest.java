package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.core.PlanJsonException;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

class PlanContractTest {
  private static final String PATH = "$.sections[0].tasks[0].targets[0]";

  private static Target.Builder target(String amount, String unit) {
    String text = amount + unit + "以上";
    return Target.builder().id("t1.g1").text(text).span(SourceSpan.of(0, text.length()))
        .comparator(Bound.AT_LEAST).kind(TargetKind.AMOUNT).value(Quantity.of(amount, unit));
  }

  private static String json(Target target) {
    Task task = Task.builder().id("t1").number(1).text("x").span(SourceSpan.of(0, 40))
        .addTargets(target).build();
    return PlanJson.write(Plan.builder()
        .addSections(Section.builder().id("s1").number(1).addTasks(task).build()).build());
  }

  @Test
  void read_agreeingTargets_areAccepted() {
    String json = json(target("154", "万亩").normalized(Quantity.of("1540000", "亩"))
        .dimension(Dimension.AREA).build());
    String normalized = Normalizer.standard().normalize(Quantity.of("154", "万亩")).toString();
    Target t = target("154", "万亩").normalized(Normalizer.standard().normalize(Quantity.of("154", "万亩")))
        .dimension(Dimension.AREA).build();
    assertThat(PlanContract.standard().read(json(t)).allTargets()).singleElement()
        .satisfies(read -> assertThat(read.normalized().toString()).isEqualTo(normalized));
    assertThatThrownBy(() -> PlanContract.standard().read(json))
        .isInstanceOf(PlanJsonException.class)
        .hasMessageContaining(PATH + ".normalized: 1540000亩 is not 154万亩 in the canonical unit");
    Target unknown = target("3", "furlong").build();
    assertThat(PlanContract.standard().read(json(unknown)).allTargets()).containsExactly(unknown);
  }

  @Test
  void read_normalizedBesideAnotherValue_isRefusedAtItsPath() {
    String json = json(target("4", "家").normalized(Quantity.of("5", "家")).dimension(Dimension.COUNT).build());
    assertThat(PlanJson.read(json).allTargets()).hasSize(1);
    assertThatThrownBy(() -> PlanContract.standard().read(json))
        .isInstanceOf(PlanJsonException.class)
        .hasMessage("Plan JSON breaks the contract at " + PATH + ".normalized: 5家 is not 4家 in the canonical unit: it is 4家")
        .satisfies(e -> assertThat(((PlanJsonException) e).getPath()).isEqualTo(PATH + ".normalized"));
  }

  @Test
  void read_dimensionOfAnotherUnit_isRefused() {
    String json = json(target("4", "家").normalized(Quantity.of("4", "家")).dimension(Dimension.AREA).build());
    assertThatThrownBy(() -> PlanContract.standard().read(json))
        .hasMessageContaining(PATH + ".dimension: the dimension AREA is not the dimension of 家, which is COUNT");
  }

  @Test
  void read_unknownUnitWithANormalizedValue_isRefused() {
    String json = json(target("3", "furlong").normalized(Quantity.of("3", "furlong")).dimension(Dimension.LENGTH).build());
    assertThatThrownBy(() -> PlanContract.standard().read(json))
        .hasMessageContaining(PATH + ".value.unit: the unit \"furlong\" is not in the unit catalogue");
  }
}
