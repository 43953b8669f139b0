package io.github.policytasks.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs a user's program against the reactor's jars, as a Maven user would get them:
 * {@code target/consumer.path} lists the library modules and what they bring at run time
 * (dependency:build-classpath, runtime scope: no Immutables, no POI, no test libraries). The
 * program is compiled with {@code -Xlint:all -Werror} once as a named module on the module path
 * and once on the class path; each compilation must report nothing at all, and each run must print
 * the same answers with no flag beyond the path itself.
 */
class ConsumerTest {

  private static final Path SOURCES = Paths.get("src", "consumer", "module");
  private static final Path TARGET = Paths.get("target");

  private static final List<String> EXPECTED =
      List.of(
          "tasks=76",
          "jsonRoundTrip=true",
          "parsedTasks=76",
          "renderedTasks=76",
          "extracted=1",
          "boundedBelow=true",
          "short=SHORT",
          "ledgerJson=true",
          "ledgerCsvLines=");

  @Test
  void aModuleOnTheModulePathCompilesWithoutWarningsAndRunsWithoutFlags() throws Exception {
    Path classes = TARGET.resolve("consumer-module");
    compile(
        List.of(
            "--module-path", libraryPath(),
            "-d", classes.toString()),
        sources(SOURCES));
    String printed =
        run(
            "--module-path", libraryPath() + File.pathSeparator + classes,
            "--module", "com.example.consumer/com.example.consumer.Main");
    assertAnswers(printed);
  }

  @Test
  void aProgramOnTheClassPathCompilesWithoutWarningsAndRuns() throws Exception {
    Path classes = TARGET.resolve("consumer-classpath");
    compile(
        List.of("-classpath", libraryPath(), "-d", classes.toString()),
        sources(SOURCES).stream()
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .collect(Collectors.toList()));
    String printed =
        run("-classpath", libraryPath() + File.pathSeparator + classes, "com.example.consumer.Main");
    assertAnswers(printed);
  }

  private static void assertAnswers(String printed) {
    List<String> lines = printed.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(EXPECTED.size());
    for (int i = 0; i < EXPECTED.size(); i++) {
      assertThat(lines.get(i)).startsWith(EXPECTED.get(i));
    }
    // one header row and one row per goal, target or task without targets of the seed
    assertThat(Integer.parseInt(lines.get(lines.size() - 1).substring("ledgerCsvLines=".length())))
        .isGreaterThan(144);
  }

  /** The jars a user's build puts on its path, written by dependency:build-classpath. */
  private static String libraryPath() throws IOException {
    String path = Files.readString(TARGET.resolve("consumer.path"), StandardCharsets.UTF_8).trim();
    assertThat(path).contains("policy-tasks-parser").doesNotContain("immutables", "poi-ooxml", "junit");
    return path;
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static void compile(List<String> options, List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror"));
    all.addAll(options);
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(output, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> reported =
          diagnostics.getDiagnostics().stream()
              .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
              .collect(Collectors.toList());
      assertThat(reported).as("javac %s", all).isEmpty();
      assertThat(output.toString()).as("javac output").isEmpty();
      assertThat(compiled).isTrue();
    }
  }

  private static String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(TARGET, "consumer", ".err");
    Process process =
        new ProcessBuilder(command).redirectError(log.toFile()).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("standard error").isEmpty();
    assertThat(process.exitValue()).as("exit code of %s", command).isZero();
    return printed;
  }
}
