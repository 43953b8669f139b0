package io.github.policytasks.core;

/** The bound a target's words put on its value (annotation guide §3). */
public enum Bound {
  /** ≥: 以上, 不低于, 不少于, 至少. */
  AT_LEAST,
  /** &gt;: 超过, 突破, 多于, and open magnitudes such as 500多亿元. */
  MORE_THAN,
  /** ≤: 以内, 以下, 不超过, 控制在…以内. */
  AT_MOST,
  /** &lt;: 低于, 少于. */
  LESS_THAN,
  /** ≈: 左右, 约, 近. */
  APPROXIMATELY,
  /** value ≤ x ≤ upper: 15-30亩, 8—10个. The only comparator with an upper value. */
  RANGE,
  /** A bare figure: 新增托位798个. */
  EXACTLY;

  /** {@return whether targets with this comparator carry an upper value} */
  public boolean hasUpper() {
    return this == RANGE;
  }
}
