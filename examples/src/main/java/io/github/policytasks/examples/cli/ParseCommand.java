package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks parse}: plan text in, annotated plan JSON (the contract) out. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Parses a plan text and prints its annotated plan as JSON (the plan-json contract).",
      "Problems the parser met are in the JSON's \"diagnostics\"; with --strict the first one "
          + "is an error."
    })
final class ParseCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1",
      description = "The plan text; '-' reads standard input.")
  String file;

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Override
  public Integer call() throws Exception {
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    Plan plan = sources.parseText(file);
    PrintWriter out = spec.commandLine().getOut();
    PlanJson.write(plan, out);
    out.println();
    return ExitCodes.OK;
  }
}
