package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

  static Stream<Arguments> ratios() {
    return Stream.of(
        Arguments.of(2000, 3, "2000/3", false),
        Arguments.of(20000000, 1, "20000000", true),
        Arguments.of(1, 4, "0.25", true),
        Arguments.of(-6, 4, "-1.5", true),
        Arguments.of(6, -9, "-2/3", false),
        Arguments.of(0, 7, "0", true),
        Arguments.of(30000 * 2000, 3, "20000000", true),
        Arguments.of(34600 * 2000, 3, "69200000/3", false));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void ofRatio_reducesAndPrefersDecimalForm(long num, long den, String text, boolean decimal) {
    Amount amount = Amount.ofRatio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    assertThat(amount.toString()).isEqualTo(text);
    assertThat(amount.hasDecimalForm()).isEqualTo(decimal);
    assertThat(Amount.parse(text)).isEqualTo(amount);
  }

  @Test
  void equals_isStructural_compareIsNumeric() {
    Amount a = Amount.parse("150");
    Amount b = Amount.parse("150.0");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEquivalentTo(b)).isTrue();
    assertThat(a.compareTo(b)).isZero();
    assertThat(a.stripped()).isEqualTo(b.stripped());
  }

  @Test
  void stripped_withoutTrailingZeros_isTheAmountItself() {
    Amount decimal = Amount.parse("8.5");
    Amount whole = Amount.parse("150");
    Amount fraction = Amount.parse("2000/3");

    assertThat(decimal.stripped()).isSameAs(decimal);
    assertThat(whole.stripped()).isSameAs(whole);
    assertThat(fraction.stripped()).isSameAs(fraction);
    assertThat(Amount.parse("8.50").stripped()).isEqualTo(decimal);
    assertThat(Amount.parse("1.500").stripped().toString()).isEqualTo("1.5");
  }

  @Test
  void arithmetic_isExact() {
    Amount third = Amount.parse("1/3");
    assertThat(third.plus(third).plus(third)).isEqualTo(Amount.ONE);
    assertThat(Amount.parse("0.1").plus(Amount.parse("0.2"))).isEqualTo(Amount.parse("0.3"));
    assertThat(Amount.parse("3.46").times(Amount.of(10000)).times(Amount.parse("2000/3")))
        .hasToString("69200000/3");
    assertThat(Amount.of(1).dividedBy(Amount.of(8))).hasToString("0.125");
    assertThat(Amount.of(5).minus(Amount.parse("7/2"))).hasToString("1.5");
    assertThat(Amount.parse("2/3").compareTo(Amount.parse("0.6667"))).isNegative();
    assertThat(Amount.parse("-2/3").signum()).isEqualTo(-1);
  }

  @Test
  void toBigDecimal_roundsOnlyWhenAsked() {
    Amount amount = Amount.parse("69200000/3");
    assertThat(amount.toBigDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("23066666.67");
    assertThatThrownBy(amount::toBigDecimal)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("69200000/3");
    assertThatThrownBy(() -> amount.toBigDecimal(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Amount.parse("0.22").toBigDecimal()).isEqualTo(new BigDecimal("0.22"));
  }

  @Test
  void of_negativeScale_becomesPlainInteger() {
    assertThat(Amount.of(new BigDecimal("1E+3"))).isEqualTo(Amount.parse("1000"));
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatThrownBy(() -> Amount.ONE.dividedBy(Amount.ZERO))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("by zero");
    assertThatThrownBy(() -> Amount.ofRatio(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1e5", "+3", "1/0", "1/-3", "1.5/2", " 1", "1,000", "１"})
  void parse_rejectsNonContractText_quotingIt(String text) {
    assertThatThrownBy(() -> Amount.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"" + text + "\"");
  }
}
