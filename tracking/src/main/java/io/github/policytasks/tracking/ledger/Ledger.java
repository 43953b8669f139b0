package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns plans into ledger rows, in document order. {@link #rowsOf} gives one row per goal of a
 * section, one per target of a task and one for each task without targets, so every task and
 * every target appears; {@link #targetRowsOf} gives the rows of the targets (goals included) that
 * pass a filter. Stateless and thread-safe.
 */
public final class Ledger {
  private Ledger() {}

  /**
   * {@return every goal and task of {@code plan}: per section its goals, then one row per target of
   * each task, one row for a task without targets}
   *
   * @param source the name of the input, for messages
   * @param plan the plan
   */
  public static List<LedgerRow> rowsOf(String source, Plan plan) {
    List<LedgerRow> rows = new ArrayList<>();
    for (Section section : plan.sections()) {
      for (Target goal : section.goals()) {
        rows.add(new LedgerRow(source, section, null, goal));
      }
      for (Task task : section.allTasks()) {
        if (task.targets().isEmpty()) {
          rows.add(new LedgerRow(source, section, task, null));
        }
        for (Target target : task.targets()) {
          rows.add(new LedgerRow(source, section, task, target));
        }
      }
    }
    return List.copyOf(rows);
  }

  /**
   * {@return the rows of the targets of {@code plan} whose row passes {@code filter}}
   *
   * @param source the name of the input, for messages
   * @param plan the plan
   * @param filter the condition a target must meet
   */
  public static List<LedgerRow> targetRowsOf(
      String source, Plan plan, Predicate<? super LedgerRow> filter) {
    return rowsOf(source, plan).stream()
        .filter(row -> row.target() != null)
        .filter(filter)
        .toList();
  }
}
