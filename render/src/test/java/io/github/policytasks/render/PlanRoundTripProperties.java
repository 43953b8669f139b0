package io.github.policytasks.render;

import io.github.policytasks.parser.PlanParser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The round trip law: a generated plan rendered in any style and parsed back is the same plan.
 * Each property checks one part, so a failure names what was lost; together they parse more
 * than 1,000 generated plans in styles drawn from every combination the renderer accepts, and
 * the first one checks that every task numbering, note key set and note layout was drawn.
 */
class PlanRoundTripProperties {
  private static final PlanParser PARSER = PlanParser.create();

  /**
   * Sections, task numbers, titles and every task's text read back as written — fillers with
   * note keys, unit verbs, deadline words and figures that are not targets included — each text
   * followed only by the note the renderer wrote (in brackets or on lines of its own) or by
   * nothing (a table row).
   */
  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void roundTrip_anyStyle_keepsSectionsTaskNumbersTitlesAndTexts(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    Plan expected = PlanOutline.asRendered(generated.plan(), style);
    String text = PlanRenderer.of(style).render(generated.plan());

    Plan parsed = PARSER.parse(text);

    assertThat(PlanOutline.sections(parsed)).as(text).isEqualTo(PlanOutline.sections(expected));
    assertThat(PlanOutline.tasks(parsed)).as(text).isEqualTo(PlanOutline.tasks(expected));
    for (int i = 0; i < parsed.allTasks().size(); i++) {
      String written = PlanOutline.fold(expected.allTasks().get(i).text());
      String read = PlanOutline.fold(parsed.allTasks().get(i).text());
      assertThat(read).as(text).startsWith(written);
      assertThat(read.substring(written.length())).as("after the text of task %d in%n%s", i + 1, text)
          .matches(style.taskLayout() == TaskLayout.PIPE_TABLE ? "" : "(?s)|[(〔\\r\\n].*");
      Statistics.label("trap in text").collect(traps(expected.allTasks().get(i).text()));
    }
    for (Task task : parsed.allTasks()) {
      assertThat(task.span().textOf(text)).as(text).contains(task.text().lines().findFirst().orElse(""));
    }
    if (!expected.allTasks().isEmpty()) {
      assertThat(parsed.diagnostics()).as(text).filteredOn(d -> d.severity() != Severity.INFO).isEmpty();
    }
    collectStyle(style);
  }

  /** Which kinds of filler traps {@code text} holds, for the statistics. */
  private static String traps(String text) {
    return Vocabulary.FILLERS.stream().filter(f -> !f.kind().equals("plain") && text.contains(f.text()))
        .map(f -> f.kind().startsWith("deadline") ? "deadline" : f.kind()).distinct().sorted()
        .reduce((a, b) -> a + "+" + b).orElse("none");
  }

  @Property(tries = 300)
  void roundTrip_anyStyle_keepsLeadAndSupportingUnitsAndLeaders(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    String text = PlanRenderer.of(style).render(generated.plan());

    Plan parsed = PARSER.parse(text);

    assertThat(PlanOutline.units(parsed)).as(text).isEqualTo(PlanOutline.units(generated.plan()));
  }

  @Property(tries = 400)
  void roundTrip_anyStyle_keepsTargetsWithExactNormalizedValues(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    String text = PlanRenderer.of(style).render(generated.plan());

    Plan parsed = PARSER.parse(text);

    assertThat(PlanOutline.targets(parsed)).as(text).isEqualTo(PlanOutline.targets(generated.plan()));
    for (Target target : parsed.allTargets()) {
      assertThat(target.span().textOf(text)).isEqualTo(target.text());
    }
    for (Target target : generated.plan().allTargets()) {
      Statistics.label("comparator").collect(target.comparator());
      Statistics.label("kind").collect(target.kind());
    }
  }

  @Property(tries = 200)
  void roundTrip_anyStyle_keepsDeadlines(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    String text = PlanRenderer.of(style).render(generated.plan());

    Plan parsed = PARSER.parse(text);

    assertThat(PlanOutline.deadlines(parsed)).as(text).isEqualTo(PlanOutline.deadlines(generated.plan()));
  }

  @Property(tries = 200)
  void roundTrip_anyStyle_keepsTitleYearMetadataNoticeAndReferences(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    Plan plan = generated.plan();
    String text = PlanRenderer.of(style).render(plan);

    Plan parsed = PARSER.parse(text);

    assertThat(parsed.title()).as(text).isEqualTo(plan.title());
    assertThat(parsed.year()).as(text).isEqualTo(plan.year());
    if (style.headerTable() != HeaderTable.NONE) {
      assertThat(parsed.metadata()).as(text).isEqualTo(plan.metadata());
    }
    if (style.notice() && plan.notice() != null) {
      assertThat(parsed.notice()).as(text).isNotNull();
      assertThat(PlanOutline.fold(parsed.notice().addressees()))
          .isEqualTo(PlanOutline.fold(plan.notice().addressees()));
      assertThat(parsed.notice().date()).isEqualTo(plan.notice().date());
      assertThat(parsed.notice().publicationNote()).isEqualTo(plan.notice().publicationNote());
    }
    assertThat(parsed.references()).as(text).hasSameSizeAs(plan.references());
    for (int i = 0; i < plan.references().size(); i++) {
      assertThat(PlanOutline.fold(parsed.references().get(i).title()))
          .isEqualTo(PlanOutline.fold(plan.references().get(i).title()));
      assertThat(parsed.references().get(i).documentNumber())
          .isEqualTo(plan.references().get(i).documentNumber());
    }
  }

  private static void collectStyle(RenderStyle style) {
    Statistics.label("punctuation").collect(style.punctuation());
    Statistics.label("numbering").collect(style.taskNumbering());
    Statistics.label("note keys").collect(style.noteKeys());
    Statistics.label("note layout").collect(style.noteLayout());
    Statistics.label("header").collect(style.headerTable());
    Statistics.label("line ending").collect(style.lineEnding());
    Statistics.label("numbering").coverage(c -> {
      for (TaskNumbering value : TaskNumbering.values()) {
        c.check(value).count(n -> n > 0);
      }
    });
    Statistics.label("note keys").coverage(c -> {
      for (NoteKeys value : NoteKeys.values()) {
        c.check(value).count(n -> n > 0);
      }
    });
    Statistics.label("note layout").coverage(c -> {
      for (NoteLayout value : NoteLayout.values()) {
        c.check(value).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<GeneratedPlan> plans() {
    return PlanGenerators.plans();
  }

  @Provide
  Arbitrary<RenderStyle> styles() {
    return PlanGenerators.styles();
  }

}
