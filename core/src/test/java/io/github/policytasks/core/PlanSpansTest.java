package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PlanSpansTest {
  private static Target target(String id, int start, int end) {
    return Target.builder().id(id).text("4家以上").span(SourceSpan.of(start, end))
        .comparator(Bound.AT_LEAST).kind(TargetKind.AMOUNT).value(Quantity.of("4", "家")).build();
  }

  private static Task task(String id, int number, int start, int end, Target... targets) {
    return Task.builder().id(id).number(number).text("任务").span(SourceSpan.of(start, end))
        .addTargets(targets).build();
  }

  private static Plan plan(Target goal, Task first, Task second, Task inSubsection) {
    return Plan.builder()
        .addSections(Section.builder().id("s1").number(1).addGoals(goal)
            .addTasks(first, second).build())
        .addSections(Section.builder().id("s2").number(2)
            .addSubsections(Subsection.builder().id("s2.1").number(1).addTasks(inSubsection)
                .build())
            .build())
        .build();
  }

  private static final Target GOAL = target("s1.g1", 0, 4);
  private static final Task FIRST = task("t1", 1, 10, 30, target("t1.g1", 12, 16));
  private static final Task SECOND = task("t2", 2, 30, 50, target("t2.g1", 32, 36),
      target("t2.g2", 40, 44));
  private static final Task THIRD = task("t3", 3, 60, 80, target("t3.g1", 62, 66));

  @Test
  void check_spansThatFollowTheRules_passes() {
    assertThatCode(() -> PlanSpans.check(plan(GOAL, FIRST, SECOND, THIRD))).doesNotThrowAnyException();
  }

  @Test
  void check_targetOutsideItsTask_namesItsPath() {
    Task outside = task("t2", 2, 30, 50, target("t2.g1", 32, 36), target("t2.g2", 48, 52));

    PlanPathViolation e = catchThrowableOfType(
        () -> PlanSpans.check(plan(GOAL, FIRST, outside, THIRD)), PlanPathViolation.class);

    assertThat(e.path()).isEqualTo("$.sections[0].tasks[1].targets[1].span");
    assertThat(e).hasMessage("Target t2.g2 at [48, 52) lies outside its task t2 at [30, 50)");
  }

  @Test
  void check_targetInASubsectionWithAShortSpan_namesItsPath() {
    Task shortSpan = task("t3", 3, 60, 80, target("t3.g1", 62, 65));

    PlanPathViolation e = catchThrowableOfType(
        () -> PlanSpans.check(plan(GOAL, FIRST, SECOND, shortSpan)), PlanPathViolation.class);

    assertThat(e.path()).isEqualTo("$.sections[1].subsections[0].tasks[0].targets[0].span");
    assertThat(e).hasMessage(
        "Target t3.g1: its span [62, 65) covers 3 characters but its text \"4家以上\" has 4");
  }

  @Test
  void check_goalWithALongSpan_namesItsPath() {
    PlanPathViolation e = catchThrowableOfType(
        () -> PlanSpans.check(plan(target("s1.g1", 0, 5), FIRST, SECOND, THIRD)),
        PlanPathViolation.class);

    assertThat(e.path()).isEqualTo("$.sections[0].goals[0].span");
    assertThat(e).hasMessage(
        "Target s1.g1: its span [0, 5) covers 5 characters but its text \"4家以上\" has 4");
  }
}
