package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's help is printed whole: picocli formats descriptions with
 * {@link String#format}, so a bare {@code %} (as in {@code 8%左右}) makes it warn on the JVM's
 * standard error, outside the streams the tool owns, and print the raw text instead.
 */
class HelpTextTest {

  static Stream<String> commands() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    CommandLine root = PolicyTasks.commandLine(
        new CliContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(), false),
        sink, sink);
    return Stream.concat(Stream.of(""), List.copyOf(root.getSubcommands().keySet()).stream());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_printsNoFormatWarningsAndShowsPercentSigns(String command) {
    PrintStream original = System.err;
    ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
    Cli.Result result;
    System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
    try {
      result = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
    } finally {
      System.setErr(original);
    }

    assertThat(result.exitCode()).isZero();
    assertThat(jvmErr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(result.out()).doesNotContain("%%").doesNotContain("%n");
  }

  @Test
  void checkHelp_showsTheToleranceExampleAsWritten() {
    assertThat(Cli.run("check", "--help").out()).contains("(8%左右)").contains("Default: 5%.");
  }
}
