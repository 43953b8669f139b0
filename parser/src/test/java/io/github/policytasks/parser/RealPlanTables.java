package io.github.policytasks.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two committed tables of the real-plans folder, tab-separated with one header line:
 * {@code blind-scores.tsv} (each plan's first-run score, written once, never changed) and
 * {@code floors.tsv} (the score each plan must not fall below). Rows are keyed by plan basename;
 * rows are only ever appended.
 */
final class RealPlanTables {
  static final String BLIND_HEADER = String.join("\t", "plan", "date", "commit", "tasksExpected", "tasksFound",
      "spurious", "unitAcc", "targetP", "targetR", "targetF1", "fieldAcc", "goalF1", "titleYear");
  static final String FLOOR_HEADER = String.join("\t", "plan", "minTasksFound", "maxSpurious", "minUnitAcc",
      "minTargetF1", "minFieldAcc");

  private RealPlanTables() {}

  /** A plan's floor: the current score must be at least this good on every measure. */
  record Floor(int minTasksFound, int maxSpurious, BigDecimal minUnitAcc, BigDecimal minTargetF1,
      BigDecimal minFieldAcc) {
    static Floor of(RealPlanScore score) {
      return new Floor(score.tasksFound, score.spurious, score.unitAccuracy(), score.targetF1(), score.fieldAccuracy());
    }

    /** What falls below the floor, empty when nothing does. */
    String breaches(RealPlanScore score) {
      StringBuilder out = new StringBuilder();
      if (score.tasksFound < minTasksFound) {
        out.append(" tasksFound ").append(score.tasksFound).append(" < ").append(minTasksFound);
      }
      if (score.spurious > maxSpurious) {
        out.append(" spurious ").append(score.spurious).append(" > ").append(maxSpurious);
      }
      below(out, "unitAcc", score.unitAccuracy(), minUnitAcc);
      below(out, "targetF1", score.targetF1(), minTargetF1);
      below(out, "fieldAcc", score.fieldAccuracy(), minFieldAcc);
      return out.toString();
    }

    private static void below(StringBuilder out, String name, BigDecimal value, BigDecimal floor) {
      if (value.compareTo(floor) < 0) {
        out.append(' ').append(name).append(' ').append(value).append(" < ").append(floor);
      }
    }

    String row(String plan) {
      return String.join("\t", plan, Integer.toString(minTasksFound), Integer.toString(maxSpurious),
          minUnitAcc.toPlainString(), minTargetF1.toPlainString(), minFieldAcc.toPlainString());
    }
  }

  /** The rows of a table by plan (first column), each row split on tabs; empty when the file is absent. */
  static Map<String, List<String>> read(Path file) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return rows;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        if (!line.isBlank()) {
          List<String> cells = List.of(line.split("\t", -1));
          rows.putIfAbsent(cells.get(0), cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The floors in {@code file} by plan. */
  static Map<String, Floor> floors(Path file) {
    Map<String, Floor> floors = new LinkedHashMap<>();
    read(file).forEach((plan, c) -> floors.put(plan, new Floor(Integer.parseInt(c.get(1)), Integer.parseInt(c.get(2)),
        new BigDecimal(c.get(3)), new BigDecimal(c.get(4)), new BigDecimal(c.get(5)))));
    return floors;
  }

  /** The blind-score row of a plan. */
  static String blindRow(String plan, String date, String commit, RealPlanScore s) {
    return String.join("\t", plan, date, commit, Integer.toString(s.tasksExpected), Integer.toString(s.tasksFound),
        Integer.toString(s.spurious), s.unitAccuracy().toPlainString(), s.targetPrecision().toPlainString(),
        s.targetRecall().toPlainString(), s.targetF1().toPlainString(), s.fieldAccuracy().toPlainString(),
        s.goalF1().toPlainString(), Integer.toString(s.titleYear()));
  }

  /** Appends {@code row} to {@code file}, writing {@code header} first when the file is new. */
  static void append(Path file, String header, String row) {
    try {
      if (!Files.exists(file)) {
        Files.writeString(file, header + "\n", StandardCharsets.UTF_8);
      }
      Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
