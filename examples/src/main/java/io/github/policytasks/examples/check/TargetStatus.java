package io.github.policytasks.examples.check;

/** How a target fares against the actual figures given. */
public enum TargetStatus {
  /** The actual figure meets the target. */
  MET,
  /** The actual figure misses the target; the outcome carries the gap. */
  MISSED,
  /** No actual figure was given for the target. */
  NO_ACTUAL
}
