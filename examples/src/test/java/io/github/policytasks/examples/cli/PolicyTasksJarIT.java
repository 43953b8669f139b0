package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.tracking.ledger.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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

  /** The launcher's files beside the jar, as the build leaves them. */
  private static final List<String> LAUNCHER_FILES = List.of("policy-tasks", "policy-tasks.jar",
      "policy-tasks-data.jar", "policy-tasks.jsa", "policy-tasks-parse.jsa", "policy-tasks.jsa.stamp");

  private static void assumeArchive() {
    assumeTrue(Files.isRegularFile(jar.resolveSibling("policy-tasks.jsa")),
        "the class-data archive is made in the package phase");
  }

  /** Runs {@code launcher} with {@code args}, logging the classes it loads to {@code log}. */
  private static Run launcher(Path launcher, Path log, String... args)
      throws IOException, InterruptedException {
    return launcherWith(launcher, "-Xlog:class+load:file=" + log, args);
  }

  /** Runs {@code launcher} with {@code args} and the JVM options {@code javaOptions}. */
  private static Run launcherWith(Path launcher, String javaOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("POLICY_TASKS_JAVA_OPTS", javaOptions);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  private Path seedText() throws IOException {
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, io.github.policytasks.seeds.Seeds.jiaxiang2023Text());
    return seed;
  }

  @Test
  void launcher_parse_printsWhatTheJarPrints_withEveryClassOfTheJarFromTheArchive()
      throws Exception {
    assumeArchive();
    Path seed = seedText();
    Path log = dir.resolve("classes.log");

    Run run = launcher(jar.resolveSibling("policy-tasks"), log, "parse", seed.toString(),
        "--compact");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(java("parse", seed.toString(), "--compact").out());
    List<String> fromTheJar = Files.readAllLines(log).stream()
        .filter(line -> line.contains("source: file:") || line.contains("source: jar:"))
        .toList();
    assertThat(Files.readString(log))
        .contains("io.github.policytasks.examples.cli.PolicyTasks source: shared objects file");
    assertThat(fromTheJar).isEmpty();
  }

  @Test
  void launcher_parse_mapsTheSmallerParseArchive_andAnotherCommandTheWholeOne() throws Exception {
    assumeArchive();
    Path seed = seedText();
    Path parseLog = dir.resolve("parse-cds.log");
    Path targetsLog = dir.resolve("targets-cds.log");
    Path launcher = jar.resolveSibling("policy-tasks");

    Run parse = launcherWith(launcher, "-Xlog:cds=info:file=" + parseLog,
        "parse", seed.toString(), "--compact");
    Run targets = launcherWith(launcher, "-Xlog:cds=info:file=" + targetsLog,
        "targets", seed.toString());

    assertThat(parse.exitCode()).as(parse.err()).isZero();
    assertThat(targets.exitCode()).as(targets.err()).isZero();
    assertThat(Files.readString(parseLog))
        .contains("Opened archive " + jar.resolveSibling("policy-tasks-parse.jsa") + ".");
    assertThat(Files.readString(targetsLog))
        .contains("Opened archive " + jar.resolveSibling("policy-tasks.jsa") + ".");
  }

  @Test
  void launcher_throughSymbolicLinks_findsItsJarAndArchive() throws Exception {
    assumeArchive();
    Path seed = seedText();
    Path log = dir.resolve("classes.log");
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.createSymbolicLink(bin.resolve("policy-tasks"), jar.resolveSibling("policy-tasks"));
    Files.createSymbolicLink(other.resolve("pt"), Path.of("../bin/policy-tasks"));

    Run run = launcher(other.resolve("pt"), log, "parse", seed.toString(), "--compact");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(java("parse", seed.toString(), "--compact").out());
    assertThat(Files.readString(log))
        .contains("io.github.policytasks.examples.cli.PolicyTasks source: shared objects file");
  }

  @Test
  void launcher_parseJsonLines_printsWhatTheJarPrints() throws Exception {
    assumeArchive();
    Path plans = dir.resolve("plans");
    io.github.policytasks.parser.corpus.SampleCorpus.write(plans, 12, 2, 5);

    Run run = launcher(jar.resolveSibling("policy-tasks"), dir.resolve("classes.log"), "parse",
        "--jsonl", plans.toString());

    Run plain = java("parse", "--jsonl", plans.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(new String(run.out(), StandardCharsets.UTF_8)).hasLineCount(14);
    assertThat(run.out()).isEqualTo(plain.out());
    assertThat(run.err()).isEqualTo(plain.err());
  }

  /**
   * Copies the launcher's files into a folder, keeping their modification times; {@code
   * stampedJar} then names the copied jar in the copy's stamp (else the stamp names the
   * original jar, for which the archive was made).
   */
  private Path copyOfTheLauncher(boolean stampedJar) throws IOException {
    Path copy = Files.createDirectory(dir.resolve("copy"));
    for (String name : LAUNCHER_FILES) {
      Files.copy(jar.resolveSibling(name), copy.resolve(name),
          StandardCopyOption.COPY_ATTRIBUTES);
    }
    if (stampedJar) {
      Path stamp = copy.resolve("policy-tasks.jsa.stamp");
      List<String> lines = new ArrayList<>(Files.readAllLines(stamp));
      lines.set(0, copy.resolve("policy-tasks.jar").toAbsolutePath().toString());
      FileTime time = Files.getLastModifiedTime(stamp);
      Files.write(stamp, lines);
      Files.setLastModifiedTime(stamp, time);
    }
    return copy;
  }

  /**
   * What a run without the application archive shows: the JDK's own archive in use (the JVM
   * gives up every archive, its own too, when the one it is given does not fit), the jar's
   * classes read from the jar, no message, and the plan the jar prints.
   */
  private void assertRanWithTheJdksOwnArchive(Path launcher) throws Exception {
    Path seed = seedText();
    Path log = dir.resolve("classes.log");

    Run run = launcher(launcher, log, "parse", seed.toString(), "--compact");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(java("parse", seed.toString(), "--compact").out());
    assertThat(Files.readString(log))
        .contains("java.lang.Object source: shared objects file")
        .containsPattern("io\\.github\\.policytasks\\.examples\\.cli\\.PolicyTasks source: "
            + "(file|jar):.*" + launcher.getParent().getFileName() + "/policy-tasks\\.jar");
  }

  @Test
  void launcher_movedElsewhere_runsWithTheJdksOwnArchive() throws Exception {
    assumeArchive();

    assertRanWithTheJdksOwnArchive(copyOfTheLauncher(false).resolve("policy-tasks"));
  }

  @Test
  void launcher_jarChangedSinceTheArchive_runsWithTheJdksOwnArchive() throws Exception {
    assumeArchive();
    Path copy = copyOfTheLauncher(true);
    Path copiedJar = copy.resolve("policy-tasks.jar");
    Files.setLastModifiedTime(copiedJar, FileTime.fromMillis(
        Files.getLastModifiedTime(copiedJar).toMillis() + 10_000));

    assertRanWithTheJdksOwnArchive(copy.resolve("policy-tasks"));
  }

  @Test
  void launcher_dataJar_holdsTheJarsResourcesOfTheProject_byteForByte() throws Exception {
    assumeArchive();
    java.util.Map<String, byte[]> inJar = new java.util.TreeMap<>();
    try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile())) {
      for (java.util.jar.JarEntry entry : in.stream().toList()) {
        if (!entry.isDirectory() && entry.getName().startsWith("io/github/policytasks/")
            && !entry.getName().endsWith(".class")) {
          inJar.put(entry.getName(), in.getInputStream(entry).readAllBytes());
        }
      }
    }
    java.util.Map<String, byte[]> inData = new java.util.TreeMap<>();
    try (java.util.jar.JarFile in =
        new java.util.jar.JarFile(jar.resolveSibling("policy-tasks-data.jar").toFile())) {
      for (java.util.jar.JarEntry entry : in.stream().toList()) {
        inData.put(entry.getName(), in.getInputStream(entry).readAllBytes());
      }
    }

    assertThat(inJar).containsKey("io/github/policytasks/metrics/units.txt");
    assertThat(inData.keySet()).containsExactlyElementsOf(inJar.keySet());
    inJar.forEach((name, bytes) -> assertThat(inData.get(name)).as(name).isEqualTo(bytes));
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
