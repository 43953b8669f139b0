package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.LedgerColumn;
import io.github.policytasks.tracking.ledger.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {
  @TempDir Path dir;
  private Path planJson;

  @BeforeEach
  void writePlan() throws IOException {
    planJson = dir.resolve("sample.json");
    Files.writeString(planJson, PlanJson.write(SamplePlans.small()));
  }

  @Test
  void ledger_csv_startsWithBomAndHasOneRowPerTarget() {
    Cli.Result result = Cli.run("ledger", planJson.toString(), "--format", "csv");

    assertThat(result.exitCode()).isZero();
    assertThat(Arrays.copyOf(result.outBytes(), 3))
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(result.outBytes(), 3, result.outBytes()
        .length - 3, StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(1 + 5);
    assertThat(csv).startsWith(LedgerColumn.SOURCE.key() + ",");
    assertThat(csv).contains("t2.g1").contains("69200000/3");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void ledger_table_isTheDefaultFormat() {
    Cli.Result result = Cli.run("ledger", planJson.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Sec  Task").contains("1. 搭建创新平台").contains("县应急管理局");
  }

  @Test
  void ledger_formatIsCaseInsensitive() {
    assertThat(Cli.run("ledger", planJson.toString(), "--format", "MARKDOWN").out())
        .startsWith("| source |");
  }

  @Test
  void ledger_json_isAnArrayOfRows() {
    Cli.Result result = Cli.run("ledger", planJson.toString(), "--format", "json");

    assertThat(result.out()).startsWith("[").contains("\"targetId\" : \"t1.g1\"");
  }

  @Test
  void ledger_severalFiles_headsEachAndShowsProgressOnlyOnTerminal() throws IOException {
    Path second = dir.resolve("second.json");
    Files.copy(planJson, second);

    Cli.Result quiet = Cli.runWith(new byte[0], false, "ledger", planJson.toString(),
        second.toString());
    Cli.Result terminal = Cli.runWith(new byte[0], true, "ledger", planJson.toString(),
        second.toString());

    assertThat(quiet.out()).contains("== " + planJson).contains("== " + second);
    assertThat(quiet.err()).isEmpty();
    assertThat(terminal.err()).contains("[1/2] " + planJson).contains("[2/2] " + second);
    assertThat(terminal.out()).isEqualTo(quiet.out());
  }

  @Test
  void ledger_missingFile_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("ledger", dir.resolve("nope.txt").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("policy-tasks: no such file: " + dir.resolve("nope.txt") + "\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void ledger_directory_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("ledger", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is a directory").hasLineCount(1);
  }

  @Test
  void ledger_brokenJson_namesTheFileOnOneLine() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"sections\": [ {\"id\": 3}\n]}");

    Cli.Result result = Cli.run("ledger", broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("policy-tasks: " + broken + ": ").hasLineCount(1);
  }
}
