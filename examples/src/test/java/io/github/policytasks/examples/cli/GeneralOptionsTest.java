package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "ledger", "targets", "normalise", "check", "parse"})
  void help_printsUsageOfEachCommand(String command) {
    Cli.Result result = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: policy-tasks" + (command.isEmpty() ? "" : " " + command));
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ledger", "targets", "normalise", "check", "parse"})
  void version_printsProjectVersionForEachCommand(String command) {
    Cli.Result result = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("(?s)policy-tasks \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "frobnicate", "ledger --format xml", "targets --section x",
      "targets --kind size", "ledger --format"})
  void badArguments_giveOneLineErrorAndExitCode2(String args) {
    Cli.Result result = Cli.run(args.split(" "));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("policy-tasks: ").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("--help");
  }
}
