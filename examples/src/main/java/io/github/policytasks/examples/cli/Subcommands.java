package io.github.policytasks.examples.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The commands under {@code policy-tasks}, in the order its help lists them, each with the names
 * it answers to (its {@code @Command} name and aliases). Picocli builds a command's model by
 * reflecting on its annotations, options and mixins, which costs a one-file run more than
 * anything but the JVM itself; so a run registers only the command its first argument names,
 * and all of them only when it needs the list (help, an unknown or missing command).
 */
final class Subcommands {
  /**
   * A command, by the names that select it.
   *
   * @param names its {@code @Command} name, then its aliases
   */
  record Entry(List<String> names) {
    /**
     * {@return the command's class, made by picocli's factory} Named in a switch rather than kept
     * in a field, so that a run loads the class of no command but its own.
     */
    Class<?> type() {
      switch (names.get(0)) {
        case "ledger":
          return LedgerCommand.class;
        case "targets":
          return TargetsCommand.class;
        case "normalise":
          return NormaliseCommand.class;
        case "check":
          return CheckCommand.class;
        case "report":
          return ReportCommand.class;
        case "parse":
          return ParseCommand.class;
        case "corpus":
          return CorpusCommand.class;
        default:
          throw new IllegalStateException("no command " + names.get(0));
      }
    }
  }

  /** Every command, in help order. */
  static final List<Entry> ALL = List.of(
      new Entry(List.of("ledger")),
      new Entry(List.of("targets")),
      new Entry(List.of("normalise", "normalize")),
      new Entry(List.of("check")),
      new Entry(List.of("report")),
      new Entry(List.of("parse")),
      new Entry(List.of("corpus")));

  private Subcommands() {}

  /**
   * {@return the commands a run with {@code args} can reach: the one its first argument names;
   * none for a bare {@code --version} (or {@code -V}); all of them otherwise}
   */
  static List<Entry> reachedBy(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    if (args.length > 0) {
      for (Entry entry : ALL) {
        if (entry.names().contains(args[0])) {
          return List.of(entry);
        }
      }
    }
    return ALL;
  }

  /** Adds {@code entries} to {@code root} (picocli reads each one's names from its annotation). */
  static void addTo(CommandLine root, List<Entry> entries) {
    for (Entry entry : entries) {
      root.addSubcommand(entry.type());
    }
  }
}
