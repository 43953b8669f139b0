package io.github.policytasks.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@link Amount}'s exact arithmetic for fractions whose numerator and denominator
 * fit in a {@code long}, as nearly every figure of a plan and every unit factor does ({@code 3万亩}
 * in hectares is {@code 30000 × 1/15}): the same greatest common divisors and decimal forms as
 * {@link BigInteger} gives, without its allocations. Callers fall back to {@link BigInteger} when
 * a value does not fit.
 */
final class LongFractions {
  /** {@code 10^k} for {@code k} from 0 to 18, the powers of ten a {@code long} holds. */
  private static final long[] POWERS_OF_TEN = powersOfTen();
  /** The largest {@code k} for which {@code 5^k} (and so {@code 2^k}) fits in a {@code long}. */
  private static final int MAX_LONG_FIVES = 27;

  private LongFractions() {}

  /** Whether {@code value} fits in a {@code long} with room for its negation. */
  static boolean fits(BigInteger value) {
    return value.bitLength() < Long.SIZE - 1;
  }

  /** {@code 10^scale}, for a scale from 0 to 18; -1 beyond. */
  static long powerOfTen(int scale) {
    return scale >= 0 && scale < POWERS_OF_TEN.length ? POWERS_OF_TEN[scale] : -1;
  }

  /** The greatest common divisor of {@code a} and {@code b}, both at least 0 (binary, Stein's). */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    do {
      b >>>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = a;
        a = b;
        b = t;
      }
      b -= a;
    } while (b != 0);
    return a << shift;
  }

  /**
   * The finite decimal form of the reduced fraction {@code num / den} ({@code den} positive),
   * trailing zeros stripped and a negative scale made 0, or null when it has none: the
   * denominator has a prime factor other than 2 and 5.
   */
  static @Nullable BigDecimal terminatingDecimal(long num, long den) {
    int twos = Long.numberOfTrailingZeros(den);
    long rest = den >>> twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    if (rest != 1) {
      return null;
    }
    int scale = Math.max(twos, fives);
    BigDecimal value;
    if (scale <= MAX_LONG_FIVES) {
      long factor = 1L << (scale - twos);
      for (int k = fives; k < scale; k++) {
        factor *= 5;
      }
      long high = Math.multiplyHigh(num, factor);
      long low = num * factor;
      value = high == (low >> (Long.SIZE - 1))
          ? BigDecimal.valueOf(low, scale)
          : new BigDecimal(BigInteger.valueOf(num).multiply(BigInteger.valueOf(factor)), scale);
    } else {
      BigInteger factor = BigInteger.ONE.shiftLeft(scale - twos).multiply(BigInteger.valueOf(5).pow(scale - fives));
      value = new BigDecimal(BigInteger.valueOf(num).multiply(factor), scale);
    }
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int k = 1; k < powers.length; k++) {
      powers[k] = powers[k - 1] * 10;
    }
    return powers;
  }
}
