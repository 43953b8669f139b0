package io.github.policytasks.tracking;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One target of a plan against the actual figure that stands for it ({@link AttainmentChecker}):
 * its status, the exact gap and the attainment ratio (完成率), or why the two cannot be compared.
 * Immutable and thread-safe.
 *
 * @param section the section the task stands in
 * @param task the task the target belongs to, or {@code null} for a goal of the section
 * @param target the target
 * @param actual the actual figure, or {@code null} when NOT_REPORTED
 * @param status how the target stands
 * @param gap for SHORT the distance from the actual to the nearest value that attains the target;
 *     for EXCEEDED the distance beyond the highest value that merely meets it (the figure, a
 *     range's upper end, an approximate figure plus its tolerance); zero for MET; exact, in the
 *     target's unit (percentage points for a target in %); {@code null} when nothing was compared
 * @param ratio the attainment ratio 完成率 = actual ÷ figure (a range's lower end; for a fall, the
 *     fall reported ÷ the fall asked for), an exact fraction; {@code null} when nothing was
 *     compared, for a ceiling (AT_MOST, LESS_THAN: a limit is kept or not, it has no 完成率) and
 *     for a zero figure
 * @param reason for NOT_COMPARABLE, why; {@code null} otherwise
 */
public record TargetAttainment(
    Section section,
    @Nullable Task task,
    Target target,
    @Nullable Actual actual,
    AttainmentStatus status,
    @Nullable Quantity gap,
    @Nullable Amount ratio,
    @Nullable String reason) {

  /**
   * Checks that the components agree with the status.
   *
   * @param section the section of the target
   * @param task the task of the target, or null for a goal of its section
   * @param target the target
   * @param actual the actual figure, when one was reported
   * @param status the attainment status
   * @param gap the exact gap to the target, when comparable
   * @param ratio the exact 完成率, when comparable
   * @param reason why the target is not comparable, when it is not
   */
  public TargetAttainment {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    if ((status == AttainmentStatus.NOT_REPORTED) != (actual == null)) {
      throw new IllegalArgumentException(
          target.id() + ": an actual is present exactly when the status is not NOT_REPORTED");
    }
    if ((status == AttainmentStatus.NOT_COMPARABLE) != (reason != null)) {
      throw new IllegalArgumentException(
          target.id() + ": a reason is given exactly when the status is NOT_COMPARABLE");
    }
    if (gap == null && (status.isAttained() || status == AttainmentStatus.SHORT)) {
      throw new IllegalArgumentException(target.id() + ": a compared target needs its gap");
    }
  }

  /** {@return whether the target is a goal of its section ({@code s2.g1}) rather than of a task} */
  public boolean isGoal() {
    return task == null;
  }

  /**
   * {@return the 完成率 rounded to {@code scale} places with {@code mode} ({@code 1.05}), if any}
   *
   * @param scale the number of decimal places
   * @param mode how to round
   */
  public Optional<BigDecimal> ratio(int scale, RoundingMode mode) {
    return ratio == null ? Optional.empty() : Optional.of(ratio.toBigDecimal(scale, mode));
  }

  /**
   * {@return the 完成率 in percent rounded to {@code scale} places with {@code mode} ({@code 105.0})}
   *
   * @param scale the number of decimal places
   * @param mode how to round
   */
  public Optional<BigDecimal> ratioPercent(int scale, RoundingMode mode) {
    return ratio == null
        ? Optional.empty()
        : Optional.of(ratio.times(Amount.of(100)).toBigDecimal(scale, mode));
  }

  @Override
  public String toString() {
    return target.id() + " " + status
        + (actual == null ? "" : " by " + actual.figure())
        + (gap == null || gap.amount().signum() == 0 ? "" : ", gap " + gap)
        + (ratio == null ? "" : ", 完成率 " + ratio)
        + (reason == null ? "" : ": " + reason);
  }
}
