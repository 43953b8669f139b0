package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.SamplePlans;
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
  void check_shortTarget_printsGapAndRatioAndExits1() throws IOException {
    Cli.Result result = check("target,actual\nt1.g1,5家\nt2.g1,30000亩\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).containsPattern("^Status +Target");
    assertThat(lines.get(2)).containsPattern("^exceeded +t1\\.g1").contains("4家以上")
        .contains("5家").contains("1 家 over").endsWith("125.0%");
    assertThat(lines.get(3)).containsPattern("^not reported +t1\\.g2");
    assertThat(lines.get(4)).containsPattern("^short +t2\\.g1").contains("30000亩")
        .contains("0.46 万亩 short").endsWith("86.7%");
    assertThat(lines.get(5)).containsPattern("^not reported +t2\\.g2");
    assertThat(result.out()).containsPattern("\n县水务局 +2 +0 +0 +1 +1 +0\n")
        .endsWith("\n4 targets: 0 met, 1 exceeded, 1 short, 2 not reported, 0 not comparable\n");
  }

  @Test
  void check_csv_hasBomAndOneRowPerTargetWithExactGapAndRatio() throws IOException {
    Cli.Result result = check("t1.g1,5家\nt2.g1,30000亩\n", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith("\uFEFFstatus,状态,targetId,taskId,");
    List<String> rows = List.of(result.out().substring(1).split("\r\n"));
    assertThat(rows).hasSize(1 + 4);
    assertThat(rows.get(1)).isEqualTo("EXCEEDED,超额完成,t1.g1,t1,搭建创新平台,县科技局、县工业和信息化局,"
        + "4家以上,AT_LEAST,4,,家,5家,,1,家,1.25,125.00,");
    assertThat(rows.get(2)).startsWith("NOT_REPORTED,未报送,t1.g2,");
    assertThat(rows.get(3)).endsWith(",30000亩,,0.46,万亩,150/173,86.71,");
  }

  @Test
  void check_everyReportedTargetAttained_exits0() throws IOException {
    Cli.Result result = check("t1.g2,151亿元\nt2.g2,9%\n");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("exceeded +t1\\.g2").containsPattern("met +t2\\.g2")
        .endsWith("4 targets: 1 met, 1 exceeded, 0 short, 2 not reported, 0 not comparable\n");
  }

  @Test
  void check_aboveRange_isExceeded() throws IOException {
    Cli.Result result = check("t2.g2,12%\n");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("2 百分点 over");
  }

  @Test
  void check_actualInOtherUnitOfTheDimension_isConverted() throws IOException {
    assertThat(check("t1.g2,15000000001元\n").exitCode()).isZero();
    assertThat(check("t1.g2,15000000000元\n").out()).containsPattern("short +t1\\.g2");
  }

  @Test
  void check_badRows_areReportedWithRowAndColumn_theOthersChecked_exit1() throws IOException {
    Cli.Result result = check("targetId,实际完成\nt1.g1,很多\nt9.g1,5家\nt1.g2,151亿元\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).containsPattern("exceeded +t1\\.g2")
        .contains("\nSkipped:\n  " + dir.resolve("actuals.csv") + ": row 2, column 2 (实际完成): "
            + "cannot read \"很多\" as a figure")
        .contains("the plan has no target t9.g1")
        .endsWith("; 2 rows skipped\n");
  }

  @Test
  void check_actualOfAnotherDimension_isNotComparable() throws IOException {
    Cli.Result result = check("t1.g1,5亿元\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).containsPattern("not comparable +t1\\.g1")
        .contains("\nNot comparable:\n  t1.g1: the actual 5亿元 is currency (元), the target 4家以上 "
            + "is a count in 家\n");
  }

  @Test
  void check_gbkActualsSavedByExcel_isDetected() throws IOException {
    Path actuals = dir.resolve("gbk.csv");
    Files.write(actuals, "指标编号,实际完成\nt1.g1,5家\n".getBytes(Charset.forName("GBK")));

    Cli.Result result = Cli.run("check", planJson.toString(), "--actuals", actuals.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("exceeded +t1\\.g1");
    assertThat(Cli.run("check", planJson.toString(), "--actuals", actuals.toString(),
        "--actuals-charset", "UTF-8").err())
        .isEqualTo("policy-tasks: " + actuals + ": not UTF-8 text\n");
  }

  @Test
  void check_actualsFromStandardInput() {
    Cli.Result result = Cli.runWith("t1.g1,3家\n".getBytes(StandardCharsets.UTF_8), false,
        "check", planJson.toString(), "--actuals", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).containsPattern("short +t1\\.g1");
  }

  @Test
  void check_unusableActuals_isOneLineWithExitCode2() throws IOException {
    Cli.Result result = check("名称,数值\n企业,5家\n");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("policy-tasks: " + dir.resolve("actuals.csv")
        + ": no header naming a target-id column").hasLineCount(1);
  }

  @Test
  void check_tolerance_acceptsPercent() throws IOException {
    assertThat(check("t2.g1,3.3万亩\n").exitCode()).isEqualTo(1);
    assertThat(check("t2.g1,3.3万亩\n", "--tolerance", "10%").exitCode()).isEqualTo(1);
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
  void check_badTolerance_isOneLineWithExitCode2() throws IOException {
    Cli.Result result = check("t1.g1,5家\n", "--tolerance", "-10%");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("policy-tasks: --tolerance: Not a tolerance: \"-10%\"")
        .hasLineCount(1);
  }
}
