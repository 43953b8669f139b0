package io.github.policytasks.examples.check;

import io.github.policytasks.core.Target;
import io.github.policytasks.examples.ledger.DisplayWidth;
import io.github.policytasks.examples.ledger.LedgerCells;
import io.github.policytasks.examples.ledger.TextTable;
import io.github.policytasks.metrics.BoundPosition;
import io.github.policytasks.metrics.TargetCheck;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CheckReport} as text: a table with one line per target (status, id, task,
 * target words, bound, value, unit, actual figure and, when missed, the gap in the target's unit
 * with {@code short} or {@code over}), a table per lead unit, and a closing count. Stateless and
 * thread-safe.
 */
public final class CheckReportRenderer {
  private static final int TASK_WIDTH = 24;

  /** The report as text, ending in a line break. */
  public String render(CheckReport report) {
    TextTable targets = new TextTable(List.of(
        "Status", "Target", "Task", "Text", "Bound", "Value", "Unit", "Actual", "Gap"))
        .alignRight(5);
    for (TargetOutcome outcome : report.outcomes()) {
      Target target = outcome.target();
      targets.addRow(List.of(
          status(outcome.status()),
          target.id(),
          DisplayWidth.truncate(LedgerCells.taskHeading(outcome.task()), TASK_WIDTH),
          target.text(),
          LedgerCells.boundSymbol(target.comparator()),
          LedgerCells.writtenValue(target),
          target.value().unit().symbol(),
          outcome.actual() == null ? "" : outcome.actual().figure(),
          gap(outcome.check())));
    }
    TextTable units = new TextTable(List.of("Lead unit", "Targets", "Met", "Missed", "No actual"))
        .alignRight(1).alignRight(2).alignRight(3).alignRight(4);
    for (LeadUnitSummary summary : report.byLeadUnit()) {
      units.addRow(List.of(
          summary.leadUnit(),
          String.valueOf(summary.targets()),
          String.valueOf(summary.met()),
          String.valueOf(summary.missed()),
          String.valueOf(summary.noActual())));
    }
    return targets.render() + "\n" + units.render() + "\n"
        + report.outcomes().size() + " targets: " + report.count(TargetStatus.MET) + " met, "
        + report.count(TargetStatus.MISSED) + " missed, " + report.count(TargetStatus.NO_ACTUAL)
        + " without an actual\n";
  }

  private static String status(TargetStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String gap(@Nullable TargetCheck check) {
    if (check == null || check.isMet()) {
      return "";
    }
    String side = check.position() == BoundPosition.BELOW ? " short" : " over";
    return LedgerCells.displayAmount(check.gap().amount()) + " " + check.gap().unit() + side;
  }
}
