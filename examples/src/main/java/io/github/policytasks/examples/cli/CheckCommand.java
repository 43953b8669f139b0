package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Bound;
import io.github.policytasks.examples.check.ActualsCsv;
import io.github.policytasks.examples.check.ActualsFormatException;
import io.github.policytasks.examples.check.CheckCsvRenderer;
import io.github.policytasks.examples.check.CheckReport;
import io.github.policytasks.examples.check.CheckReportRenderer;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.metrics.Tolerance;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks check}: a plan's targets against actual figures; exit 1 when any missed. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks actual figures against the plan's targets: prints each target as met, missed (with "
          + "the gap in the target's unit) or no actual, then a summary per lead unit.",
      "The actuals file is CSV, one row per target: t47.g1,1550000亩 (an optional header row, "
          + "# comments and a byte-order mark are allowed).",
      "Exit code 1 when any target is missed."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "Plan text, '-' for standard input, or annotated plan JSON (*.json). "
          + "Default: the embedded seed plan.")
  @Nullable String file;

  @Option(names = "--actuals", paramLabel = "FILE.csv", required = true,
      description = "The actual figures: rows of target id and figure.")
  String actuals;

  @Option(names = "--tolerance", paramLabel = "FRACTION",
      description = "How far an APPROXIMATELY target (10项左右) may be missed, as a fraction of it "
          + "(0.1 = 10%). Default: 0.")
  @Nullable String tolerance;

  @Option(names = "--bare-as", paramLabel = "C",
      description = "How to read a bare figure (EXACTLY targets such as 达到280兆瓦): "
          + "EXACTLY (default) or AT_LEAST.")
  @Nullable Bound bareAs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or csv (UTF-8 with a byte-order mark, one row per target; "
          + "default: ${DEFAULT-VALUE}).")
  CheckFormat format;

  @Mixin ParseOptions parseOptions = new ParseOptions();

  /** The formats of the check report. */
  enum CheckFormat {
    TABLE,
    CSV
  }

  @Override
  public Integer call() throws Exception {
    String csv = readActuals();
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    NamedPlan plan = file == null ? PlanSources.seed() : sources.load(file);
    CheckReport report;
    try {
      report = CheckReport.of(plan.plan(), ActualsCsv.read(actuals, csv), actuals, checker(),
          QuantityReader.standard());
    } catch (ActualsFormatException e) {
      throw new CliException(e.getMessage(), e);
    }
    spec.commandLine().getOut().print(format == CheckFormat.CSV
        ? new CheckCsvRenderer().render(report)
        : new CheckReportRenderer().render(report));
    return report.anyMissed() ? ExitCodes.MISSED : ExitCodes.OK;
  }

  private String readActuals() {
    try {
      return Files.readString(PlanSources.readableFile(actuals), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CliException(actuals + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new CliException(actuals + ": " + OneLineErrors.describe(e), e);
    }
  }

  private TargetChecker checker() {
    TargetChecker checker = TargetChecker.standard();
    if (tolerance != null) {
      try {
        checker = checker.withTolerance(Tolerance.relative(tolerance));
      } catch (IllegalArgumentException e) {
        throw new CliException("--tolerance " + tolerance + ": " + e.getMessage(), e);
      }
    }
    if (bareAs != null) {
      try {
        checker = checker.withExactlyAs(bareAs);
      } catch (IllegalArgumentException e) {
        throw new CliException("--bare-as " + bareAs + ": " + e.getMessage(), e);
      }
    }
    return checker;
  }
}
