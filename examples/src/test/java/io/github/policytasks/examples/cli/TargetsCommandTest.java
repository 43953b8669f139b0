package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.SamplePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetsCommandTest {
  @TempDir Path dir;
  private Path planJson;

  @BeforeEach
  void writePlan() throws IOException {
    planJson = dir.resolve("sample.json");
    Files.writeString(planJson, PlanJson.write(SamplePlans.small()));
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of(List.<String>of(), List.of("t1.g1", "t1.g2", "t2.g1", "t2.g2")),
        Arguments.of(List.of("--lead-unit", "县水务局"), List.of("t2.g1", "t2.g2")),
        Arguments.of(List.of("--lead-unit", "县工业和信息化局"), List.of("t1.g1", "t1.g2")),
        Arguments.of(List.of("--lead-unit", "县财政局"), List.of()),
        Arguments.of(List.of("--section", "1"), List.of("t1.g1", "t1.g2")),
        Arguments.of(List.of("--dimension", "area"), List.of("t2.g1")),
        Arguments.of(List.of("--kind", "GROWTH"), List.of("t2.g2")),
        Arguments.of(List.of("--comparator", "at_least"), List.of("t1.g1")),
        Arguments.of(List.of("--section", "2", "--kind", "amount"), List.of("t2.g1")));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void targets_keepsOnlyTargetsPassingEveryFilter(List<String> filter, List<String> expectedIds) {
    List<String> args = new ArrayList<>(List.of("targets", planJson.toString(), "--format", "csv"));
    args.addAll(filter);

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isZero();
    List<String> rows = result.out().lines().skip(1).toList();
    assertThat(rows).hasSize(expectedIds.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i)).contains("," + expectedIds.get(i) + ",");
    }
  }
}
