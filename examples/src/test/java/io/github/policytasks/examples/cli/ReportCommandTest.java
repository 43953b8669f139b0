package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;
  private Path planJson;
  private Path html;

  @BeforeEach
  void writePlan() throws IOException {
    planJson = dir.resolve("sample.json");
    Files.writeString(planJson, PlanJson.write(SamplePlans.small()));
    html = dir.resolve("out.html");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void report_writesOneHtmlFileWithEachTargetsStatus() throws IOException {
    Path actuals = dir.resolve("actuals.csv");
    Files.writeString(actuals, "target,actual\nt1.g1,5家\nt2.g1,30000亩\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("report", planJson.toString(), "--actuals", actuals.toString(),
        "-o", html.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").doesNotContainPattern("(src|href|url)[=(]\"?https?:");
    assertThat(count(page, "<td class=\"target\"[^>]*data-status=\"EXCEEDED\"")).isEqualTo(1);
    assertThat(count(page, "<td class=\"target\"[^>]*data-status=\"SHORT\"")).isEqualTo(1);
    assertThat(count(page, "<td class=\"target\"[^>]*data-status=\"NOT_REPORTED\"")).isEqualTo(2);
  }

  @Test
  void report_withoutFile_reportsTheSeedWithNothingReported() {
    Cli.Result result = Cli.run("report", "-o", html.toString());

    assertThat(result.exitCode()).isZero();
    String page;
    try {
      page = Files.readString(html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(count(page, "<tr class=\"task\"")).isEqualTo(76);
    assertThat(count(page, "<td class=\"target\"[^>]*data-status=\"NOT_REPORTED\"")).isEqualTo(144);
  }

  @Test
  void report_badRowInActuals_isSkippedWithOneLineEachAndTheReportIsWritten() throws IOException {
    Path actuals = dir.resolve("actuals.csv");
    Files.writeString(actuals, "target,actual\nt1.g1,five\nt2.g1,30000亩\n",
        StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("report", planJson.toString(), "--actuals", actuals.toString(),
        "-o", html.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("policy-tasks: skipped ");
    assertThat(Files.exists(html)).isTrue();
  }

  @Test
  void report_withoutOutput_isRefusedWithOneLineAndExit2() {
    Cli.Result result = Cli.run("report");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("--output");
  }
}
