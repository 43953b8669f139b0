package io.github.policytasks.tracking.report;

import io.github.policytasks.core.Target;
import io.github.policytasks.tracking.ActualsProblem;
import io.github.policytasks.tracking.AttainmentStatus;
import io.github.policytasks.tracking.AttainmentSummary;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.TargetAttainment;
import io.github.policytasks.tracking.ledger.DisplayWidth;
import io.github.policytasks.tracking.ledger.LedgerCells;
import io.github.policytasks.tracking.ledger.TextTable;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link PlanAttainment} as text: one line per target (status, id, task, target words, bound,
 * value, unit, actual, gap with {@code short} or {@code over}, 完成率 to one decimal), the reasons
 * of the targets that could not be compared, the skipped rows, a table per lead unit, and a closing
 * count. Stateless and thread-safe.
 */
public final class AttainmentText {
  private static final int TASK_WIDTH = 24;

  /**
   * {@return the report as text, ending in a line break}
   *
   * @param attainment the plan's attainment
   */
  public String render(PlanAttainment attainment) {
    TextTable targets = new TextTable(List.of(
        "Status", "Target", "Task", "Text", "Bound", "Value", "Unit", "Actual", "Gap", "完成率"))
        .alignRight(5).alignRight(9);
    List<String> reasons = new ArrayList<>();
    for (TargetAttainment result : attainment.targets()) {
      Target target = result.target();
      targets.addRow(List.of(
          word(result.status()),
          target.id(),
          DisplayWidth.truncate(result.task() == null
              ? AttainmentCsv.goalHeading(result) : LedgerCells.taskHeading(result.task()),
              TASK_WIDTH),
          target.text(),
          LedgerCells.boundSymbol(target.comparator()),
          LedgerCells.writtenValue(target),
          target.value().unit().symbol(),
          result.actual() == null ? "" : result.actual().figure(),
          gap(result),
          result.ratioPercent(1, RoundingMode.HALF_EVEN).map(r -> r.toPlainString() + "%")
              .orElse("")));
      if (result.reason() != null) {
        reasons.add(target.id() + ": " + result.reason());
      }
    }
    StringBuilder out = new StringBuilder(targets.render());
    if (!reasons.isEmpty()) {
      out.append("\nNot comparable:\n");
      reasons.forEach(r -> out.append("  ").append(r).append('\n'));
    }
    if (!attainment.problems().isEmpty()) {
      out.append("\nSkipped:\n");
      for (ActualsProblem problem : attainment.problems()) {
        out.append("  ").append(problem).append('\n');
      }
    }
    out.append('\n').append(summaries("Lead unit", attainment.byLeadUnit()).render());
    out.append('\n').append(closing(attainment)).append('\n');
    return out.toString();
  }

  /**
   * {@return {@code 144 targets: 3 met, 1 exceeded, 2 short, 137 not reported, 1 not comparable}}
   *
   * @param attainment the plan's attainment
   */
  public static String closing(PlanAttainment attainment) {
    StringBuilder line = new StringBuilder(attainment.targets().size() + " targets:");
    String separator = " ";
    for (AttainmentStatus status : AttainmentStatus.values()) {
      line.append(separator).append(attainment.count(status)).append(' ').append(word(status));
      separator = ", ";
    }
    attainment.asOf().ifPresent(date -> line.append(" (as of ").append(date).append(')'));
    if (!attainment.problems().isEmpty()) {
      line.append("; ").append(attainment.problems().size()).append(" rows skipped");
    }
    return line.toString();
  }

  /**
   * {@return a table with one row per summary: name, targets, and a count per status}
   *
   * @param heading the heading of the first column
   * @param summaries the summaries, one row each
   */
  public static TextTable summaries(String heading, List<AttainmentSummary> summaries) {
    List<String> headers = new ArrayList<>(List.of(heading, "Targets"));
    for (AttainmentStatus status : AttainmentStatus.values()) {
      headers.add(capitalised(word(status)));
    }
    TextTable table = new TextTable(headers);
    for (int i = 1; i < headers.size(); i++) {
      table.alignRight(i);
    }
    for (AttainmentSummary summary : summaries) {
      List<String> row = new ArrayList<>(List.of(summary.name(), String.valueOf(summary.targets())));
      for (AttainmentStatus status : AttainmentStatus.values()) {
        row.add(String.valueOf(summary.count(status)));
      }
      table.addRow(row);
    }
    return table;
  }

  /**
   * {@return the status in lower-case words: {@code not reported}}
   *
   * @param status the attainment status
   */
  public static String word(AttainmentStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String gap(TargetAttainment result) {
    if (result.gap() == null || result.gap().amount().signum() == 0
        && result.status() != AttainmentStatus.SHORT) {
      return "";
    }
    String side = result.status() == AttainmentStatus.SHORT ? " short" : " over";
    return LedgerCells.displayAmount(result.gap().amount()) + " " + result.gap().unit() + side;
  }
}
