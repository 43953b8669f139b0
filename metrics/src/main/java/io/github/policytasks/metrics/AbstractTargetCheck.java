package io.github.policytasks.metrics;

import com.google.common.collect.Range;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import org.immutables.value.Value;

/**
 * The outcome of checking an actual quantity against a {@link Target} ({@link
 * TargetChecker#check}): the target's bounds in its canonical unit, where the actual value stands,
 * and the gap to the nearest bound in the target's own unit ({@code 不低于154万亩} checked against
 * {@code 150万亩} is BELOW with a gap of {@code 4万亩}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTargetCheck {

  /** {@return the target checked} */
  public abstract Target target();

  /** {@return the actual quantity, as given} */
  public abstract Quantity actual();

  /** {@return the target's bounds, exact, in the canonical unit of its value} */
  public abstract Range<Amount> bounds();

  /** {@return where the actual value stands against {@link #bounds()}} */
  public abstract BoundPosition position();

  /**
   * {@return the distance from the actual value to the nearest bound, exact, in the unit of the
   * target's value: zero when met; for an excluded bound ({@code 超过60家} against exactly 60家) zero
   * though not met}
   */
  public abstract Quantity gap();

  /** {@return whether the actual value meets the target} */
  public final boolean isMet() {
    return position() == BoundPosition.WITHIN;
  }

  @Override
  public String toString() {
    return target().id() + " " + (isMet() ? "met" : "not met (" + position() + " by " + gap() + ")")
        + " by " + actual();
  }
}
