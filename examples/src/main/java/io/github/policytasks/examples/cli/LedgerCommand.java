package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.ledger.Ledger;
import io.github.policytasks.tracking.ledger.LedgerRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks ledger}: every task and target of one or more plans, in a format. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the ledger (任务台账): one row per target, one row for each task without targets.",
      "CSV is UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly."
    })
final class LedgerCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Mixin PlanFiles input = new PlanFiles();

  @Mixin LedgerOutput output = new LedgerOutput();

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Override
  public Integer call() throws Exception {
    List<LedgerRow> rows = new ArrayList<>();
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    for (NamedPlan plan : sources.loadAll(input.files, root.context().terminal())) {
      rows.addAll(Ledger.rowsOf(plan.name(), plan.plan()));
    }
    output.write(rows, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
