package io.github.policytasks.core;

/**
 * The physical or bookkeeping dimension of a quantity. Quantities of one dimension can be
 * converted into each other; quantities of different dimensions never can.
 */
public enum Dimension {
  /** Money; canonical unit 元. */
  CURRENCY,
  /** Area; canonical unit 平方米. */
  AREA,
  /** Mass; canonical unit 千克. */
  MASS,
  /** Length; canonical unit 米. */
  LENGTH,
  /** Power; canonical unit 瓦. */
  POWER,
  /** Energy; canonical unit 千瓦时. */
  ENERGY,
  /** Volume; canonical unit 立方米. */
  VOLUME,
  /** Energy measured as standard coal; canonical unit 吨标准煤. */
  STANDARD_COAL,
  /** Mass concentration; canonical unit 微克/立方米. */
  CONCENTRATION,
  /** Duration; canonical unit 天. */
  DURATION,
  /** A count of things; the canonical unit is the classifier itself (家, 个, 人次…). */
  COUNT,
  /** A percentage, {@code %}. */
  PERCENT,
  /** Percentage points, 百分点; never interchangeable with {@link #PERCENT}. */
  PERCENTAGE_POINTS,
  /** Temperature in degrees Celsius; canonical unit ℃ (heating and cold-chain plans: 不低于18℃). */
  TEMPERATURE
}
