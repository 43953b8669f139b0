package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.Tolerances;
import io.github.policytasks.tracking.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "Plan text, '-' for standard input, or annotated plan JSON (*.json). "
          + "Default: the embedded seed plan.")
  @Nullable String file;

  @Option(names = "--actuals", paramLabel = "FILE",
      description = "Actual figures (.csv, .tsv, .xlsx; '-' for standard input), as for check.")
  @Nullable String actuals;

  @Option(names = "--tolerance", paramLabel = "T",
      description = "Tolerance of APPROXIMATELY targets: 10%%, 0.1 or a quantity. Default: 5%%.")
  @Nullable String tolerance;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Take the actuals at this date.")
  @Nullable LocalDate asOf;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", required = true,
      description = "The HTML file to write.")
  Path output;

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Override
  public Integer call() throws Exception {
    if (PlanSources.STDIN.equals(file) && PlanSources.STDIN.equals(actuals)) {
      throw new CliException("the plan and the actuals cannot both come from standard input");
    }
    AttainmentChecker checker = AttainmentChecker.standard();
    if (tolerance != null) {
      try {
        checker = checker.withTolerance(Tolerances.parse(tolerance));
      } catch (IllegalArgumentException e) {
        throw new CliException("--tolerance: " + e.getMessage(), e);
      }
    }
    Actuals read = actuals == null ? Actuals.none()
        : ActualsFiles.read(actuals, parseOptions.charset, root.context().stdin());
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    NamedPlan plan = file == null ? PlanSources.seed() : sources.load(file);
    PlanAttainment attainment = checker.check(plan.plan(), read, asOf);
    Files.writeString(output, new HtmlReport().render(attainment), StandardCharsets.UTF_8);
    for (var problem : attainment.problems()) {
      spec.commandLine().getErr().println("policy-tasks: skipped " + problem);
    }
    return ExitCodes.OK;
  }
}
