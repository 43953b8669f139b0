package io.github.policytasks.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks corpus PATH… -o DIR}: a corpus of plan files as tables. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Parses plan files and folders (read recursively, in sorted order) on all cores and "
          + "writes the corpus as tables into DIR: plans.jsonl, tasks.csv, targets.csv (UTF-8 "
          + "with BOM), tasks.parquet, targets.parquet, diagnostics.csv and failures.csv "
          + "(path, reason).",
      "Exit code 0 when every file was read, 1 when some failed, 2 when none was."
    })
final class CorpusCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Plan files and folders.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The folder for the tables (created if missing; its table files replaced).")
  Path output;

  // The same two mixins as parse --jsonl: what the options mean lives once, in the mixins and
  // in BatchCommandRun; a command only declares which it takes.
  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  public Integer call() throws Exception {
    return new BatchCommandRun(root.context(), parseOptions, batch, spec.commandLine().getErr())
        .tables(paths, output);
  }
}
