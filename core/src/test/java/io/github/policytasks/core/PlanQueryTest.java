package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanQueryTest {

  private static Target target(String id, int start, Bound comparator, TargetKind kind,
      Dimension dimension, String amount, String unit) {
    return Target.builder()
        .id(id)
        .text(amount + unit)
        .span(SourceSpan.of(start, start + (amount + unit).length()))
        .comparator(comparator)
        .kind(kind)
        .direction(kind.hasDirection() ? Direction.INCREASE : null)
        .value(Quantity.of(amount, unit))
        .dimension(dimension)
        .build();
  }

  private static final Task T1 = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(10, 20))
      .addLeadUnits(LeadUnit.builder().name("县发改局").canonicalName("县发展和改革局").build())
      .addTargets(target("t1.g1", 12, Bound.AT_LEAST, TargetKind.AMOUNT, Dimension.COUNT, "4", "家"))
      .addTargets(target("t1.g2", 15, Bound.MORE_THAN, TargetKind.AMOUNT, Dimension.CURRENCY, "150", "亿元"))
      .build();
  private static final Task T2 = Task.builder().id("t2").number(2).text("b").span(SourceSpan.of(30, 40))
      .addLeadUnits(LeadUnit.of("县科技局"))
      .addSupportingUnits(LeadUnit.of("县发改局"))
      .addTargets(target("t2.g1", 32, Bound.AT_LEAST, TargetKind.GROWTH, Dimension.PERCENT, "20", "%"))
      .build();
  private static final Task T3 = Task.builder().id("t3").number(1).text("c").span(SourceSpan.of(50, 60))
      .addLeadUnits(LeadUnit.of("县科技局"))
      .addTargets(target("t3.g1", 52, Bound.EXACTLY, TargetKind.AMOUNT, Dimension.CURRENCY, "5000", "万元"))
      .build();
  private static final Task T4 = Task.builder().id("t4").number(2).text("d").span(SourceSpan.of(70, 80)).build();
  private static final Plan PLAN = Plan.builder()
      .addSections(Section.builder().id("s1").number(1).addTasks(T1, T2).build())
      .addSections(Section.builder().id("s2").number(2)
          .addTasks(T4)
          .addSubsections(Subsection.builder().id("s2.1").number(1).addTasks(T3).build())
          .build())
      .build();

  @Test
  void allTasks_areInDocumentOrder_subsectionsIncluded() {
    assertThat(PLAN.allTasks()).extracting(Task::id).containsExactly("t1", "t2", "t3", "t4");
    assertThat(PLAN.allTargets()).extracting(Target::id).containsExactly("t1.g1", "t1.g2", "t2.g1", "t3.g1");
  }

  @Test
  void tasksLedBy_matchesWrittenAndCanonicalNames() {
    assertThat(PLAN.tasksLedBy("县发改局")).containsExactly(T1);
    assertThat(PLAN.tasksLedBy("县发展和改革局")).containsExactly(T1);
    assertThat(PLAN.tasksLedBy("县科技局")).containsExactly(T2, T3);
    assertThat(PLAN.tasksInvolving("县发改局")).containsExactly(T1, T2);
    assertThat(PLAN.targetsLedBy("县科技局")).extracting(Target::id).containsExactly("t2.g1", "t3.g1");
  }

  @Test
  void targetFilters_selectByDimensionKindComparatorSection() {
    assertThat(PLAN.targetsIn(Dimension.CURRENCY)).extracting(Target::id).containsExactly("t1.g2", "t3.g1");
    assertThat(PLAN.targetsOf(TargetKind.GROWTH)).extracting(Target::id).containsExactly("t2.g1");
    assertThat(PLAN.targetsWith(Bound.AT_LEAST)).extracting(Target::id).containsExactly("t1.g1", "t2.g1");
    assertThat(PLAN.targetsInSection(2)).extracting(Target::id).containsExactly("t3.g1");
    assertThat(PLAN.targetsInSection(9)).isEmpty();
  }

  @Test
  void lookups_byId() {
    assertThat(PLAN.task("t3")).contains(T3);
    assertThat(PLAN.target("t1.g2").map(Target::text)).contains("150亿元");
    assertThat(PLAN.taskOf(T2.targets().get(0))).contains(T2);
    assertThat(PLAN.task("t9")).isEmpty();
    assertThat(T1.principalLead()).contains(T1.leadUnits().get(0));
    assertThat(T4.principalLead()).isEmpty();
  }

  @Test
  void unitQueries_findTheSameTasks_forWrittenShortAndCanonicalNames() {
    Task written = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(0, 5))
        .addLeadUnits(LeadUnit.of("县发展和改革局"))
        .addTargets(target("t1.g1", 1, Bound.AT_LEAST, TargetKind.AMOUNT, Dimension.COUNT, "4", "家"))
        .build();
    Task supported = Task.builder().id("t2").number(2).text("b").span(SourceSpan.of(10, 15))
        .addLeadUnits(LeadUnit.of("县科技局"))
        .addSupportingUnits(LeadUnit.of("县发改局"))
        .addTargets(target("t2.g1", 11, Bound.AT_LEAST, TargetKind.AMOUNT, Dimension.COUNT, "2", "项"))
        .build();
    Plan plan = Plan.builder()
        .addSections(Section.builder().id("s1").number(1).addTasks(written, supported).build())
        .build();
    for (String name : new String[] {"县发改局", "县发展和改革局"}) {
      assertThat(plan.tasksLedBy(name)).as(name).containsExactly(written);
      assertThat(plan.tasksInvolving(name)).as(name).containsExactly(written, supported);
      assertThat(plan.targetsInvolving(name)).as(name).extracting(Target::id)
          .containsExactly("t1.g1", "t2.g1");
    }
    assertThat(plan.tasksLedBy("县科学技术局")).containsExactly(supported);
    assertThat(plan.tasksLedBy("县水务局")).isEmpty();
    UnitNames own = UnitNames.of(java.util.Map.of("科技口", "科学技术局"));
    assertThat(plan.tasksLedBy("县科技口", own)).isEmpty();
    assertThat(plan.tasksLedBy("县科学技术局", own.with("科技局", "科学技术局"))).containsExactly(supported);
  }

  @Test
  void leadUnits_areDistinct_inOrderOfFirstMention() {
    Task a = Task.builder().id("t1").number(1).text("a").span(SourceSpan.of(0, 5))
        .addLeadUnits(LeadUnit.of("县发改局"), LeadUnit.of("县科技局")).build();
    Task b = Task.builder().id("t2").number(2).text("b").span(SourceSpan.of(10, 15))
        .addLeadUnits(LeadUnit.of("县水务局"), LeadUnit.of("县发展和改革局")).build();
    Plan plan = Plan.builder().addSections(Section.builder().id("s1").number(1).addTasks(a, b).build()).build();
    assertThat(plan.leadUnits()).extracting(LeadUnit::name).containsExactly("县发改局", "县科技局", "县水务局");
  }

  @Test
  void unitNames_defaultTable_readsTheCoreResource() {
    assertThat(UnitNames.defaults().canonical("县发改局")).contains("县发展和改革局");
    assertThat(UnitNames.defaults().canonical("嘉祥县发改局")).contains("嘉祥县发展和改革局");
    assertThat(UnitNames.defaults().canonical("县发展和改革局")).isEmpty();
    assertThat(UnitNames.defaults().aliases()).containsEntry("发改局", "发展和改革局");
  }
}
