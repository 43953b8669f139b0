package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * {@link LongFractions} gives what {@link BigInteger} gives: {@link Amount#ofRatio} and an
 * amount's reduced fraction read through the {@code long} fast path equal the reference computed
 * with {@link BigInteger} and {@link BigDecimal} alone, over small values, powers of 2 and 5 in
 * the denominator, and values at the edge of a {@code long}.
 */
class LongFractionsTest {
  private static final long[] EDGES = {
    1, 2, 3, 5, 7, 10, 15, 16, 25, 125, 1L << 40, 1L << 61, (1L << 62) - 1, 1L << 62, 3_814_697_265_625L,
    7_450_580_596_923_828_125L, Long.MAX_VALUE / 3, 999_999_999_999_999_999L
  };

  @Test
  void gcd_isBigIntegersGcd() {
    for (long a : EDGES) {
      for (long b : EDGES) {
        assertThat(LongFractions.gcd(a, b)).as("gcd(%d, %d)", a, b)
            .isEqualTo(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue());
      }
    }
    assertThat(LongFractions.gcd(0, 12)).isEqualTo(12);
    assertThat(LongFractions.gcd(12, 0)).isEqualTo(12);
  }

  @Test
  void ofRatio_smallValues_matchTheReference() {
    for (long num = -300; num <= 300; num++) {
      for (long den = -64; den <= 260; den++) {
        if (den != 0) {
          assertMatchesReference(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
      }
    }
  }

  @Test
  void ofRatio_edgeValues_matchTheReference() {
    for (long num : EDGES) {
      for (long den : EDGES) {
        assertMatchesReference(BigInteger.valueOf(num), BigInteger.valueOf(den));
        assertMatchesReference(BigInteger.valueOf(-num), BigInteger.valueOf(den));
      }
    }
  }

  @Test
  void reducedFractionOfADecimal_matchesTheReference() {
    String[] decimals = {"0.25", "-1.5", "150", "1E+3", "0.000000000000000001", "12345678901234.5678",
      "922337203685477580.7", "0.0000000000000000000123", "3.1400", "-0.22", "9223372036854775807.5"};
    for (String text : decimals) {
      Amount amount = Amount.of(new BigDecimal(text));
      BigDecimal stripped = new BigDecimal(text).stripTrailingZeros();
      BigInteger num = stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped.unscaledValue();
      BigInteger den = stripped.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(stripped.scale());
      BigInteger gcd = num.gcd(den);
      assertThat(amount.numerator()).as(text).isEqualTo(num.divide(gcd));
      assertThat(amount.denominator()).as(text).isEqualTo(den.divide(gcd));
    }
  }

  private static void assertMatchesReference(BigInteger num, BigInteger den) {
    Amount amount = Amount.ofRatio(num, den);
    BigInteger n = den.signum() < 0 ? num.negate() : num;
    BigInteger d = den.abs();
    BigInteger gcd = n.gcd(d);
    n = n.divide(gcd);
    d = d.divide(gcd);
    assertThat(amount.numerator()).as("%s/%s", num, den).isEqualTo(n);
    assertThat(amount.denominator()).as("%s/%s", num, den).isEqualTo(d);
    BigInteger rest = d;
    while (!rest.testBit(0)) {
      rest = rest.shiftRight(1);
    }
    while (rest.mod(BigInteger.valueOf(5)).signum() == 0) {
      rest = rest.divide(BigInteger.valueOf(5));
    }
    boolean terminating = rest.equals(BigInteger.ONE);
    assertThat(amount.hasDecimalForm()).as("%s/%s", num, den).isEqualTo(terminating);
    if (terminating) {
      BigDecimal expected = new BigDecimal(n).divide(new BigDecimal(d), MathContext.UNLIMITED).stripTrailingZeros();
      expected = expected.scale() < 0 ? expected.setScale(0) : expected;
      assertThat(amount.toBigDecimal()).as("%s/%s", num, den).isEqualTo(expected);
      assertThat(amount.toBigDecimal().scale()).isEqualTo(expected.scale());
    }
  }
}
