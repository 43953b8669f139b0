package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on hand-annotated documents of the genre written apart from the seed (other
 * counties, other layouts: full-width punctuation and subsections, Traditional characters and
 * own-line notes, a pipe table, no section headings with {@code （一）} task numbers), with the
 * measures the project is judged by: every task found, lead and supporting units right on at
 * least 95% of tasks, target F1 at least 0.90, and comparator, kind, direction, range and
 * normalized value right on at least 95% of the targets found.
 */
class GenreAcceptanceTest {
  private static final List<String> DOCUMENTS =
      List.of(
          "city-fullwidth-subsections",
          "district-traditional-ownline",
          "county-table",
          "noheadings-paren-numbers",
          "province-chapters-noise",
          "county-traps-restart",
          "city-mixed-forms",
          "variant-table-target-column",
          "variant-traditional-ownline",
          "variant-section-items-verb-notes",
          "variant-national-verb-notes-mass-organisations",
          "variant-city-leader-keys-ownline",
          "variant-verb-notes-with-timing",
          "variant-county-table-main-other-units",
          "variant-district-table-cooperating-units",
          "variant-county-units-closing-sentence",
          "variant-national-division-notice",
          "variant-assessment-table-assessing-units",
          "variant-province-default-clause-involves",
          "variant-city-level-list-groups",
          "variant-foreign-trade-goals",
          "variant-traditional-fullwidth-target-table",
          "variant-county-workplan-goals-subsection",
          "variant-training-pdf-spaced-figures",
          "variant-opening-up-table-magnitude-words",
          "variant-traditional-training-ownline-notes",
          "variant-county-department-assessment-table",
          "variant-county-category-leader-units-table",
          "variant-county-ledger-responsible-subject",
          "variant-province-department-divisions-table",
          "variant-city-marked-lead-in-responsible-list",
          "variant-county-group-note-for-items-above",
          "variant-county-heading-notes-for-items-below",
          "variant-county-preamble-default-units",
          "variant-city-work-report-division-ownline-notes",
          "variant-traditional-training-task-list-goal-column",
          "variant-traditional-consumption-aid-ownline-notes",
          "variant-city-health-verb-notes-rates",
          "variant-county-division-expected-goals-items",
          "variant-district-division-ownline-notes-blank-lines",
          "variant-national-guidance-departments-and-provinces",
          "variant-province-departments-scheme-semicolon-units",
          "variant-province-opinions-inline-notes-distributed-targets",
          "variant-city-opinions-bare-unit-notes-rank-rule",
          "variant-province-training-supervision-scheme-about-title",
          "variant-county-indicator-table-weights",
          "variant-city-work-points-named-group-notes",
          "variant-province-department-work-points-division-keys",
          "variant-province-joint-departments-signature-training-plan",
          "variant-province-trade-plan-annex-table-goal-column",
          "variant-national-division-mid-list-suffix-keyed-joiners",
          "variant-city-action-plan-preamble-goals",
          "variant-province-rcep-action-plan-action-targets",
          "variant-province-banking-training-plan-program-items",
          "variant-city-foreign-trade-task-list-table",
          "variant-county-livelihood-projects-goal-paragraph",
          "variant-province-training-plan-programme-fields",
          "variant-city-open-economy-items-logistics-units",
          "variant-county-requirement-column-merged-lead-cells",
          "variant-traditional-paren-tasks-ownline-etc-notes",
          "variant-city-paren-items-per-section-goals",
          "variant-district-units-first-standard-column-table",
          "variant-city-one-line-table-leader-responsible-columns",
          "variant-county-breakdown-table-goal-task-cells-remarks",
          "variant-traditional-city-culture-tourism-bracket-ownline-notes",
          "variant-province-work-points-items-etc-verb-notes",
          "variant-city-bureau-work-points-several-notes-per-item",
          "variant-traditional-county-task-list-numbered-goal-cells-leader-column",
          "variant-county-livelihood-table-one-cell-a-line",
          "variant-traditional-district-consumption-points-goals-paren-tasks",
          "variant-province-banking-staff-education-modal-bounds",
          "variant-township-work-points-station-keys-expected-goals",
          "variant-city-duty-split-double-spaced-cells",
          "variant-city-report-tasks-page-numbers-ownline-etc-units",
          "variant-province-department-work-points-bracket-titles-circled-goals",
          "variant-county-supervision-ledger-quarter-deadlines-ditto-cells",
          "variant-traditional-city-livelihood-projects-name-lines-count-lines",
          "variant-traditional-district-annual-goal-lines-fullwidth-digits",
          "variant-county-task-table-tab-separated-cells",
          "variant-city-audit-rectification-ledger-problem-measure-columns",
          "variant-district-projects-table-pdf-space-aligned-columns",
          "variant-traditional-county-task-table-fullwidth-pipes-line-leader-column",
          "variant-county-projects-table-pdf-wrapped-cells",
          "variant-district-report-division-square-bracket-notes",
          "variant-district-expected-goals-paren-items-own-line-units",
          "variant-traditional-city-culture-points-host-cohost-ownline",
          "variant-county-task-cards-goal-measure-fields",
          "variant-traditional-county-report-division-corner-quoted-names",
          "variant-township-work-plan-verb-notes-person-deadline",
          "variant-county-leader-headed-sections-own-notes",
          "variant-county-dash-notes-township-units",
          "variant-district-trailing-verb-notes-after-spaces",
          "variant-city-leader-unit-keys-one-line-and-lists",
          "variant-province-department-header-title-only-notice",
          "variant-district-task-table-pdf-repeated-header-page-numbers",
          "variant-city-business-tasks-html-crawl-cell-lines-blank-rows",
          "variant-county-progress-plan-two-level-target-header",
          "variant-district-task-table-pdf-no-number-column",
          "variant-county-livelihood-table-pdf-vertically-centred-cells",
          "variant-county-leader-named-sections-restarting-numbers",
          "variant-district-december-division-district-leader-keys",
          "variant-county-livelihood-projects-crawl-pipe-per-cell-line",
          "variant-county-section-leaders-bracketed-and-comrade",
          "variant-county-task-table-spanned-responsible-header",
          "variant-district-business-task-list-word-tabs-category-rows-merged-lead",
          "variant-county-agri-projects-table-pdf-figures-split-in-digits",
          "variant-city-quarterly-progress-table-quarter-columns",
          "variant-county-task-ledger-excel-csv-quoted-cells",
          "variant-district-task-list-tabbed-target-value-column-unit-in-header",
          "variant-city-reform-task-table-markdown-export-br-in-cells",
          "variant-traditional-county-crawl-pinyin-glosses",
          "variant-province-work-points-tasks-with-numbered-sub-measures",
          "variant-city-business-task-list-markdown-crawl",
          "variant-traditional-district-livelihood-crawl-pinyin-glosses-ownline-notes",
          "variant-county-task-table-word-tabs-merged-number-cells-measure-rows",
          "variant-county-ocr-scan-spaced-headings-page-footers",
          "variant-city-business-points-circled-tasks-run-on-keys",
          "variant-district-year-end-review-targets-and-progress-lines",
          "variant-city-livelihood-responsibility-list-header-states-first-listed-lead",
          "variant-ministry-work-points-square-bracket-notes-first-note-rule",
          "variant-traditional-county-scheme-numbered-paren-circled-levels-some-notes",
          "variant-city-note-default-clause-supports-all-are",
          "variant-county-note-default-clause-work-all-by",
          "variant-district-report-division-decimal-task-numbers-ownline-comma-units",
          "variant-county-business-task-list-bracket-category-headings-ownline-leader-keys",
          "variant-city-livelihood-ledger-key-value-records-serial-key",
          "variant-city-bureau-work-points-two-level-targets-prose-and-annex-table",
          "variant-traditional-city-digital-government-points-chapter-articles-ownline-notes-two-level-targets",
          "variant-county-safety-tasks-paren-numbers-bracketed-keys-without-colons",
          "variant-county-task-table-responsible-cell-with-lead-and-support-keys",
          "variant-district-scheme-paren-number-tasks-under-sections-some-numbered-headings",
          "variant-district-work-points-bullet-measures-bracketed-notes",
          "variant-county-work-plan-pdf-hard-wrapped-prose-and-notes",
          "variant-traditional-county-task-table-tabs-goal-column-space-parted-units",
          "variant-county-work-points-units-colon-open-each-task",
          "variant-city-culture-points-short-host-cohost-keys-one-line",
          "variant-district-scheme-lead-unit-named-by-sentence",
          "variant-county-tasks-closing-sentence-by-unit-responsible",
          "variant-city-renewal-tasks-trailing-dash-bare-units",
          "variant-county-ownline-keys-ideographic-space-no-colon",
          "variant-district-paragraph-end-bracket-responsible-key",
          "variant-city-commerce-points-ascii-paren-verb-notes",
          "variant-county-water-points-implementing-units-keys",
          "variant-district-health-points-huitong-etc-by-duty-notes",
          "variant-county-units-before-key-linked-by-wei",
          "variant-district-leader-and-unit-keys-space-parted-in-brackets",
          "variant-city-transport-points-bracketed-units-open-each-task",
          "variant-county-road-points-ownline-duty-split-label-verb-notes",
          "variant-county-tasks-open-with-agent-clause",
          "variant-city-notes-short-keys-main-and-joint",
          "variant-district-dash-keyed-notes",
          "variant-county-construction-tasks-lead-marked-after-unit-and-trailing-role-words",
          "variant-city-education-points-ownline-responsibility-sentences",
          "variant-province-department-task-table-verb-form-responsible-cells",
          "variant-district-livelihood-projects-parenthesised-keys-and-subject-keys",
          "variant-traditional-county-agriculture-points-ownline-verb-sentences-slashes",
          "variant-city-business-environment-points-key-then-verb-and-joint-leads",
          "variant-county-supervision-ledger-ownline-unit-colon-role-and-first-responsible",
          "variant-city-ecology-points-bracketed-coordinating-and-joint-lead-verbs",
          "variant-traditional-district-water-points-lead-named-after-list-and-new-verbs",
          "variant-province-department-markdown-table-division-headers",
          "variant-county-tourism-points-ownline-duty-lines-new-verbs",
          "variant-city-health-points-bracketed-role-first-clauses",
          "variant-traditional-city-transport-table-lead-column-verb-cells",
          "variant-county-education-points-yi-wei-zhu-reversed-support-and-two-fuze-clauses",
          "variant-city-culture-events-ownline-host-organiser-support-keys-and-bracketed-key-nouns",
          "variant-traditional-district-safety-points-closing-sentences-support-and-split-implementation",
          "variant-county-health-ownline-indented-key-lines-round5",
          "variant-city-manufacturing-inline-bracket-verb-clauses-round5",
          "variant-province-department-transport-pipe-table-lead-column-round5",
          "variant-traditional-district-education-culture-closing-sentences-round5",
          "variant-province-foreign-trade-keys-after-ideographic-spaces-round5");
  /**
   * Documents of {@link #DOCUMENTS} whose blind run showed a gap not yet fixed (their row in
   * {@code genre/blind-scores.tsv} says what): scored and reported apart, out of the total until
   * fixed, and held to a floor of tasks found equal to their blind run so they cannot fall further.
   */
  private static final Map<String, Integer> KNOWN_GAPS_TASKS_FOUND_FLOOR = Map.of();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanParser parser = PlanParser.create();

