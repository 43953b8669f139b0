package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.SamplePlans;
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
    return javaWith(List.of(), null, args);
  }

  private static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(args));
    return command;
  }

  private static Run javaWith(List<String> jvmOptions, java.io.File stdout, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, args))
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    if (stdout != null) {
      builder.redirectOutput(stdout);
    }
    Process process = builder.start();
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

  @Test
  void jar_version_loadsNoJacksonClass() throws Exception {
    Run run = javaWith(List.of("-Xshare:off", "-verbose:class"), null, "--version");

    String loaded = new String(run.out(), StandardCharsets.UTF_8);
    assertThat(run.exitCode()).isZero();
    assertThat(loaded).contains("io.github.policytasks.examples.cli.PolicyTasks")
        .doesNotContain("com.fasterxml.jackson");
  }

  @Test
  void jar_parse_loadsNoPicocliCommandLineNoDataBindingAndNoOtherCommand() throws Exception {
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, io.github.policytasks.seeds.Seeds.jiaxiang2023Text());
    Path log = dir.resolve("classes.log");

    Run run = javaWith(List.of("-Xshare:off", "-Xlog:class+load:file=" + log), null,
        "parse", seed.toString(), "--compact");

    String loaded = Files.readString(log);
    assertThat(run.exitCode()).isZero();
    assertThat(loaded).contains("io.github.policytasks.examples.cli.ParseCommand ")
        .contains("com.fasterxml.jackson.core.JsonGenerator ")
        .doesNotContain("com.fasterxml.jackson.databind")
        .doesNotContain("picocli.CommandLine ")
        .doesNotContain("picocli.CommandLine$Model")
        .doesNotContain("io.github.policytasks.examples.cli.LedgerCommand")
        .doesNotContain("io.github.policytasks.examples.cli.CorpusCommand");
  }

  @Test
  void launcher_parse_printsWhatTheJarPrints_withEveryClassOfTheJarFromTheArchive()
      throws Exception {
    Path launcher = jar.resolveSibling("policy-tasks");
    assumeTrue(Files.isRegularFile(jar.resolveSibling("policy-tasks.jsa")),
        "the class-data archive is made in the package phase");
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, io.github.policytasks.seeds.Seeds.jiaxiang2023Text());
    Path log = dir.resolve("classes.log");
    ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "parse",
        seed.toString(), "--compact");
    builder.environment().put("POLICY_TASKS_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(err).isZero();
    assertThat(out).isEqualTo(java("parse", seed.toString(), "--compact").out());
    List<String> fromTheJar = Files.readAllLines(log).stream()
        .filter(line -> line.contains("source: file:") || line.contains("source: jar:"))
        .toList();
    assertThat(Files.readString(log)).contains("source: shared objects file");
    assertThat(fromTheJar).isEmpty();
  }

  @Test
  void jar_parseToAFullDisk_exitsNonZeroWithOneLine() throws Exception {
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, io.github.policytasks.seeds.Seeds.jiaxiang2023Text());

    Run run = javaWith(List.of(), new java.io.File("/dev/full"), "parse", seed.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("policy-tasks: cannot write standard output: No space left on device\n");
  }

  @Test
  void jar_parseDevZero_isRefusedOnOneLineInBoundedMemory() throws Exception {
    Run run = javaWith(List.of("-Xmx600m"), null, "parse", "/dev/zero");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("policy-tasks: /dev/zero: larger than the input size limit "
        + "of 256 MB (see --max-input-size)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void jar_outOfMemory_isOneLineNotAStackTrace() throws Exception {
    Path big = dir.resolve("big.txt");
    String seed = io.github.policytasks.seeds.Seeds.jiaxiang2023Text();
    try (java.io.Writer out = Files.newBufferedWriter(big)) {
      for (int i = 0; i < 300; i++) {
        out.write(seed);
      }
    }

    Run run = javaWith(List.of("-Xmx32m"), null, "parse", big.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("policy-tasks: out of memory").hasLineCount(1);
  }

  @Test
  void jar_closedPipe_endsQuietlyWithStatus141() throws Exception {
    Path plans = dir.resolve("plans");
    io.github.policytasks.parser.corpus.SampleCorpus.write(plans, 40, 0, 3);
    Process process = new ProcessBuilder(command(List.of(), "parse", "--jsonl", plans.toString()))
        .start();
    process.getInputStream().readNBytes(10);
    process.getInputStream().close();

    int code = process.waitFor();

    assertThat(code).isEqualTo(141);
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEmpty();
  }
}
