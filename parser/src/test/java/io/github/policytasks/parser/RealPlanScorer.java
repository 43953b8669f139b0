package io.github.policytasks.parser;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policytasks.core.Amount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores a parsed plan, given as its JSON contract ({@code PlanJson}), against an annotation in
 * the real-plans format ({@code real-plans/README.md}). Tasks are paired by {@link
 * TaskAlignment}; within a pair, targets are matched on value and unit as written (first
 * unmatched candidate in order), and a matched target's comparator, kind, direction, upper value
 * and normalized value are compared exactly. Goals are pooled over the plan and matched the same
 * way. Works on JSON so that it scores the contract, whatever the Java model looks like.
 */
final class RealPlanScorer {
  private RealPlanScorer() {}

  /** The score of {@code parsed} against {@code expected}. */
  static RealPlanScore score(JsonNode expected, JsonNode parsed) {
    RealPlanScore score = new RealPlanScore();
    scoreTitleAndYear(expected, parsed, score);
    List<JsonNode> wanted = new ArrayList<>();
    expected.path("tasks").forEach(wanted::add);
    List<FoundTask> found = foundTasks(parsed);
    List<TaskAlignment.Key> wantedKeys = new ArrayList<>();
    for (JsonNode want : wanted) {
      wantedKeys.add(new TaskAlignment.Key(want.path("section").asInt(),
          want.hasNonNull("subsection") ? want.get("subsection").asInt() : null,
          want.path("number").asInt(), want.path("startsWith").asText("")));
    }
    List<TaskAlignment.Key> foundKeys = new ArrayList<>();
    found.forEach(f -> foundKeys.add(f.key));
    Integer[] partner = new Integer[wanted.size()];
    boolean[] paired = new boolean[found.size()];
    for (int[] pair : TaskAlignment.align(wantedKeys, foundKeys)) {
      partner[pair[0]] = pair[1];
      paired[pair[1]] = true;
    }
    for (int i = 0; i < wanted.size(); i++) {
      JsonNode want = wanted.get(i);
      boolean optional = want.path("optional").asBoolean(false);
      String where = where(want, i);
      if (!optional) {
        score.tasksExpected++;
      }
      if (partner[i] == null) {
        if (!optional) {
          score.notes.add(where + ": task not found");
          score.targetsExpected += required(want.path("targets"));
        }
        continue;
      }
      if (optional) {
        continue;
      }
      JsonNode got = found.get(partner[i]).task;
      score.tasksFound++;
      List<String> leads = names(got.path("leadUnits"));
      List<String> supports = names(got.path("supportingUnits"));
      if (leads.equals(strings(want.path("leads")))
          && new HashSet<>(supports).equals(new HashSet<>(strings(want.path("supports"))))
          && supports.size() == strings(want.path("supports")).size()) {
        score.unitsRight++;
      } else {
        score.notes.add(where + ": leads " + leads + " supports " + supports + ", expected "
            + strings(want.path("leads")) + " / " + strings(want.path("supports")));
      }
      String deadline = textOrNull(got.get("deadline"));
      String wantDeadline = textOrNull(want.get("deadline"));
      if (Objects.equals(deadline, wantDeadline)) {
        score.taskDeadlinesRight++;
      } else {
        score.notes.add(where + ": deadline " + deadline + ", expected " + wantDeadline);
      }
      Counts counts = match(where, want.path("targets"), list(got.path("targets")), score.notes,
          score.targetFields, true, wantDeadline, deadline);
      score.targetsExpected += counts.expected;
      score.targetsFound += counts.found;
      score.targetsMatched += counts.matched;
      score.fieldsRight += counts.fieldsRight;
    }
    for (int j = 0; j < found.size(); j++) {
      if (!paired[j]) {
        FoundTask extra = found.get(j);
        score.spurious++;
        score.targetsFound += extra.task.path("targets").size();
        score.notes.add("spurious task s" + extra.key.section() + " " + extra.task.path("label").asText("")
            + " " + abbreviate(extra.key.opening()));
      }
    }
    scoreGoals(expected, parsed, score);
    return score;
  }

  private static void scoreTitleAndYear(JsonNode expected, JsonNode parsed, RealPlanScore score) {
    String title = parsed.hasNonNull("title") ? parsed.get("title").asText().strip() : null;
    List<String> titles = new ArrayList<>(strings(expected.path("titleAlt")));
    titles.add(expected.path("title").asText());
    boolean untitled = !expected.hasNonNull("title");
    score.titleRight = untitled ? title == null : title != null && titles.contains(title);
    if (!score.titleRight) {
      score.notes.add("title " + title + ", expected " + expected.path("title").asText());
    }
    score.yearRight = expected.hasNonNull("year")
        ? parsed.hasNonNull("year") && parsed.get("year").asInt() == expected.path("year").asInt()
        : !parsed.hasNonNull("year");
    if (!score.yearRight) {
      score.notes.add("year " + parsed.path("year") + ", expected " + expected.path("year"));
    }
  }