  @Test
  void genreDocuments_scoreAboveTheBar() {
    Score total = new Score();
    StringBuilder report = new StringBuilder();
    for (String name : DOCUMENTS) {
      if (KNOWN_GAPS_TASKS_FOUND_FLOOR.containsKey(name)) {
        continue;
      }
      Score score = score(name);
      report.append(name).append(": ").append(score).append('\n');
      total.add(score);
    }
    report.append("total: ").append(total);
    System.out.println(report);
    assertThat(total.misses).as(report.toString()).isEmpty();
    assertThat(total.tasksFound).as(report.toString()).isEqualTo(total.tasksExpected);
    assertThat(total.unitAccuracy()).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(total.targetF1()).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    assertThat(total.fieldAccuracy()).as(report.toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void knownGaps_holdTheirFloorOfTasksFound() {
    KNOWN_GAPS_TASKS_FOUND_FLOOR.forEach((name, floor) -> {
      assertThat(DOCUMENTS).contains(name);
      Score score = score(name);
      System.out.println("known gap " + name + ": " + score);
      assertThat(score.tasksFound).as(name + ": " + score).isGreaterThanOrEqualTo(floor);
    });
  }

  private Score score(String name) {
    String text = resource(name + ".txt");
    JsonNode expected = tree(resource(name + ".expected.json"));
    Plan plan = parser.parse(text);
    Score score = new Score();
    if (!Objects.equals(plan.title(), expected.get("title").asText())) {
      score.misses.add(name + ": title " + plan.title());
    }
    if (plan.year() == null || plan.year() != expected.get("year").asInt()) {
      score.misses.add(name + ": year " + plan.year());
    }
    List<Integer> sectionNumbers = new ArrayList<>();
    expected.get("sections").forEach(s -> sectionNumbers.add(s.get("number").asInt()));
    if (!plan.sections().stream().map(Section::number).collect(Collectors.toList()).equals(sectionNumbers)) {
      score.misses.add(name + ": sections " + plan.sections());
    }
    List<Task> tasks = plan.allTasks();
    JsonNode expectedTasks = expected.get("tasks");
    int next = 0;
    for (JsonNode want : expectedTasks) {
      if (want.path("optional").asBoolean(false)) {
        // a borderline item the guide leaves open (a heading numbered like a task): found or not,
        // it counts neither as expected nor as spurious
        if (next < tasks.size() && tasks.get(next).number() == want.get("number").asInt()
            && (!want.has("title") || Objects.equals(wantedTitle(want), tasks.get(next).title()))) {
          next++;
        }
        continue;
      }
      score.tasksExpected++;
      int i = next++;
      if (i >= tasks.size()) {
        score.targetsExpected += want.get("targets").size();
        continue;
      }
      Task got = tasks.get(i);
      if (got.number() != want.get("number").asInt()) {
        score.misses.add(name + ": task " + i + " number " + got.number());
        continue;
      }
      score.tasksFound++;
      if (want.has("title") && !Objects.equals(wantedTitle(want), got.title())) {
        score.misses.add(name + ": task " + got.number() + " title " + got.title());
      }
      boolean unitsRight =
          names(got.leadUnits()).equals(strings(want.get("leads")))
              && names(got.supportingUnits()).equals(strings(want.get("supports")));
      if (unitsRight) {
        score.unitsRight++;
      } else {
        score.notes.add(name + " t" + got.number() + ": leads " + names(got.leadUnits()) + " supports "
            + names(got.supportingUnits()));
      }
      if (want.has("leaders") && !got.leaders().equals(strings(want.get("leaders")))) {
        score.misses.add(name + " t" + got.number() + ": leaders " + got.leaders());
      }
      if (want.has("deadline") && (got.deadline() == null
          || !got.deadline().toString().equals(want.get("deadline").asText()))) {
        score.notes.add(name + " t" + got.number() + ": deadline " + got.deadline());
      }
      scoreTargets(name + " t" + got.number(), got.targets(), want.get("targets"), score);
    }
    scoreGoals(name, plan, expected, score);
    return score;
  }

  /**
   * The goals of the plan's sections (annotation guide §6, headline goals), pooled over the
   * document and scored like targets, where the annotation states them (a section with {@code
   * goals}).
   */
  private static void scoreGoals(String name, Plan plan, JsonNode expected, Score score) {
    List<JsonNode> wanted = new ArrayList<>();
    boolean annotated = false;
    for (JsonNode section : expected.get("sections")) {
      if (section.has("goals")) {
        annotated = true;
        section.get("goals").forEach(wanted::add);
      }
    }
    if (!annotated) {
      return;
    }
    List<Target> found = new ArrayList<>();
    plan.sections().forEach(s -> found.addAll(s.goals()));
    scoreTargets(name + " goals", found, JSON.valueToTree(wanted), score);
  }

  private static void scoreTargets(String where, List<Target> targets, JsonNode wanted, Score score) {
    score.targetsExpected += wanted.size();
    score.targetsFound += targets.size();
    List<Target> unmatched = new ArrayList<>(targets);
    for (JsonNode want : wanted) {
      Target match = null;
      for (Target candidate : unmatched) {
        if (candidate.value().amount().isEquivalentTo(Amount.parse(want.get("value").asText()))
            && candidate.value().unit().symbol().equals(want.get("unit").asText())) {
          match = candidate;
          break;
        }
      }
      if (match == null) {
        score.notes.add(where + ": missed " + want.get("text").asText());
        continue;
      }
      unmatched.remove(match);
      score.targetsMatched++;
      boolean fieldsRight =
          match.comparator().name().equals(want.get("comparator").asText())
              && match.kind().name().equals(want.get("kind").asText())
              && Objects.equals(
                  match.direction() == null ? null : match.direction().name(),
                  want.has("direction") ? want.get("direction").asText() : null)
              && (!want.has("upper")
                  || (match.upper() != null
                      && match.upper().amount().isEquivalentTo(Amount.parse(want.get("upper").asText()))))
              && (want.path("normalized").isNull() || want.path("normalized").isMissingNode()
                  ? match.normalized() == null
                  : match.normalized() != null
                      && match.normalized().amount().isEquivalentTo(Amount.parse(want.get("normalized").asText())));
      if (fieldsRight) {
        score.fieldsRight++;
      } else {
        score.notes.add(where + ": fields of " + want.get("text").asText() + " → "
            + match.comparator() + " " + match.kind() + " " + match.direction() + " " + match.value()
            + " upper " + match.upper() + " normalized " + match.normalized());
      }
    }
    for (Target extra : unmatched) {
      score.notes.add(where + ": extra " + extra.text());
    }
  }

  /** A task's annotated title: its text, or null where the annotation says it has none ({@code "title": null}). */
  private static String wantedTitle(JsonNode want) {
    return want.get("title").isNull() ? null : want.get("title").asText();
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.toList());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = GenreAcceptanceTest.class.getResourceAsStream("genre/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Score {
    final List<String> misses = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int tasksExpected;
    int tasksFound;
    int unitsRight;
    int targetsExpected;
    int targetsFound;
    int targetsMatched;
    int fieldsRight;

    void add(Score other) {
      misses.addAll(other.misses);
      tasksExpected += other.tasksExpected;
      tasksFound += other.tasksFound;
      unitsRight += other.unitsRight;
      targetsExpected += other.targetsExpected;
      targetsFound += other.targetsFound;
      targetsMatched += other.targetsMatched;
      fieldsRight += other.fieldsRight;
    }

    double unitAccuracy() {
      return tasksExpected == 0 ? 1 : (double) unitsRight / tasksExpected;
    }

    double targetF1() {
      double precision = targetsFound == 0 ? 0 : (double) targetsMatched / targetsFound;
      double recall = targetsExpected == 0 ? 0 : (double) targetsMatched / targetsExpected;
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double fieldAccuracy() {
      return targetsMatched == 0 ? 0 : (double) fieldsRight / targetsMatched;
    }

    @Override
    public String toString() {
      return String.format(
          "tasks %d/%d, units right %.2f, targets expected %d found %d matched %d (F1 %.3f), fields right %.2f%s%s",
          tasksFound, tasksExpected, unitAccuracy(), targetsExpected, targetsFound, targetsMatched,
          targetF1(), fieldAccuracy(),
          misses.isEmpty() ? "" : "\n  misses: " + String.join("\n  ", misses),
          notes.isEmpty() ? "" : "\n  notes: " + String.join("\n  ", notes));
    }
  }
}
