package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path dir;
  private Path seedText;

  @BeforeEach
  void writeSeedText() throws IOException {
    seedText = dir.resolve("plan.txt");
    Files.writeString(seedText, Seeds.jiaxiang2023Text(), StandardCharsets.UTF_8);
  }

  @Test
  void parse_file_printsThePlanJsonOfTheContract() {
    Cli.Result result = Cli.run("parse", seedText.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    Plan plan = PlanJson.read(result.out());
    assertThat(plan).isEqualTo(Seeds.jiaxiang2023());
    assertThat(result.out()).startsWith("{\n  \"schemaVersion\" : \"1\"");
  }

  @Test
  void parse_stdin_readsStandardInput() {
    Cli.Result result = Cli.runWith(
        Seeds.jiaxiang2023Text().getBytes(StandardCharsets.UTF_8), false, "parse", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(PlanJson.read(result.out())).isEqualTo(Seeds.jiaxiang2023());
  }

  @Test
  void parse_gb18030File_detectsTheCharset() throws IOException {
    Path gb = dir.resolve("plan-gb.txt");
    Files.writeString(gb, Seeds.jiaxiang2023Text(), GB18030);

    Cli.Result detected = Cli.run("parse", gb.toString());
    Cli.Result given = Cli.run("parse", "--charset", "GB18030", gb.toString());

    assertThat(PlanJson.read(detected.out()).allTasks()).hasSize(76);
    assertThat(PlanJson.read(given.out())).isEqualTo(PlanJson.read(detected.out()));
  }

  @Test
  void parse_strict_failsOnOneLineAtTheFirstProblem() {
    byte[] text = "一、章节\n1. 任务一\n3. 任务三\n".getBytes(StandardCharsets.UTF_8);

    Cli.Result lenient = Cli.runWith(text, false, "parse", "-");
    Cli.Result strict = Cli.runWith(text, false, "parse", "--strict", "-");

    assertThat(lenient.exitCode()).isZero();
    assertThat(PlanJson.read(lenient.out()).diagnostics()).isNotEmpty();
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).startsWith("policy-tasks: standard input: ").contains("3:1")
        .hasLineCount(1);
  }

  @Test
  void parse_missingFile_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("parse", dir.resolve("none.txt").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("policy-tasks: no such file: " + dir.resolve("none.txt") + "\n");
  }

  @Test
  void parse_jsonFile_isRefusedOnOneLine() throws IOException {
    Path json = dir.resolve("plan.json");
    Files.writeString(json, PlanJson.write(Seeds.jiaxiang2023()), StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("parse", json.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("policy-tasks: " + json + " holds JSON, not plan text: parse reads"
        + " plan text; ledger and targets read an annotated plan's JSON\n");
  }

  @Test
  void parse_binaryFiles_areRefusedOnOneLine() throws IOException {
    Path zip = dir.resolve("plan.jar");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 0, 0, 0x21, 0});
    Path nul = dir.resolve("plan.bin");
    Files.write(nul, new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0x80, 0, 1, 2, 3});

    Cli.Result archive = Cli.run("parse", zip.toString());
    Cli.Result binary = Cli.run("parse", nul.toString());

    assertThat(archive.exitCode()).isEqualTo(2);
    assertThat(archive.err()).startsWith("policy-tasks: " + zip + " is a binary file").hasLineCount(1);
    assertThat(binary.exitCode()).isEqualTo(2);
    assertThat(binary.err()).isEqualTo("policy-tasks: " + nul + " is a binary file (it holds NUL bytes), not plan text\n");
  }

  @Test
  void parse_utf16TextWithBom_isStillRead() throws IOException {
    Path utf16 = dir.resolve("plan-utf16.txt");
    Files.writeString(utf16, "\uFEFF" + Seeds.jiaxiang2023Text(), StandardCharsets.UTF_16BE);

    Cli.Result result = Cli.run("parse", utf16.toString());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(PlanJson.read(result.out()).allTasks()).hasSize(76);
  }

  @Test
  void parse_unknownCharset_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("parse", "--charset", "no-such-charset", seedText.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--charset").hasLineCount(1);
  }

  @Test
  void ledger_textReadOnlyInPart_warnsOnOneLineAndStillPrints() throws IOException {
    Path odd = dir.resolve("odd.txt");
    Files.writeString(odd, "一、章节\n1. 任务一\n3. 任务三\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("ledger", odd.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("1. 任务一").contains("3. 任务三");
    assertThat(result.err()).startsWith("policy-tasks: warning: " + odd + ": ")
        .contains("the first at 3:1").contains("policy-tasks parse " + odd).hasLineCount(1);
  }

  @Test
  void ledger_textFile_isParsed() {
    Cli.Result result = Cli.run("ledger", seedText.toString(), "--format", "csv");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains(",1,\"聚力创新驱动战略,建设高水平创新城市\",t1,1,搭建创新平台,");
  }
}