  private static void scoreGoals(JsonNode expected, JsonNode parsed, RealPlanScore score) {
    List<JsonNode> wanted = new ArrayList<>();
    expected.path("sections").forEach(s -> s.path("goals").forEach(wanted::add));
    List<JsonNode> got = new ArrayList<>();
    parsed.path("sections").forEach(s -> s.path("goals").forEach(got::add));
    JsonNode wantedArray = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().addAll(wanted);
    Counts counts = match("goals", wantedArray, got, score.notes, score.goalFields, false, null, null);
    score.goalsExpected = counts.expected;
    score.goalsFound = counts.found;
    score.goalsMatched = counts.matched;
    score.goalFieldsRight = counts.fieldsRight;
  }

  private static final class Counts {
    int expected;
    int found;
    int matched;
    int fieldsRight;
  }

  /**
   * Matches the annotated targets against the found ones and tallies the fields of each match;
   * {@code taskTarget} is false for goals, and {@code wantTaskDeadline} and {@code gotTaskDeadline}
   * are the deadlines of the task, which a target without a deadline of its own takes.
   */
  private static Counts match(String where, JsonNode wanted, List<JsonNode> got, List<String> notes,
      FieldTally tally, boolean taskTarget, @Nullable String wantTaskDeadline, @Nullable String gotTaskDeadline) {
    Counts counts = new Counts();
    List<JsonNode> unmatched = new ArrayList<>(got);
    counts.found = got.size();
    for (JsonNode want : wanted) {
      if (want.path("optional").asBoolean(false)) {
        continue;
      }
      counts.expected++;
      JsonNode hit = take(want, unmatched);
      if (hit == null) {
        notes.add(where + ": missed " + want.path("text").asText() + " (" + want.path("value").asText()
            + " " + want.path("unit").asText() + ")");
        continue;
      }
      counts.matched++;
      Map<FieldTally.Field, Boolean> right = fieldsRight(want, hit, taskTarget, wantTaskDeadline, gotTaskDeadline);
      tally.count(right);
      if (Boolean.FALSE.equals(right.get(FieldTally.Field.DEADLINE)) || !right.get(FieldTally.Field.UNIT)) {
        notes.add(where + ": " + want.path("text").asText() + " → due " + dueBy(hit, gotTaskDeadline) + " (want "
            + dueBy(want, wantTaskDeadline) + "), normalized unit " + textOrNull(hit.path("normalized").get("unit"))
            + " (want " + textOrNull(want.get("normalizedUnit")) + ")");
      }
      String wrong = wrongFields(want, hit);
      if (wrong.isEmpty()) {
        counts.fieldsRight++;
      } else {
        notes.add(where + ": " + want.path("text").asText() + " →" + wrong);
      }
    }
    for (JsonNode want : wanted) {
      if (want.path("optional").asBoolean(false) && take(want, unmatched) != null) {
        counts.found--;
      }
    }
    for (JsonNode extra : unmatched) {
      notes.add(where + ": extra " + extra.path("text").asText());
    }
    return counts;
  }

  /** Removes and returns the first candidate with the annotated value and unit, or null. */
  private static @Nullable JsonNode take(JsonNode want, List<JsonNode> candidates) {
    for (JsonNode candidate : candidates) {
      if (sameAmount(candidate.path("value").path("amount"), want.path("value"))
          && candidate.path("value").path("unit").asText().equals(want.path("unit").asText())) {
        candidates.remove(candidate);
        return candidate;
      }
    }
    return null;
  }

  /**
   * Which fields of a matched target agree with the annotation: the five of {@link #wrongFields};
   * the unit of its normalized value ({@code normalizedUnit}, null on both sides when the unit is
   * unknown); and the date it is due by. That date is compared only where both sides define it
   * the same way: a deadline the annotation states on the target itself, or, for a task's target
   * without a deadline of its own on either side, its task's deadline. A goal, or a target the
   * parser dates itself where the annotation does not, leaves the deadline uncompared.
   */
  static Map<FieldTally.Field, Boolean> fieldsRight(JsonNode want, JsonNode got, boolean taskTarget,
      @Nullable String wantTaskDeadline, @Nullable String gotTaskDeadline) {
    Map<FieldTally.Field, Boolean> right = new EnumMap<>(FieldTally.Field.class);
    right.put(FieldTally.Field.COMPARATOR,
        Objects.equals(got.path("comparator").asText(null), want.path("comparator").asText(null)));
    right.put(FieldTally.Field.KIND, Objects.equals(got.path("kind").asText(null), want.path("kind").asText(null)));
    right.put(FieldTally.Field.DIRECTION,
        Objects.equals(textOrNull(got.get("direction")), textOrNull(want.get("direction"))));
    right.put(FieldTally.Field.UPPER, upperRight(want, got));
    right.put(FieldTally.Field.NORMALIZED, normalizedRight(want, got));
    right.put(FieldTally.Field.UNIT,
        Objects.equals(textOrNull(got.path("normalized").get("unit")), textOrNull(want.get("normalizedUnit"))));
    if (want.has("deadline")) {
      right.put(FieldTally.Field.DEADLINE, Objects.equals(dueBy(got, gotTaskDeadline), textOrNull(want.get("deadline"))));
    } else if (taskTarget && !got.hasNonNull("deadline")) {
      right.put(FieldTally.Field.DEADLINE, Objects.equals(gotTaskDeadline, wantTaskDeadline));
    }
    return right;
  }

