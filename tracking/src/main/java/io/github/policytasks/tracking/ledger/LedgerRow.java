package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a ledger (任务台账): a target of a task in a section, or a task without targets
 * ({@link #target()} absent), together with where the plan came from. Immutable and thread-safe.
 *
 * @param source the name of the plan's source (a file name, or {@code seed:jiaxiang-2023})
 * @param section the section the task stands in
 * @param task the task
 * @param target the target this row shows, or {@code null} for a task without targets
 */
public record LedgerRow(String source, Section section, Task task, @Nullable Target target) {

  /** Checks that no required component is null. */
  public LedgerRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(task, "task");
  }

  /** The target's own deadline when it states one, else the task's, else {@code null}. */
  public @Nullable LocalDate deadline() {
    LocalDate own = target == null ? null : target.deadline();
    return own != null ? own : task.deadline();
  }

  /** Whether this row starts its task (the task's first target, or a task without targets). */
  public boolean startsTask() {
    return target == null || task.targets().get(0).equals(target);
  }
}
