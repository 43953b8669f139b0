package io.github.policytasks.metrics.lexicon;

/** What a word before a percent says of its kind (annotation guide §3, Kinds), from {@code kind-cues.txt}. */
public enum KindCue {
  /** A change upwards ({@code 增长}, {@code 提高}): GROWTH or POINTS, INCREASE. */
  RISE,
  /** A change downwards ({@code 下降}, {@code 降价}): GROWTH or POINTS, DECREASE. */
  FALL,
  /** A change of unstated direction ({@code 同比}): GROWTH, INCREASE assumed. */
  CHANGE,
  /** A level or ratio ({@code 率}, {@code 占比}, {@code 提高到}): SHARE. */
  LEVEL
}
