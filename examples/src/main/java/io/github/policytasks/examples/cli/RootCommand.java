package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.ledger.Ledger;
import io.github.policytasks.tracking.ledger.TableRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code policy-tasks} without a command: the ledger of the embedded seed plan, as a table. Its
 * commands are registered by {@link PolicyTasks#commandLine} from {@link Subcommands}.
 */
@Command(
    name = "policy-tasks",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Reads Chinese key-work-task plans (重点工作任务) into ledgers, targets and checks.",
      "Without a command, prints the ledger (任务台账) of the embedded seed plan."
    })
final class RootCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  RootCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  @Override
  public Integer call() throws Exception {
    NamedPlan seed = PlanSources.seed();
    TableRenderer.ofWidth(TerminalWidth.detect()).render(
        Ledger.rowsOf(seed.name(), seed.plan()), spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
