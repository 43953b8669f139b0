package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number: a decimal such as {@code 0.22} or {@code 15000000000}, or, when the
 * value has no finite decimal form, a reduced fraction such as {@code 69200000/3} (3.46万亩 in
 * 平方米). No operation here rounds unless a scale and {@link RoundingMode} are given.
 *
 * <p>Two equalities: {@link #equals} is structural (a decimal keeps its scale, so {@code 150}
 * and {@code 150.0} differ, as in {@link BigDecimal}); {@link #compareTo} and {@link
 * #isEquivalentTo} compare the numbers. Immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {
  /** Zero, as the decimal {@code 0}. */
  public static final Amount ZERO = new Amount(BigDecimal.ZERO, BigInteger.ZERO, BigInteger.ONE);

  /** One, as the decimal {@code 1}. */
  public static final Amount ONE = new Amount(BigDecimal.ONE, BigInteger.ONE, BigInteger.ONE);

  /** The longest text {@link #parse} reads, in characters. */
  public static final int MAX_TEXT_LENGTH = 1000;

  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final @Nullable BigDecimal decimal;
  /** The reduced fraction; for a decimal, computed on first use (racy single-check of immutables). */
  private @Nullable BigInteger numerator;
  private @Nullable BigInteger denominator;

  private Amount(@Nullable BigDecimal decimal, @Nullable BigInteger numerator, @Nullable BigInteger denominator) {
    this.decimal = decimal;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * {@return the decimal {@code value}, scale kept (a negative scale becomes 0: {@code 1E+3} is
   * {@code 1000})}
   *
   * @param value the exact value
   */
  public static Amount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    return new Amount(value, null, null);
  }

  /**
   * {@return the whole number {@code value}}
   *
   * @param value the exact value
   */
  public static Amount of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * {@return the exact value {@code numerator / denominator}: a decimal (without trailing zeros)
   * when it has a finite decimal form, a reduced fraction otherwise}
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Amount ofRatio(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Amount " + numerator + "/0: the denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (LongFractions.fits(numerator) && LongFractions.fits(denominator)) {
      return ofSmallRatio(numerator.longValue(), denominator.longValue());
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigDecimal decimal = terminatingDecimal(numerator, denominator);
    return new Amount(decimal, numerator, denominator);
  }

  /** {@link #ofRatio} of a fraction whose parts fit in a {@code long}, {@code den} positive. */
  private static Amount ofSmallRatio(long num, long den) {
    if (num == 0) {
      return ZERO;
    }
    long gcd = LongFractions.gcd(Math.abs(num), den);
    long reducedNum = num / gcd;
    long reducedDen = den / gcd;
    return new Amount(LongFractions.terminatingDecimal(reducedNum, reducedDen),
        BigInteger.valueOf(reducedNum), BigInteger.valueOf(reducedDen));
  }

  /**
   * Reads the text form written by {@link #toString}: a plain decimal ({@code -0.22}, {@code
   * 150}) or a fraction of integers ({@code 2000/3}).
   *
   * @param text the text to read
   * @return the amount
   * @throws NumberFormatException quoting the text when it is neither
   */
  @JsonCreator
  public static Amount parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          "Not an exact amount: \"" + text.substring(0, 32) + "…\" has " + text.length()
              + " characters, more than " + MAX_TEXT_LENGTH);
    }
    int slash = text.indexOf('/');
    try {
      if (!isContractForm(text, slash)) {
        throw new NumberFormatException();
      }
      if (slash < 0) {
        return of(new BigDecimal(text));
      }
      return ofRatio(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NumberFormatException(
          "Not an exact amount: \"" + text + "\" (expected a decimal such as 0.22 or a fraction such as 2000/3)");
    }
  }

  /**
   * Reads an amount only in the one form {@link #toString} writes it, as the JSON contract
   * requires: a plain decimal without leading zeros ({@code 0.22}, {@code 150.0}) or, where no
   * finite decimal exists, a reduced fraction ({@code 2000/3}). {@code "2/4"}, {@code "3/2"},
   * {@code "04"} and {@code "-0"} are refused, each with the form to write instead.
   *
   * @param text the text to read
   * @return the amount
   * @throws NumberFormatException quoting the text and, when it is a number, its canonical form
   */
  public static Amount parseCanonical(String text) {
    Amount amount = parse(text);
    String canonical = amount.toString();
    if (!canonical.equals(text)) {
      throw new NumberFormatException(
          "Not an exact amount in its one written form: \"" + text + "\" must be written \""
              + canonical + "\"" + (text.indexOf('/') >= 0
                  ? " (fractions are reduced, and only amounts without a finite decimal form are fractions)"
                  : ""));
    }
    return amount;
  }

  /** {@code -?digits(.digits)?} or {@code -?digits/digits}, ASCII digits only. */
  private static boolean isContractForm(String text, int slash) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && slash < 0 && !point && digits > 0) {
        point = true;
        digits = 0;
      } else if (c == '/' && i == slash && !point && digits > 0) {
        digits = 0;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  private static @Nullable BigDecimal terminatingDecimal(BigInteger num, BigInteger den) {
    BigInteger rest = den;
    int twos = 0;
    int fives = 0;
    while (!rest.testBit(0)) {
      rest = rest.shiftRight(1);
      twos++;
    }
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
      fives++;
    }
    if (!rest.equals(BigInteger.ONE)) {
      return null;
    }
    int scale = Math.max(twos, fives);
    BigInteger scaled = num.multiply(TWO.pow(scale - twos)).multiply(FIVE.pow(scale - fives));
    BigDecimal value = new BigDecimal(scaled, scale).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** {@return the numerator of the reduced fraction; carries the sign} */
  public BigInteger numerator() {
    BigInteger num = numerator;
    if (num == null) {
      reduceDecimal();
      num = numerator;
    }
    return Objects.requireNonNull(num);
  }

  /** {@return the denominator of the reduced fraction; always positive} */
  public BigInteger denominator() {
    BigInteger den = denominator;
    if (den == null) {
      reduceDecimal();
      den = denominator;
    }
    return Objects.requireNonNull(den);
  }

  private void reduceDecimal() {
    BigDecimal reduced = Objects.requireNonNull(decimal).stripTrailingZeros();
    BigInteger num;
    BigInteger den;
    if (reduced.scale() <= 0) {
      num = reduced.toBigIntegerExact();
      den = BigInteger.ONE;
    } else if (LongFractions.fits(reduced.unscaledValue()) && LongFractions.powerOfTen(reduced.scale()) > 0) {
      long unscaled = reduced.unscaledValue().longValue();
      long power = LongFractions.powerOfTen(reduced.scale());
      long gcd = LongFractions.gcd(Math.abs(unscaled), power);
      num = BigInteger.valueOf(unscaled / gcd);
      den = BigInteger.valueOf(power / gcd);
    } else {
      num = reduced.unscaledValue();
      den = BigInteger.TEN.pow(reduced.scale());
      BigInteger gcd = num.gcd(den);
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    denominator = den;
    numerator = num;
  }

  /** {@return whether the value has a finite decimal form} */
  public boolean hasDecimalForm() {
    return decimal != null;
  }

  /**
   * {@return the value as a decimal, exactly}
   * @throws ArithmeticException naming the fraction when it has no finite decimal form
   */
  public BigDecimal toBigDecimal() {
    if (decimal == null) {
      throw new ArithmeticException(
          "Amount " + this + " has no finite decimal form: round it with toBigDecimal(scale, mode)");
    }
    return decimal;
  }

  /**
   * {@return the value rounded to {@code scale} decimal places with {@code mode}; {@link
   * RoundingMode#UNNECESSARY} throws when rounding would lose anything}
   *
   * @param scale the number of decimal places
   * @param mode how to round
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (decimal != null) {
      return decimal.setScale(scale, mode);
    }
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
  }

  /** {@return the sign: -1, 0 or 1} */
  public int signum() {
    return decimal != null ? decimal.signum() : numerator().signum();
  }

  /**
   * {@return {@code this + other}, exactly}
   *
   * @param other the other amount
   */
  public Amount plus(Amount other) {
    if (decimal != null && other.decimal != null) {
      return of(decimal.add(other.decimal));
    }
    return ofRatio(
        numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * {@return {@code this - other}, exactly}
   *
   * @param other the other amount
   */
  public Amount minus(Amount other) {
    return plus(other.negate());
  }

  /** {@return {@code -this}} */
  public Amount negate() {
    return decimal != null ? of(decimal.negate()) : ofRatio(numerator().negate(), denominator());
  }

  /**
   * {@return {@code this × other}, exactly}
   *
   * @param other the other amount
   */
  public Amount times(Amount other) {
    if (decimal != null && other.decimal != null) {
      return of(decimal.multiply(other.decimal));
    }
    return ofRatio(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * {@return {@code this ÷ other}, exactly (a fraction when the quotient has no finite decimal
   * form)}
   *
   * @param other the other amount
   * @throws ArithmeticException if {@code other} is zero
   */
  public Amount dividedBy(Amount other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + this + " by zero");
    }
    return ofRatio(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
  }

  /**
   * {@return the same number written without trailing decimal zeros ({@code 150.0} → {@code 150});
   * this amount itself when it has none}
   */
  public Amount stripped() {
    if (decimal == null || decimal.scale() == 0) {
      return this;
    }
    BigDecimal stripped = stripDecimal(decimal);
    return stripped.scale() == decimal.scale() ? this : of(stripped);
  }

  private static BigDecimal stripDecimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@return whether both are the same number, whatever their scale or form}
   *
   * @param other the other amount
   */
  public boolean isEquivalentTo(Amount other) {
    if (decimal != null && other.decimal != null) {
      return decimal.compareTo(other.decimal) == 0;
    }
    return numerator().equals(other.numerator()) && denominator().equals(other.denominator());
  }

  /** Compares the numbers; consistent with {@link #isEquivalentTo}, not with {@link #equals}. */
  @Override
  public int compareTo(Amount other) {
    if (decimal != null && other.decimal != null) {
      return decimal.compareTo(other.decimal);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  /** Structural equality: the same decimal with the same scale, or the same fraction. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Amount)) {
      return false;
    }
    Amount that = (Amount) o;
    if (decimal != null || that.decimal != null) {
      return Objects.equals(decimal, that.decimal);
    }
    return numerator().equals(that.numerator()) && denominator().equals(that.denominator());
  }

  @Override
  public int hashCode() {
    return decimal != null ? decimal.hashCode() : 31 * numerator().hashCode() + denominator().hashCode();
  }

  /** The plain decimal ({@code 0.22}) or the reduced fraction ({@code 69200000/3}). */
  @JsonValue
  @Override
  public String toString() {
    return decimal != null ? decimal.toPlainString() : numerator() + "/" + denominator();
  }
}
