package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The allocation-free id comparison of {@link PlanIds} agrees with comparing to the written id. */
class PlanIdsTest {
  static Stream<String> ids() {
    return Stream.of("", "t", "t0", "t1", "t9", "t10", "t12", "t012", "t12 ", "T12", "t１２", "t120",
        "t12.g3", "t12.g30", "t12.g03", "t12.g", "t1.g3", "t12g3", "s3", "s3.2", "s3.g2", "s30.g2",
        "s3.12", "s3..2", "x12", "t2147483647", "t-1");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isCounted_isEqualityWithTheWrittenId(String id) {
    for (int count : new int[] {1, 2, 3, 9, 10, 12, 30, 120, 2147483647}) {
      for (String[] form : new String[][] {{"", "t"}, {"", "s"}, {"t12", ".g"}, {"s3", ".g"}, {"s3", "."}}) {
        assertThat(PlanIds.isCounted(id, form[0], form[1], count))
            .as("%s against %s%s%d", id, form[0], form[1], count)
            .isEqualTo(id.equals(form[0] + form[1] + count));
      }
    }
  }

  @Property
  void isCounted_acceptsExactlyTheWrittenCount(@ForAll @IntRange(min = 1) int count,
      @ForAll @IntRange(min = 1) int other) {
    assertThat(PlanIds.isCounted("t12.g" + count, "t12", ".g", count)).isTrue();
    assertThat(PlanIds.isCounted("t12.g" + other, "t12", ".g", count)).isEqualTo(other == count);
    assertThat(PlanIds.isCounted("t" + count, "", "t", count)).isTrue();
    assertThat(PlanIds.isCounted("s" + other, "", "t", count)).isFalse();
  }

  private static Target target(String id) {
    return Target.builder().id(id).text("4家").span(SourceSpan.of(0, 2)).comparator(Bound.AT_LEAST)
        .kind(TargetKind.AMOUNT).value(Quantity.of("4", "家")).build();
  }

  private static Task task(String id, int start, String... targets) {
    Task.Builder task = Task.builder().id(id).number(1).text("4家").span(SourceSpan.of(start, start + 2));
    for (String target : targets) {
      task.addTargets(target(target));
    }
    return task.build();
  }

  @Test
  void countedId_isTheIdsCount_onlyWhenTheTargetsCountUnderIt() {
    assertThat(task("t12", 0).countedId()).isEqualTo(12);
    assertThat(task("t12", 0, "t12.g1", "t12.g2").countedId()).isEqualTo(12);
    assertThat(task("t12", 0, "t12.g1", "t12.g3").countedId()).isZero();
    assertThat(task("t12", 0, "t12.g2").countedId()).isZero();
    assertThat(task("t12", 0, "t12.g1", "t12.g1").countedId()).isZero();
    assertThat(task("t2147483647", 0).countedId()).isEqualTo(Integer.MAX_VALUE);
    assertThat(task("t2147483648", 0).countedId()).isZero();
    assertThat(task("t99999999999", 0).countedId()).isZero();
    assertThat(task("t12", 0).withId("t3").countedId()).isEqualTo(3);
  }

  @Test
  void aTaskCountedUnderItsOwnId_isStillRefusedOutOfDocumentOrder() {
    Section twice = Section.builder().id("s1").number(1)
        .addTasks(task("t1", 0, "t1.g1"), task("t1", 2, "t1.g1")).build();
    assertThatThrownBy(() -> Plan.builder().addSections(twice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sections[0].tasks[1].id is \"t1\" but must be \"t2\"");
    Section skipped = Section.builder().id("s1").number(1)
        .addTasks(task("t1", 0), task("t3", 2, "t3.g1")).build();
    assertThatThrownBy(() -> Plan.builder().addSections(skipped).build())
        .hasMessageContaining("$.sections[0].tasks[1].id is \"t3\" but must be \"t2\"");
  }

  @Test
  void targetsOutOfOrder_areRefusedWithTheirPath() {
    Section duplicate = Section.builder().id("s1").number(1)
        .addTasks(task("t1", 0, "t1.g1", "t1.g1")).build();
    assertThatThrownBy(() -> Plan.builder().addSections(duplicate).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sections[0].tasks[0].targets[1].id is \"t1.g1\" but must be \"t1.g2\"");
    Section gap = Section.builder().id("s1").number(1)
        .addTasks(task("t1", 0, "t1.g1"), task("t2", 2, "t2.g2")).build();
    assertThatThrownBy(() -> Plan.builder().addSections(gap).build())
        .hasMessageContaining("$.sections[0].tasks[1].targets[0].id is \"t2.g2\" but must be \"t2.g1\"");
  }

  @Test
  void countedPlans_areAccepted() {
    Section first = Section.builder().id("s1").number(1)
        .addTasks(task("t1", 0, "t1.g1", "t1.g2"), task("t2", 2)).build();
    Section second = Section.builder().id("s2").number(2).addTasks(task("t3", 4, "t3.g1")).build();
    assertThat(Plan.builder().addSections(first, second).build().allTargets()).hasSize(3);
  }
}
