package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 4: the command line never fails silently. */
class SilentFailureTest {
  @TempDir Path dir;

  /** An output that fails every write with {@code message}, counting the bytes offered. */
  private static final class FailingOutput extends OutputStream {
    private final String message;
    long offered;

    FailingOutput(String message) {
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      offered++;
      throw new IOException(message);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      offered += len;
      throw new IOException(message);
    }
  }

  private record Run(int exitCode, String err, long offered) {}

  private static Run run(FailingOutput out, byte[] stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PolicyTasks.run(args, new ByteArrayInputStream(stdin), out, err, false);
    return new Run(code, err.toString(StandardCharsets.UTF_8), out.offered);
  }

  private Path seed() throws IOException {
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, Seeds.jiaxiang2023Text());
    return seed;
  }

  @Test
  void parse_fullDisk_isOneLineWithExitCode2() throws IOException {
    Run run = run(new FailingOutput("No space left on device"), new byte[0], "parse",
        seed().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("policy-tasks: cannot write standard output: No space left on device\n");
  }

  @Test
  void parse_closedPipe_stopsQuietlyWithStatus141() throws IOException {
    Run run = run(new FailingOutput("Broken pipe"), new byte[0], "parse", seed().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BROKEN_PIPE).isEqualTo(141);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonl_closedPipe_stopsAtTheFirstFailedLine() throws IOException {
    for (int i = 0; i < 20; i++) {
      Files.writeString(dir.resolve("plan-" + i + ".txt"), Seeds.jiaxiang2023Text());
    }

    Run run = run(new FailingOutput("Broken pipe"), new byte[0], "parse", "--jsonl",
        dir.toString());

    assertThat(run.exitCode()).isEqualTo(141);
    assertThat(run.err()).isEmpty();
    assertThat(run.offered()).as("bytes offered after the pipe closed").isLessThan(300_000);
  }

  @Test
  void versionAndHelp_fullDisk_areOneLineNotAStackTrace() {
    for (String option : new String[] {"--version", "--help"}) {
      Run run = run(new FailingOutput("No space left on device"), new byte[0], option);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).hasLineCount(1).startsWith("policy-tasks: cannot write");
    }
  }

  @Test
  void ledger_fullDisk_isOneLineWithExitCode2() {
    Run run = run(new FailingOutput("No space left on device"), new byte[0], "ledger");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1);
  }

  @Test
  void parse_inputOverTheLimit_isRefusedOnOneLineBeforeItIsRead() {
    byte[] stdin = new byte[5000];

    Cli.Result result = Cli.runWith(stdin, false, "parse", "--max-input-size", "4K", "-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("policy-tasks: standard input: larger than the input size "
        + "limit of 4 KB (see --max-input-size)\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void parse_badSize_isOneLineWithExitCode2() {
    Cli.Result result = Cli.run("parse", "--max-input-size", "lots", "-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Not a size").hasLineCount(1);
  }

  @Test
  void parse_emptyFile_warnsAndStrictExits1() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);

    Cli.Result lenient = Cli.run("parse", empty.toString());
    Cli.Result strict = Cli.run("parse", "--strict", empty.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).isEqualTo("policy-tasks: warning: " + empty + ": empty file\n");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo(lenient.err());
    assertThat(strict.out()).isEmpty();
  }

  @Test
  void parse_planWithoutTask_warnsAndStrictExits1() {
    byte[] text = "这是一段普通的文字，没有编号的任务。\n".getBytes(StandardCharsets.UTF_8);

    Cli.Result lenient = Cli.runWith(text, false, "parse", "-");
    Cli.Result strict = Cli.runWith(text, false, "parse", "--strict", "-");

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).isEqualTo(
        "policy-tasks: warning: standard input: " + SinglePlan.NO_TASK + "\n");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo(lenient.err());
  }

  @Test
  void parse_mostlyUndecodableInput_warns() {
    byte[] noise = new byte[600];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 2 == 0 ? 0x80 : 0xFF);
    }

    Cli.Result result = Cli.runWith(noise, false, "parse", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEqualTo("policy-tasks: warning: standard input: mostly "
        + "unreadable: more than half of the characters could not be decoded\n");
  }

  @Test
  void parse_blankInput_warns() {
    Cli.Result result = Cli.runWith(" \n\u3000\n".getBytes(StandardCharsets.UTF_8), false,
        "parse", "-");

    assertThat(result.err()).isEqualTo(
        "policy-tasks: warning: standard input: blank file: only white space\n");
  }
}
