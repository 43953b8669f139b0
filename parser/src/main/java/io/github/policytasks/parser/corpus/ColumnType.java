package io.github.policytasks.parser.corpus;

/**
 * The type of a corpus table column, and the Java type of its values: {@link #STRING} a {@code
 * String}, {@link #INT} an {@code Integer}, {@link #DECIMAL} a {@code BigDecimal} of scale
 * {@link #DECIMAL_SCALE} and at most {@link #DECIMAL_PRECISION} digits. Any value may be absent
 * ({@code null}).
 */
public enum ColumnType {
  /** Text (UTF-8 in files). */
  STRING,
  /** A 32-bit signed integer. */
  INT,
  /** A decimal number with {@link #DECIMAL_PRECISION} digits, {@link #DECIMAL_SCALE} after the point. */
  DECIMAL;

  /** The digits of a {@link #DECIMAL} value. */
  public static final int DECIMAL_PRECISION = 38;

  /** The digits after the point of a {@link #DECIMAL} value (rounded half-even). */
  public static final int DECIMAL_SCALE = 6;
}
