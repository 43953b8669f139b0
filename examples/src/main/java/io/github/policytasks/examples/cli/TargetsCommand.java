package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.tracking.ledger.Ledger;
import io.github.policytasks.tracking.ledger.LedgerRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-tasks targets}: the targets of one or more plans that pass every filter given. */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Prints the targets that pass every filter given, one row per target.")
final class TargetsCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Mixin PlanFiles input = new PlanFiles();

  // The five filters are alike in shape on purpose: picocli declares each option by a field of
  // its own type (String, Integer, three enums) so that it converts, checks and lists the
  // values in --help; a shared helper would hide that declaration.
  @Option(names = "--lead-unit", paramLabel = "NAME",
      description = "Only targets of tasks led by NAME (written or canonical name, e.g. 县科技局).")
  @Nullable String leadUnit;

  @Option(names = "--section", paramLabel = "N",
      description = "Only targets in section N (the number as written: 3 for 三、).")
  @Nullable Integer section;

  @Option(names = "--dimension", paramLabel = "D",
      description = "Only targets in dimension D: ${COMPLETION-CANDIDATES}.")
  @Nullable Dimension dimension;

  @Option(names = "--kind", paramLabel = "K",
      description = "Only targets of kind K: ${COMPLETION-CANDIDATES}.")
  @Nullable TargetKind kind;

  @Option(names = "--comparator", paramLabel = "C",
      description = "Only targets with comparator C: ${COMPLETION-CANDIDATES}.")
  @Nullable Bound comparator;

  @Mixin LedgerOutput output = new LedgerOutput();

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Override
  public Integer call() throws Exception {
    Predicate<LedgerRow> filter = filter();
    List<LedgerRow> rows = new ArrayList<>();
    PlanSources sources =
        new PlanSources(root.context().stdin(), parseOptions, spec.commandLine().getErr());
    for (NamedPlan plan : sources.loadAll(input.files, root.context().terminal())) {
      rows.addAll(Ledger.targetRowsOf(plan.name(), plan.plan(), filter));
    }
    output.write(rows, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private Predicate<LedgerRow> filter() {
    Predicate<LedgerRow> filter = row -> true;
    if (leadUnit != null) {
      String name = leadUnit;
      filter = filter.and(row -> row.task() != null && row.task().isLedBy(name));
    }
    if (section != null) {
      int number = section;
      filter = filter.and(row -> row.section().number() == number);
    }
    if (dimension != null) {
      Dimension d = dimension;
      filter = filter.and(row -> row.target().dimension() == d);
    }
    if (kind != null) {
      TargetKind k = kind;
      filter = filter.and(row -> row.target().kind() == k);
    }
    if (comparator != null) {
      Bound c = comparator;
      filter = filter.and(row -> row.target().comparator() == c);
    }
    return filter;
  }
}
