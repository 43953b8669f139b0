package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.report.AttainmentCsv;
import io.github.policytasks.tracking.report.AttainmentText;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy-tasks check}: a plan's targets against actual figures (CLI glue over {@link
 * AttainmentChecker}); exit 0 when every reported target is attained, 1 when any is not (or a row
 * was skipped), 2 when the input is unusable.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks actual figures against the plan's targets: each target is met, exceeded, short "
          + "(with the exact gap in the target's unit), not reported or not comparable, with its "
          + "attainment ratio (完成率); then a summary per lead unit.",
      "The actuals are CSV or TSV (UTF-8 with or without BOM, GBK/GB18030: detected) or .xlsx, "
          + "columns found by header: targetId/指标编号 and actual/实际完成 (the ledger's own "
          + "export with an added 实际完成 column reads back as it is), optionally date/截至日期. "
          + "A bad row is reported with its row and column and skipped.",
      "Exit code 0 when every reported target is met or exceeded, 1 when any is not or a row was "
          + "skipped, 2 when the input cannot be used."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Mixin AttainmentOptions attainmentOptions = new AttainmentOptions();

  @Option(names = "--actuals", paramLabel = "FILE", required = true,
      description = "The actual figures: .csv, .tsv or .xlsx; '-' for standard input.")
  String actuals;

  @Option(names = "--actuals-charset", paramLabel = "CHARSET",
      description = "The charset of a text actuals file (default: --charset when given, else "
          + "detected: UTF-8 with or without BOM, GB18030/GBK).")
  @Nullable Charset actualsCharset;

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
    AttainmentChecker checker = attainmentOptions.checker(actuals);
    Actuals read = ActualsFiles.read(actuals,
        actualsCharset != null ? actualsCharset : parseOptions.charset, root.context().stdin());
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    PlanAttainment attainment = attainmentOptions.check(checker, sources, read);
    spec.commandLine().getOut().print(format == CheckFormat.CSV
        ? new AttainmentCsv().render(attainment)
        : new AttainmentText().render(attainment));
    return attainment.allReportedAttained() ? ExitCodes.OK : ExitCodes.MISSED;
  }
}
