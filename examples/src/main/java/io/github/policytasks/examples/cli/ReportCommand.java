package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks report}: one self-contained HTML file (CLI glue over {@link HtmlReport}). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes the plan's ledger as one self-contained HTML file (inline CSS and SVG charts, no "
          + "network): sections, tasks, lead units, targets with status and attainment bar, "
          + "charts per lead unit and dimension, a filter by lead unit and status, print layout."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Mixin AttainmentOptions attainmentOptions = new AttainmentOptions();

  @Option(names = "--actuals", paramLabel = "FILE",
      description = "Actual figures (.csv, .tsv, .xlsx; '-' for standard input), as for check.")
  @Nullable String actuals;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", required = true,
      description = "The HTML file to write.")
  Path output;

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Override
  public Integer call() throws Exception {
    AttainmentChecker checker = attainmentOptions.checker(actuals);
    Actuals read = actuals == null ? Actuals.none()
        : ActualsFiles.read(actuals, parseOptions.charset, root.context().stdin());
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    PlanAttainment attainment = attainmentOptions.check(checker, sources, read);
    Files.writeString(output, new HtmlReport().render(attainment), StandardCharsets.UTF_8);
    for (var problem : attainment.problems()) {
      spec.commandLine().getErr().println("policy-tasks: skipped " + problem);
    }
    return ExitCodes.OK;
  }
}
