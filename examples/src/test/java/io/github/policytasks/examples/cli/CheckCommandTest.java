package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.examples.ledger.SamplePlans;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
  @TempDir Path dir;
  private Path planJson;

  @BeforeEach
  void writePlan() throws IOException {
    planJson = dir.resolve("sample.json");
    Files.writeString(planJson, PlanJson.write(SamplePlans.small()));
  }

  private Cli.Result check(String csv, String... options) throws IOException {
    Path actuals = dir.resolve("actuals.csv");
    Files.writeString(actuals, csv, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("check", planJson.toString(), "--actuals",
        actuals.toString()));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void check_missedTarget_printsGapAndExits1() throws IOException {
    Cli.Result result = check("target,actual\nt1.g1,5家\nt2.g1,30000亩\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Status     Target");
    assertThat(lines.get(2)).startsWith("met        t1.g1").contains("4家以上").endsWith("5家");
    assertThat(lines.get(3)).startsWith("no actual  t1.g2");
    assertThat(lines.get(4)).startsWith("missed     t2.g1").contains("30000亩")
        .endsWith("0.46 万亩 short");
    assertThat(lines.get(5)).startsWith("no actual  t2.g2");
    assertThat(result.out()).contains("\nLead unit         Targets  Met  Missed  No actual\n")
        .contains("\n县科技局                2    1       0          1\n")
        .contains("\n县工业和信息化局        2    1       0          1\n")
        .contains("\n县水务局                2    0       1          1\n")
        .endsWith("\n4 targets: 1 met, 1 missed, 2 without an actual\n");
  }

  @Test
  void check_csv_hasBomAndOneRowPerTargetWithExactGap() throws IOException {
    Cli.Result result = check("t1.g1,5家\nt2.g1,30000亩\n", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith("\uFEFFstatus,targetId,taskId,");
    List<String> rows = List.of(result.out().substring(1).split("\r\n"));
    assertThat(rows).hasSize(1 + 4);
    assertThat(rows.get(1))
        .isEqualTo("met,t1.g1,t1,搭建创新平台,县科技局、县工业和信息化局,4家以上,AT_LEAST,4,,家,5家,,,");
    assertThat(rows.get(2)).startsWith("no actual,t1.g2,");
    assertThat(rows.get(3)).endsWith(",30000亩,0.46,万亩,BELOW");
  }

  @Test
  void check_nothingMissed_exits0() throws IOException {
    Cli.Result result = check("t1.g2,151亿元\nt2.g2,9%\n");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("met        t1.g2").contains("met        t2.g2")
        .endsWith("4 targets: 2 met, 0 missed, 2 without an actual\n");
  }

  @Test
  void check_aboveRange_saysOver() throws IOException {
    Cli.Result result = check("t2.g2,12%\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("2 % over");
  }

  @Test
  void check_actualInOtherUnitOfTheDimension_isConverted() throws IOException {
    assertThat(check("t1.g2,15000000001元\n").exitCode()).isZero();
    assertThat(check("t1.g2,15000000000元\n").out()).contains("missed     t1.g2");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "t9.g1,5家|actuals.csv:1: the plan has no target t9.g1",
    "t1.g1,5家\\nt1.g1|actuals.csv:2: expected 2 fields (target id, actual figure), found 1",
    "t1.g1,很多|actuals.csv:1: cannot read the figure \"很多\": ",
    "t1.g1,5亿元|actuals.csv:1: Cannot check 5亿元 against target t1.g1",
  })
  void check_badActuals_areOneLineWithExitCode2(String csv, String message) throws IOException {
    Cli.Result result = check(csv.replace("\\n", "\n"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("policy-tasks: " + dir.resolve(message)).hasLineCount(1);
  }

  @Test
  void check_withoutActualsOption_isAUsageError() {
    Cli.Result result = Cli.run("check", planJson.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--actuals").hasLineCount(1);
  }

  @Test
  void check_missingActualsFile_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("check", planJson.toString(), "--actuals", dir.resolve("none.csv")
        .toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("policy-tasks: no such file: " + dir.resolve("none.csv") + "\n");
  }

  @Test
  void check_notUtf8Actuals_isOneLineWithExitCode2() throws IOException {
    Path actuals = dir.resolve("gbk.csv");
    Files.write(actuals, "t1.g1,5家".getBytes(Charset.forName("GBK")));

    Cli.Result result = Cli.run("check", planJson.toString(), "--actuals", actuals.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("policy-tasks: " + actuals + ": not UTF-8 text\n");
  }

  @Test
  void check_badTolerance_isOneLineWithExitCode2() throws IOException {
    Cli.Result result = check("t1.g1,5家\n", "--tolerance", "-0.1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("policy-tasks: --tolerance -0.1: ").hasLineCount(1);
  }

  @Test
  void check_bareAsAtLeast_treatsBareFiguresAsFloors() throws IOException {
    assertThat(check("t2.g1,4万亩\n").exitCode()).isEqualTo(1);
    assertThat(check("t2.g1,4万亩\n", "--bare-as", "at_least").exitCode()).isZero();
  }
}
