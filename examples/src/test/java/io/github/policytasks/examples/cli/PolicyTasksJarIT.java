package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.examples.ledger.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code policy-tasks.jar} in its own JVM, as a user would. Runs in the
 * integration-test phase, where the build sets {@code policytasks.jar}; skipped elsewhere.
 */
class PolicyTasksJarIT {
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    String property = System.getProperty("policytasks.jar");
    assumeTrue(property != null, "policytasks.jar is set only in the integration-test phase");
    jar = Path.of(property);
    assertThat(jar).isRegularFile();
  }

  private record Run(int exitCode, byte[] out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  @Test
  void jar_version_runsWithEverythingInside() throws Exception {
    Run run = java("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(new String(run.out(), StandardCharsets.UTF_8)).startsWith("policy-tasks ");
  }

  @Test
  void jar_noArguments_printsTheSeedLedger() throws Exception {
    Run run = java();

    assertThat(run.exitCode()).isZero();
    assertThat(new String(run.out(), StandardCharsets.UTF_8))
        .startsWith("Sec  Task").contains("1. 搭建创新平台").contains("76. 着力稳金融防风险");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jar_ledgerCsv_writesUtf8WithBom() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, PlanJson.write(SamplePlans.small()));

    Run run = java("ledger", plan.toString(), "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(Arrays.copyOf(run.out(), 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(run.out(), StandardCharsets.UTF_8)).contains("县科技局、县工业和信息化局");
  }

  @Test
  void jar_missingFile_isOneLineOnStderrWithExitCode2() throws Exception {
    Run run = java("ledger", dir.resolve("missing.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("policy-tasks: no such file: ").hasLineCount(1);
  }
}
