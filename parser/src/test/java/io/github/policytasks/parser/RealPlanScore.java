package io.github.policytasks.parser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The score of one parsed plan against its annotation: counts, and the ratios the project is
 * judged by, each an exact ratio rounded half-even to three decimals. Optional expected tasks and
 * targets (borderline items of the annotation) count neither as expected nor, when found, as
 * spurious. {@link #notes} are per-task misses, for the report of plans that are not held out.
 */
final class RealPlanScore {
  int tasksExpected;
  int tasksFound;
  int spurious;
  int unitsRight;
  int targetsExpected;
  int targetsFound;
  int targetsMatched;
  int fieldsRight;
  int goalsExpected;
  int goalsFound;
  int goalsMatched;
  int goalFieldsRight;
  int taskDeadlinesRight;
  final FieldTally targetFields = new FieldTally();
  final FieldTally goalFields = new FieldTally();
  boolean titleRight;
  boolean yearRight;
  final List<String> notes = new ArrayList<>();

  /** Share of expected tasks found with leads (in order) and supports (in any order) right. */
  BigDecimal unitAccuracy() {
    return ratio(unitsRight, tasksExpected, 1);
  }

  /** Matched targets over targets found; 1 when none was expected and none found. */
  BigDecimal targetPrecision() {
    return ratio(targetsMatched, targetsFound, targetsExpected == 0 ? 1 : 0);
  }

  /** Matched targets over targets expected; 1 when none was expected. */
  BigDecimal targetRecall() {
    return ratio(targetsMatched, targetsExpected, 1);
  }

  /** Harmonic mean of target precision and recall. */
  BigDecimal targetF1() {
    return f1(targetsMatched, targetsFound, targetsExpected);
  }

  /** Share of matched targets with comparator, kind, direction, upper and normalized value right. */
  BigDecimal fieldAccuracy() {
    return ratio(fieldsRight, targetsMatched, targetsExpected == 0 ? 1 : 0);
  }

  /** F1 of the section goals, as for targets. */
  BigDecimal goalF1() {
    return f1(goalsMatched, goalsFound, goalsExpected);
  }

  /** Share of matched goals with every field right. */
  BigDecimal goalFieldAccuracy() {
    return ratio(goalFieldsRight, goalsMatched, goalsExpected == 0 ? 1 : 0);
  }

  /** Share of tasks found whose deadline is the annotated one (both null counts as right). */
  BigDecimal taskDeadlineAccuracy() {
    return ratio(taskDeadlinesRight, tasksFound, 1);
  }

  /** 2 when title and year are right, 1 when one of them is, else 0. */
  int titleYear() {
    return (titleRight ? 1 : 0) + (yearRight ? 1 : 0);
  }

  private static BigDecimal f1(int matched, int found, int expected) {
    if (found == 0 && expected == 0) {
      return BigDecimal.ONE.setScale(3);
    }
    if (matched == 0) {
      return BigDecimal.ZERO.setScale(3);
    }
    // 2PR/(P+R) with P = m/f and R = m/e is 2m/(f+e), exactly.
    return ratio(2 * matched, found + expected, 0);
  }

  private static BigDecimal ratio(int part, int whole, int whenEmpty) {
    if (whole == 0) {
      return BigDecimal.valueOf(whenEmpty).setScale(3);
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_EVEN);
  }

  /** One line of aggregate numbers, safe to print for a held-out plan. */
  String summary() {
    return String.format(
        "tasks %d/%d, spurious %d, units %s, targets P %s R %s F1 %s, fields %s, goals F1 %s, title+year %d/2",
        tasksFound, tasksExpected, spurious, unitAccuracy(), targetPrecision(), targetRecall(),
        targetF1(), fieldAccuracy(), goalF1(), titleYear());
  }
}
