package io.github.policytasks.metrics.lexicon;

/**
 * What the last word of a unit name shows (annotation guide §2, §6 Notes), from {@code
 * unit-endings.txt}.
 */
public enum UnitEnding {
  /** An office ({@code …局}, {@code …委}, {@code …署}): may be named alone in a closing bracket. */
  OFFICE,
  /** Any other unit ({@code …区}, {@code …镇}, {@code …校}). */
  UNIT,
  /** A group of units ({@code …部门}, {@code …单位}); after {@code 等} it adds no unit. */
  GROUP,
  /**
   * The post of a responsible leader ({@code 分管副市长}, {@code 协管副秘书长}): in a verb-form note
   * the name is a leader, not a unit.
   */
  LEADER
}
