package io.github.policytasks.tracking;

/**
 * How one target stands against the actual figure reported for it, as a supervision office
 * (督查室) reports it: 完成, 超额完成, 未完成, 未报送, or not comparable. {@link AttainmentChecker}
 * says, per {@link io.github.policytasks.core.Bound}, which actual gives which status.
 */
public enum AttainmentStatus {
  /** 完成: the actual attains the target, and no more than it asks. */
  MET("完成"),
  /** 超额完成: the actual goes beyond what the target asks (more built, a larger fall). */
  EXCEEDED("超额完成"),
  /** 未完成: the actual does not attain the target; the gap says by how much. */
  SHORT("未完成"),
  /** 未报送: no actual figure was reported for the target. */
  NOT_REPORTED("未报送"),
  /**
   * An actual was reported but cannot be set against the target (another dimension, a level
   * reported for a change in points, an unknown unit); the reason says why.
   */
  NOT_COMPARABLE("无法比较");

  private final String chinese;

  AttainmentStatus(String chinese) {
    this.chinese = chinese;
  }

  /** {@return the word a Chinese ledger uses for this status: 完成, 超额完成, 未完成, 未报送, 无法比较} */
  public String chinese() {
    return chinese;
  }

  /** {@return whether the target is attained: MET or EXCEEDED} */
  public boolean isAttained() {
    return this == MET || this == EXCEEDED;
  }
}
