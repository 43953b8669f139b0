package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelValidationTest {

  private static Target.Builder target() {
    return Target.builder()
        .id("t1.g1")
        .text("4家以上")
        .span(SourceSpan.of(10, 14))
        .comparator(Bound.AT_LEAST)
        .kind(TargetKind.AMOUNT)
        .value(Quantity.of("4", "家"));
  }

  @Test
  void target_rangeWithoutUpper_isRejected() {
    assertThatThrownBy(() -> target().text("1-2处").comparator(Bound.RANGE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t1.g1")
        .hasMessageContaining("1-2处")
        .hasMessageContaining("RANGE without an upper value");
  }

  @Test
  void target_upperBelowValue_isRejected() {
    assertThatThrownBy(
            () -> target().comparator(Bound.RANGE).upper(Quantity.of("3", "家")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper 3家 is below value 4家");
  }

  @Test
  void target_upperInOtherUnit_isRejected() {
    assertThatThrownBy(
            () -> target().comparator(Bound.RANGE).upper(Quantity.of("5", "个")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the unit of value 4家");
  }

  @Test
  void target_upperWithoutRange_isRejected() {
    assertThatThrownBy(() -> target().upper(Quantity.of("5", "家")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparator is AT_LEAST, not RANGE");
  }

  @Test
  void target_growthWithoutDirection_isRejected() {
    assertThatThrownBy(
            () -> target().text("增长20%以上").span(SourceSpan.of(10, 17)).kind(TargetKind.GROWTH).value(Quantity.of("20", "%")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GROWTH without a direction");
  }

  @Test
  void target_amountWithDirection_isRejected() {
    assertThatThrownBy(() -> target().direction(Direction.INCREASE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AMOUNT but has direction INCREASE");
  }

  @Test
  void target_badId_isRejected() {
    assertThatThrownBy(() -> target().id("g1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"g1\"");
  }

  @Test
  void target_spanOfAnotherLengthThanItsText_hasNoJsonForm() {
    Target t = target().span(SourceSpan.of(10, 12)).build();
    Task task = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(0, 20)).addTargets(t).build();
    Plan plan = Plan.builder().addSections(Section.builder().id("s1").number(1).addTasks(task).build()).build();
    assertThatThrownBy(() -> PlanJson.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Target t1.g1: its span [10, 12) covers 2 characters but its text \"4家以上\" has 4");
  }

  @Test
  void target_rangeWithoutNormalizedUpper_isRejected() {
    assertThatThrownBy(() -> target().text("1-2处").comparator(Bound.RANGE).value(Quantity.of("1", "处"))
            .upper(Quantity.of("2", "处")).normalized(Quantity.of("1", "处")).dimension(Dimension.COUNT).build())
        .hasMessageContaining("is a RANGE with a normalized value but no normalizedUpper");
  }

  @Test
  void target_negativeCount_isRejected() {
    assertThatThrownBy(() -> target().value(Quantity.of("-4", "家")).normalized(Quantity.of("-4", "家"))
            .dimension(Dimension.COUNT).build())
        .hasMessageContaining("a count cannot be negative (-4家)");
  }

  @Test
  void task_targetOutsideItsSpan_hasNoJsonForm() {
    Target t = target().build();
    Task task = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(0, 12)).addTargets(t).build();
    Plan plan = Plan.builder().addSections(Section.builder().id("s1").number(1).addTasks(task).build()).build();
    assertThatThrownBy(() -> PlanJson.writeCompact(plan))
        .hasMessage("Target t1.g1 at [10, 14) lies outside its task t1 at [0, 12)");
  }

  @Test
  void target_of_isTheBuiltTarget() {
    Target built = target()
        .subject("企业")
        .comparator(Bound.RANGE)
        .text("1-2万家")
        .value(Quantity.of("1", "万家"))
        .upper(Quantity.of("2", "万家"))
        .normalized(Quantity.of("10000", "家"))
        .normalizedUpper(Quantity.of("20000", "家"))
        .dimension(Dimension.COUNT)
        .deadline(java.time.LocalDate.of(2025, 12, 31))
        .build();

    Target made = Target.of("t1.g1", "1-2万家", SourceSpan.of(10, 14), "企业", Bound.RANGE,
        TargetKind.AMOUNT, null, Quantity.of("1", "万家"), Quantity.of("2", "万家"),
        Quantity.of("10000", "家"), Quantity.of("20000", "家"), Dimension.COUNT,
        java.time.LocalDate.of(2025, 12, 31));

    assertThat(made).isEqualTo(built);
    assertThat(made.toString()).isEqualTo(built.toString());
  }

  @Test
  void target_of_isCheckedAsTheBuilderIs() {
    assertThatThrownBy(() -> Target.of("t1.g1", "1-2处", SourceSpan.of(0, 4), null, Bound.RANGE,
            TargetKind.AMOUNT, null, Quantity.of("1", "处"), null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RANGE without an upper value");
    assertThatThrownBy(() -> Target.of("t1.g0", "4家", SourceSpan.of(0, 2), null, Bound.EXACTLY,
            TargetKind.AMOUNT, null, Quantity.of("4", "家"), null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not of the form t12.g3");
    assertThat(Target.of("s2.g1", "4家", SourceSpan.of(0, 2), null, Bound.EXACTLY,
            TargetKind.AMOUNT, null, Quantity.of("4", "家"), null, null, null, null, null)
        .isGoal()).isTrue();
  }

  @Test
  void target_validRange_isAccepted() {
    Target range =
        target()
            .text("1-2处")
            .comparator(Bound.RANGE)
            .value(Quantity.of("1", "处"))
            .upper(Quantity.of("2", "处"))
            .build();
    assertThat(range.upper()).isEqualTo(Quantity.of("2", "处"));
    assertThat(range.taskId()).contains("t1");
  }

  @Test
  void span_endBeforeStart_isRejected() {
    assertThatThrownBy(() -> SourceSpan.of(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 3)");
    assertThatThrownBy(() -> SourceSpan.of(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-1, 3)");
  }

  @Test
  void span_textOf_isSubstring() {
    assertThat(SourceSpan.of(2, 4).textOf("创新平台4家")).isEqualTo("平台");
  }

  @Test
  void task_foreignTargetId_isRejected() {
    assertThatThrownBy(
            () ->
                Task.builder()
                    .id("t2")
                    .number(2)
                    .text("…")
                    .span(SourceSpan.of(0, 1))
                    .addTargets(target().build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"t1.g1\" does not belong to task t2");
  }

  @Test
  void plan_duplicateIds_areRejectedAsOutOfDocumentOrder() {
    Task task = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(0, 1)).build();
    Section s1 = Section.builder().id("s1").number(1).addTasks(task).build();
    Section s2 = Section.builder().id("s2").number(2).addTasks(task).build();
    assertThatThrownBy(() -> Plan.builder().addSections(s1, s2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sections[1].tasks[0].id is \"t1\" but must be \"t2\"");
  }

  @Test
  void plan_idsCountInDocumentOrder_notByWrittenNumber() {
    Task first = Task.builder().id("t1").number(5).text("a").span(SourceSpan.of(0, 1)).build();
    Task skipped = Task.builder().id("t3").number(1).text("b").span(SourceSpan.of(2, 3)).build();
    Section s1 = Section.builder().id("s1").number(1).addTasks(first, skipped).build();
    assertThatThrownBy(() -> Plan.builder().addSections(s1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sections[0].tasks[1].id is \"t3\" but must be \"t2\"");
    assertThatThrownBy(() -> Plan.builder().addSections(Section.builder().id("s2").number(1).build()).build())
        .hasMessageContaining("$.sections[0].id is \"s2\" but must be \"s1\"");
  }

  @Test
  void section_goalsAreNumberedInTheSection() {
    Target goal = Target.builder().id("s1.g1").text("4家").span(SourceSpan.of(0, 2))
        .comparator(Bound.AT_LEAST).kind(TargetKind.AMOUNT).value(Quantity.of("4", "家")).build();
    Section s1 = Section.builder().id("s1").number(1).addGoals(goal).build();
    assertThat(Plan.builder().addSections(s1).build().goal("s1.g1")).contains(goal);
    assertThat(goal.isGoal()).isTrue();
    assertThat(goal.taskId()).isEmpty();
    assertThatThrownBy(() -> Section.builder().id("s2").number(2).addGoals(goal).build())
        .hasMessageContaining("Goal id \"s1.g1\" does not belong to section s2");
    assertThatThrownBy(() -> Plan.builder().addSections(
            Section.builder().id("s1").number(1).addGoals(goal.withId("s1.g2")).build()).build())
        .hasMessageContaining("$.sections[0].goals[0].id is \"s1.g2\" but must be \"s1.g1\"");
  }

  @Test
  void plan_unsupportedSchemaVersion_isRejected() {
    assertThatThrownBy(() -> Plan.builder().schemaVersion("2").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"2\"");
  }

  @Test
  void leadUnit_blankName_isRejected() {
    assertThatThrownBy(() -> LeadUnit.of(" 县科技局"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\" 县科技局\"");
  }

  @Test
  void unit_emptySymbol_isRejected() {
    assertThatThrownBy(() -> Unit.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"\"");
  }

  @Test
  void diagnostic_invalidPosition_isRejected() {
    assertThatThrownBy(
            () ->
                Diagnostic.builder()
                    .code(DiagnosticCode.NOTE_PARTLY_READ)
                    .message("x")
                    .span(SourceSpan.of(0, 1))
                    .line(0)
                    .column(1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0:1");
  }

  @Test
  void requiredAttribute_missing_isNamed() {
    assertThatThrownBy(() -> Task.builder().id("t1").number(1).span(SourceSpan.of(0, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text");
  }
}