  /** The date a target is due by: its own deadline, else its task's (null for a goal without one). */
  private static @Nullable String dueBy(JsonNode target, @Nullable String taskDeadline) {
    return target.hasNonNull("deadline") ? target.get("deadline").asText() : taskDeadline;
  }

  /** The fields of a matched target that differ from the annotation, as " field got (want …)". */
  static String wrongFields(JsonNode want, JsonNode got) {
    StringBuilder wrong = new StringBuilder();
    compare(wrong, "comparator", got.path("comparator").asText(null), want.path("comparator").asText(null));
    compare(wrong, "kind", got.path("kind").asText(null), want.path("kind").asText(null));
    compare(wrong, "direction", textOrNull(got.get("direction")), textOrNull(want.get("direction")));
    if (!upperRight(want, got)) {
      wrong.append(" upper ").append(got.path("upper").get("amount")).append(" (want ").append(want.get("upper"))
          .append(')');
    }
    if (!normalizedRight(want, got)) {
      wrong.append(" normalized ").append(got.path("normalized").path("amount").asText(null))
          .append(" (want ").append(want.path("normalized").asText()).append(')');
    }
    return wrong.toString();
  }

  /** The range's upper value agrees: none on both sides, or the same amount. */
  private static boolean upperRight(JsonNode want, JsonNode got) {
    JsonNode wantUpper = want.get("upper");
    JsonNode gotUpper = got.path("upper").get("amount");
    return (wantUpper == null || wantUpper.isNull())
        ? gotUpper == null || gotUpper.isNull()
        : sameAmount(gotUpper == null ? com.fasterxml.jackson.databind.node.NullNode.instance : gotUpper, wantUpper);
  }

  /** The normalized value agrees: none on both sides, or the same amount. */
  private static boolean normalizedRight(JsonNode want, JsonNode got) {
    JsonNode wantNormalized = want.get("normalized");
    JsonNode gotNormalized = got.path("normalized").get("amount");
    return (wantNormalized == null || wantNormalized.isNull())
        ? gotNormalized == null || gotNormalized.isNull()
        : sameAmount(got.path("normalized").path("amount"), wantNormalized);
  }

  private static void compare(StringBuilder wrong, String field, @Nullable String got, @Nullable String want) {
    if (!Objects.equals(got, want)) {
      wrong.append(' ').append(field).append(' ').append(got).append(" (want ").append(want).append(')');
    }
  }

  private static boolean sameAmount(JsonNode got, JsonNode want) {
    if (got == null || got.isNull() || got.isMissingNode() || want == null || want.isNull() || want.isMissingNode()) {
      return false;
    }
    try {
      return Amount.parse(got.asText()).isEquivalentTo(Amount.parse(want.asText()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private record FoundTask(JsonNode task, TaskAlignment.Key key) {}

  /** Every task of the parsed plan in document order, with its 1-based section and subsection. */
  private static List<FoundTask> foundTasks(JsonNode parsed) {
    List<FoundTask> all = new ArrayList<>();
    int sectionIndex = 0;
    for (JsonNode section : parsed.path("sections")) {
      sectionIndex++;
      int sectionKey = section.path("number").asInt(-1) == 0 ? 0 : sectionIndex;
      List<FoundTask> inSection = new ArrayList<>();
      section.path("tasks").forEach(t -> inSection.add(found(t, sectionKey, null)));
      int subIndex = 0;
      for (JsonNode subsection : section.path("subsections")) {
        subIndex++;
        int sub = subIndex;
        subsection.path("tasks").forEach(t -> inSection.add(found(t, sectionKey, sub)));
      }
      inSection.sort((a, b) -> Integer.compare(a.task.path("span").path("start").asInt(),
          b.task.path("span").path("start").asInt()));
      all.addAll(inSection);
    }
    return all;
  }

  private static FoundTask found(JsonNode task, int section, @Nullable Integer subsection) {
    String opening = task.path("title").asText("") + " " + task.path("text").asText("");
    return new FoundTask(task, new TaskAlignment.Key(section, subsection, task.path("number").asInt(), opening));
  }

  /** Where an expected task is: section, subsection, label and its 1-based position in the annotation. */
  private static String where(JsonNode want, int index) {
    return "#" + (index + 1) + " s" + want.path("section").asInt()
        + (want.hasNonNull("subsection") ? "." + want.get("subsection").asInt() : "")
        + " " + want.path("label").asText(want.path("number").asText());
  }

  private static int required(JsonNode targets) {
    int n = 0;
    for (JsonNode t : targets) {
      if (!t.path("optional").asBoolean(false)) {
        n++;
      }
    }
    return n;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<String> names(JsonNode units) {
    List<String> out = new ArrayList<>();
    units.forEach(u -> out.add(u.path("name").asText()));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static @Nullable String textOrNull(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String abbreviate(String text) {
    String squeezed = TaskAlignment.squeeze(text);
    return squeezed.length() <= 20 ? squeezed : squeezed.substring(0, 20) + "…";
  }
}
