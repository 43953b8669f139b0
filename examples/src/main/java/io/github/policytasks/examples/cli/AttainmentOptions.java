package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.Tolerances;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code check} and {@code report} share: the one plan FILE (the embedded seed plan when
 * absent), {@code --tolerance} and {@code --as-of}, and the check of the plan against actual
 * figures with them. A picocli mixin.
 */
final class AttainmentOptions {
  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "Plan text, '-' for standard input, or annotated plan JSON (*.json). "
          + "Default: the embedded seed plan.")
  @Nullable String file;

  @Option(names = "--tolerance", paramLabel = "T",
      description = "How far an APPROXIMATELY target (8%%左右) may be missed and still be met: "
          + "10%%, 0.1 or a quantity (1家). Default: 5%%.")
  @Nullable String tolerance;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Check the actuals that stand at this date (2023-06-30): later dated rows "
          + "are left out.")
  @Nullable LocalDate asOf;

  /**
   * The checker with the tolerance given, once the plan and the {@code actuals} file (null when
   * none) are known not to both come from standard input; a bad argument is a {@link
   * CliException}.
   */
  AttainmentChecker checker(@Nullable String actuals) {
    if (PlanSources.STDIN.equals(file) && PlanSources.STDIN.equals(actuals)) {
      throw new CliException("the plan and the actuals cannot both come from standard input");
    }
    if (tolerance == null) {
      return AttainmentChecker.standard();
    }
    try {
      return AttainmentChecker.standard().withTolerance(Tolerances.parse(tolerance));
    } catch (IllegalArgumentException e) {
      throw new CliException("--tolerance: " + e.getMessage(), e);
    }
  }

  /**
   * The plan named by FILE (read from {@code sources}), checked by {@code checker} against {@code
   * actuals} as they stand at {@code --as-of}.
   */
  PlanAttainment check(AttainmentChecker checker, PlanSources sources, Actuals actuals) {
    NamedPlan plan = file == null ? PlanSources.seed() : sources.load(file);
    return checker.check(plan.plan(), actuals, asOf);
  }
}
