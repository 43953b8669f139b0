package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class SubcommandsTest {

  @Test
  void everyEntry_answersToItsCommandsNameAndAliases() {
    for (Subcommands.Entry entry : Subcommands.ALL) {
      Command command = entry.type().getAnnotation(Command.class);
      List<String> names = new ArrayList<>();
      names.add(command.name());
      names.addAll(List.of(command.aliases()));
      assertThat(entry.names()).as(entry.type().getSimpleName()).isEqualTo(names);
    }
    assertThat(types(Subcommands.ALL)).doesNotHaveDuplicates().hasSize(7);
  }

  @Test
  void aNamedCommand_isTheOnlyOneRegistered() {
    assertThat(types(Subcommands.reachedBy(new String[] {"parse", "plan.txt", "--compact"})))
        .containsExactly(ParseCommand.class);
    assertThat(types(Subcommands.reachedBy(new String[] {"normalize", "plan.json"})))
        .containsExactly(NormaliseCommand.class);
  }

  @Test
  void aBareVersion_registersNone() {
    assertThat(Subcommands.reachedBy(new String[] {"--version"})).isEmpty();
    assertThat(Subcommands.reachedBy(new String[] {"-V"})).isEmpty();
  }

  @Test
  void help_noCommand_anUnknownOne_orVersionWithMore_registerAll() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help"},
        new String[] {"parze", "plan.txt"}, new String[] {"--version", "parse"},
        new String[] {"-h", "parse"})) {
      assertThat(Subcommands.reachedBy(args)).isEqualTo(Subcommands.ALL);
    }
  }

  @Test
  void theRootHelp_listsEveryCommandInOrder() {
    String help = Cli.run("--help").out();

    int from = 0;
    for (Subcommands.Entry entry : Subcommands.ALL) {
      int at = help.indexOf("  " + entry.names().get(0), from);
      assertThat(at).as(entry.names().get(0)).isGreaterThan(from);
      from = at;
    }
  }

  @Test
  void aMisspeltCommand_isAnUnmatchedArgumentOnOneLine() {
    Cli.Result result = Cli.run("parze", "plan.txt");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).isEqualTo("policy-tasks: Unmatched arguments from index 0: 'parze', "
        + "'plan.txt' (see 'policy-tasks --help')\n");
  }

  @Test
  void version_withOnlyTheRootCommand_printsTheVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("policy-tasks ");
  }

  private static List<Class<?>> types(List<Subcommands.Entry> entries) {
    return entries.stream().<Class<?>>map(Subcommands.Entry::type).toList();
  }
}
