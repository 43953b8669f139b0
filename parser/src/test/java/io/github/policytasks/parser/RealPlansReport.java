package io.github.policytasks.parser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Markdown report of a real-plans run: one row per plan with its blind score beside the
 * current score and its floor, a total of the current counts, then the per-task misses of every
 * plan that is not held out. A held-out plan appears in the table only, with aggregate numbers.
 */
final class RealPlansReport {
  private RealPlansReport() {}

  static String markdown(Path texts, Map<String, RealPlanScore> scores, Map<String, Boolean> heldOut,
      Map<String, List<String>> blind, Map<String, RealPlanTables.Floor> floors) {
    StringBuilder out = new StringBuilder();
    out.append("# Real plans: acceptance report\n\n")
        .append("Texts read from `").append(texts.toAbsolutePath()).append("`. Blind = the first run after the plan's")
        .append(" annotation was committed (`blind-scores.tsv`, never changed); now = this run; floor = `floors.tsv`.")
        .append(" Tasks are found/expected (optional items of the annotation not counted); units = lead and")
        .append(" supporting units right; fields = comparator, kind, direction, upper and normalized value right on")
        .append(" matched targets. Held-out plans show aggregate numbers only.\n\n")
        .append("| plan | held out | blind tasks | blind spurious | blind units | blind target F1 | blind fields")
        .append(" | tasks | spurious | units | target P | target R | target F1 | fields | goals F1 | goal fields | title+year | floor |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    RealPlanScore total = new RealPlanScore();
    scores.forEach((plan, s) -> {
      List<String> b = blind.get(plan);
      out.append("| ").append(plan).append(" | ").append(heldOut.get(plan) ? "yes" : "").append(" | ");
      if (b == null) {
        out.append("(not recorded) | | | | | ");
      } else {
        out.append(b.get(4)).append('/').append(b.get(3)).append(" | ").append(b.get(5)).append(" | ")
            .append(b.get(6)).append(" | ").append(b.get(9)).append(" | ").append(b.get(10)).append(" | ");
      }
      RealPlanTables.Floor floor = floors.get(plan);
      out.append(s.tasksFound).append('/').append(s.tasksExpected).append(" | ").append(s.spurious).append(" | ")
          .append(s.unitAccuracy()).append(" | ").append(s.targetPrecision()).append(" | ")
          .append(s.targetRecall()).append(" | ").append(s.targetF1()).append(" | ").append(s.fieldAccuracy())
          .append(" | ").append(s.goalF1()).append(" | ").append(s.goalFieldAccuracy()).append(" | ")
          .append(s.titleYear()).append("/2 | ")
          .append(floor == null ? "none" : floor.breaches(s).isEmpty() ? "ok" : "BELOW:" + floor.breaches(s))
          .append(" |\n");
      add(total, s);
    });
    out.append("| **all** | | | | | | | ").append(total.tasksFound).append('/').append(total.tasksExpected)
        .append(" | ").append(total.spurious).append(" | ").append(total.unitAccuracy()).append(" | ")
        .append(total.targetPrecision()).append(" | ").append(total.targetRecall()).append(" | ")
        .append(total.targetF1()).append(" | ").append(total.fieldAccuracy()).append(" | ").append(total.goalF1())
        .append(" | ").append(total.goalFieldAccuracy()).append(" | | |\n");
    out.append(breakdown(scores));
    out.append("\n## Misses (plans not held out)\n");
    scores.forEach((plan, s) -> {
      if (!heldOut.get(plan)) {
        out.append("\n### ").append(plan).append("\n\n");
        if (s.notes.isEmpty()) {
          out.append("none\n");
        }
        s.notes.forEach(n -> out.append("- ").append(n.replace("|", "\\|")).append('\n'));
      }
    });
    return out.toString();
  }

  private static void add(RealPlanScore total, RealPlanScore s) {
    total.tasksExpected += s.tasksExpected;
    total.tasksFound += s.tasksFound;
    total.spurious += s.spurious;
    total.unitsRight += s.unitsRight;
    total.targetsExpected += s.targetsExpected;
    total.targetsFound += s.targetsFound;
    total.targetsMatched += s.targetsMatched;
    total.fieldsRight += s.fieldsRight;
    total.goalsExpected += s.goalsExpected;
    total.goalsFound += s.goalsFound;
    total.goalsMatched += s.goalsMatched;
    total.goalFieldsRight += s.goalFieldsRight;
    total.taskDeadlinesRight += s.taskDeadlinesRight;
    total.targetFields.add(s.targetFields);
    total.goalFields.add(s.goalFields);
  }

  /**
   * The per-field breakdown, aggregate numbers only and so shown for held-out plans too: for the
   * matched targets and goals, the share with each field right; for tasks found, the share with
   * the annotated deadline; for the plan header, title and year apart.
   */
  static String breakdown(Map<String, RealPlanScore> scores) {
    StringBuilder out = new StringBuilder("\n## Fields, one by one (aggregate; held-out plans included)\n\n")
        .append("Matched = targets (and goals) found with the annotated value and unit; each field column is the share")
        .append(" of them with that field right (unit = the unit of the normalized value; deadline = the date it is due")
        .append(" by, compared only where the annotation dates the target or neither side gives it a date of its own, so")
        .append(" that it is its task's; (n) = compared on n only). Task deadlines = tasks found with the annotated")
        .append(" deadline.\n\n")
        .append("| plan | matched | ");
    for (FieldTally.Field field : FieldTally.Field.values()) {
      out.append(field.label).append(" | ");
    }
    out.append("goals matched | goal fields (");
    for (FieldTally.Field field : FieldTally.Field.values()) {
      out.append(field.ordinal() == 0 ? "" : " ").append(field.label.charAt(0));
    }
    out.append(") | task deadlines | title | year |\n|---|---|");
    out.append("---|".repeat(FieldTally.Field.values().length)).append("---|---|---|---|---|\n");
    RealPlanScore total = new RealPlanScore();
    scores.forEach((plan, s) -> {
      out.append("| ").append(plan).append(" | ");
      row(out, s);
      out.append(s.titleRight ? "right" : "wrong").append(" | ").append(s.yearRight ? "right" : "wrong").append(" |\n");
      add(total, s);
    });
    long titles = scores.values().stream().filter(s -> s.titleRight).count();
    long years = scores.values().stream().filter(s -> s.yearRight).count();
    out.append("| **all** | ");
    row(out, total);
    out.append(titles).append('/').append(scores.size()).append(" | ").append(years).append('/').append(scores.size())
        .append(" |\n");
    return out.toString();
  }

  private static void row(StringBuilder out, RealPlanScore s) {
    out.append(s.targetFields.matched).append(" | ");
    for (FieldTally.Field field : FieldTally.Field.values()) {
      out.append(s.targetFields.cell(field)).append(" | ");
    }
    out.append(s.goalFields.matched).append(" | ");
    for (FieldTally.Field field : FieldTally.Field.values()) {
      out.append(field.ordinal() == 0 ? "" : " ").append(s.goalFields.cell(field));
    }
    out.append(" | ").append(s.taskDeadlineAccuracy()).append(" | ");
  }
}
