package io.github.policytasks.core;

/** What a target's figure measures (annotation guide §3). */
public enum TargetKind {
  /** An absolute quantity: a count, money, area, mass, power… */
  AMOUNT,
  /** A percentage that is a level or ratio: 覆盖率达到50%. */
  SHARE,
  /** A relative change in percent: 增长20%以上. Always has a {@link Direction}. */
  GROWTH,
  /** A change in percentage points: 提升1-3个百分点. Always has a {@link Direction}. */
  POINTS;

  /** {@return whether targets of this kind state a direction of change} */
  public boolean hasDirection() {
    return this == GROWTH || this == POINTS;
  }
}
