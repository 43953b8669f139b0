package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a ledger (任务台账): a target of a task in a section, a task without targets ({@link
 * #target()} absent), or a goal of the section itself ({@link #task()} absent), together with
 * where the plan came from. Immutable and thread-safe.
 *
 * @param source the name of the plan's source (a file name, or {@code seed:jiaxiang-2023})
 * @param section the section the row stands in
 * @param task the task, or {@code null} for a goal of the section
 * @param target the target this row shows, or {@code null} for a task without targets
 */
public record LedgerRow(
    String source, Section section, @Nullable Task task, @Nullable Target target) {

  /**
   * Checks that no required component is null and that a row has a task or a goal.
   *
   * @param section the section of the target
   * @param source the name of the input, for messages
   * @param target the target
   * @param task the task of the target, or null for a goal of its section
   */
  public LedgerRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    if (task == null && target == null) {
      throw new IllegalArgumentException("A ledger row needs a task or a goal");
    }
  }

  /** {@return whether this row is a goal of its section rather than a task's} */
  public boolean isGoal() {
    return task == null;
  }

  /** {@return the target's own deadline when it states one, else the task's, if any} */
  public Optional<LocalDate> deadline() {
    LocalDate own = target == null ? null : target.deadline();
    return Optional.ofNullable(own != null || task == null ? own : task.deadline());
  }

  /**
   * {@return whether this row starts its task (the task's first target, a task without targets, a
   * goal)}
   */
  public boolean startsTask() {
    return task == null || target == null || task.targets().get(0).equals(target);
  }
}
