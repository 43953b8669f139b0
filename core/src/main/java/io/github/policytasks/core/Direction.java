package io.github.policytasks.core;

/** The direction of a {@link TargetKind#GROWTH} or {@link TargetKind#POINTS} target. */
public enum Direction {
  /** 增长, 提高, 提升. */
  INCREASE,
  /** 下降, 降低, 减少. */
  DECREASE
}
