package io.github.policytasks.metrics;

/** Where an actual value stands against a target's bounds ({@link TargetCheck#position()}). */
public enum BoundPosition {
  /** Below the lower bound (or on an excluded lower bound): the target is not met. */
  BELOW,
  /** Within the bounds: the target is met. */
  WITHIN,
  /** Above the upper bound (or on an excluded upper bound): the target is not met. */
  ABOVE
}
