package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blind-score and floor tables of the real-plans folder: rows appended, read back, breaches named. */
class RealPlanTablesTest {
  private static RealPlanScore score(int found, int spurious, int unitsRight) {
    RealPlanScore s = new RealPlanScore();
    s.tasksExpected = 10;
    s.tasksFound = found;
    s.spurious = spurious;
    s.unitsRight = unitsRight;
    s.targetsExpected = 4;
    s.targetsFound = 4;
    s.targetsMatched = 3;
    s.fieldsRight = 3;
    return s;
  }

  @Test
  void floorOfAScore_isMetByThatScoreAndBreachedByAWorseOne() {
    RealPlanTables.Floor floor = RealPlanTables.Floor.of(score(9, 1, 8));
    assertThat(floor.breaches(score(9, 1, 8))).isEmpty();
    assertThat(floor.breaches(score(10, 0, 9))).isEmpty();
    assertThat(floor.breaches(score(8, 2, 7)))
        .isEqualTo(" tasksFound 8 < 9 spurious 2 > 1 unitAcc 0.700 < 0.800");
  }

  @Test
  void rowsAreAppendedUnderOneHeaderAndReadBackByPlan(@TempDir Path dir) throws IOException {
    Path floors = dir.resolve("floors.tsv");
    RealPlanTables.append(floors, RealPlanTables.FLOOR_HEADER, RealPlanTables.Floor.of(score(9, 1, 8)).row("a"));
    RealPlanTables.append(floors, RealPlanTables.FLOOR_HEADER, RealPlanTables.Floor.of(score(10, 0, 10)).row("b"));
    assertThat(Files.readAllLines(floors)).hasSize(3).first().isEqualTo(RealPlanTables.FLOOR_HEADER);
    assertThat(RealPlanTables.floors(floors).get("a"))
        .isEqualTo(new RealPlanTables.Floor(9, 1, new BigDecimal("0.800"), new BigDecimal("0.750"), new BigDecimal("1.000")));
    Path blind = dir.resolve("blind-scores.tsv");
    RealPlanTables.append(blind, RealPlanTables.BLIND_HEADER, RealPlanTables.blindRow("a", "2026-11-30", "abc", score(9, 1, 8)));
    assertThat(RealPlanTables.read(blind).get("a"))
        .containsExactly("a", "2026-11-30", "abc", "10", "9", "1", "0.800", "0.750", "0.750", "0.750", "1.000", "1.000", "0");
  }
}
