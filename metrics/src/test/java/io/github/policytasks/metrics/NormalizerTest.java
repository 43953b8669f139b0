package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {
  private final Normalizer normalizer = Normalizer.standard();

  @ParameterizedTest(name = "{0} {1} → {2} {3}")
  @CsvSource({
    "150, 亿元, 15000000000, 元",
    "5000, 万元, 50000000, 元",
    "0.22, 万人, 2200, 人",
    "1.5, 万平方米, 15000, 平方米",
    "3.46, 万亩, 69200000/3, 平方米",
    "3, 万亩, 20000000, 平方米",
    "1, 亩, 2000/3, 平方米",
    "1.87, 万头, 18700, 头",
    "280, 兆瓦, 280000000, 瓦",
    "2, 万千瓦, 20000000, 瓦",
    "3, 亿斤, 150000000, 千克",
    "1, 斤, 0.5, 千克",
    "12, 小时, 0.5, 天",
    "1, 小时, 1/24, 天",
    "4.5, %, 4.5, %",
    "4.5, ％, 4.5, %",
    "3, 个百分点, 3, 百分点",
    "1000, 万吨, 10000000000, 千克",
    "35, 毫克/立方米, 35000, 微克/立方米",
    "150.0, 元, 150, 元",
    "0.5, 公里, 500, 米",
    "2, 萬畝, 40000000/3, 平方米",
  })
  void normalize_writtenQuantity_isExactInTheCanonicalUnit(
      String amount, String unit, String expected, String canonical) {
    Quantity normalized = normalizer.normalize(Quantity.of(amount, unit));

    assertThat(normalized).isEqualTo(Quantity.of(Amount.parse(expected), Unit.of(canonical)));
  }

  @Test
  void normalize_keepsAFractionExact_andRoundsOnlyWhenAsked() {
    Quantity muInSquareMetres = normalizer.normalize(Quantity.of("3.46", "万亩"));

    assertThat(muInSquareMetres.amount().hasDecimalForm()).isFalse();
    assertThat(normalizer.normalize(Quantity.of("3.46", "万亩"), 2, RoundingMode.HALF_UP))
        .isEqualTo(Quantity.of("23066666.67", "平方米"));
    assertThatThrownBy(() -> normalizer.normalize(Quantity.of("3.46", "万亩"), 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("69200000/3")
        .hasMessageContaining("RoundingMode");
    assertThat(normalizer.normalize(Quantity.of("3", "万亩"), 0))
        .isEqualTo(Quantity.of("20000000", "平方米"));
  }

  @Test
  void normalize_roundingADecimal_unnecessaryThrowsWhenLossy() {
    assertThat(normalizer.normalize(Quantity.of("0.22", "万人"), 2))
        .isEqualTo(Quantity.of("2200.00", "人"));
    assertThatThrownBy(() -> normalizer.normalize(Quantity.of("1.2345", "元"), 2))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("1.2345元");
  }

  @Test
  void normalize_unknownUnit_throwsNamingIt() {
    assertThatThrownBy(() -> normalizer.normalize(Quantity.of("3", "磅")))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("磅");
  }

  @ParameterizedTest(name = "{0} {1} in {2} → {3}")
  @CsvSource({
    "1.5, 万平方米, 亩, 22.5",
    "3, 万亩, 平方公里, 20/1",
    "150, 亿元, 万元, 1500000",
    "5000, 万元, 亿元, 0.5",
    "1, 平方米, 亩, 0.0015",
    "100, 平方米, 万亩, 0.000015",
    "1, 吨, 斤, 2000",
    "1, 度, 万千瓦时, 0.0001",
    "1, 吉瓦, 兆瓦, 1000",
    "1, 天, 小时, 24",
    "1, 平方公里, 亩, 1500",
    "2, 平方米, 亩, 0.003",
    "1, 公顷, 亩, 15",
    "10, 平方米, 亩, 0.015",
  })
  void convert_betweenUnitsOfOneDimension_isExact(
      String amount, String unit, String target, String expected) {
    Quantity converted = normalizer.convert(Quantity.of(amount, unit), target);

    assertThat(converted.unit()).isEqualTo(Unit.of(target));
    assertThat(converted.amount().isEquivalentTo(Amount.parse(expected)))
        .as("%s %s in %s = %s", amount, unit, target, converted).isTrue();
  }

  @Test
  void convert_nonTerminating_staysAFraction_andRoundsOnRequest() {
    Quantity converted = normalizer.convert(Quantity.of("1", "平方米"), Unit.of("万亩"));

    assertThat(converted.amount()).isEqualTo(Amount.parse("3/20000000"));
    assertThat(normalizer.convert(Quantity.of("1", "亩"), Unit.of("平方米"), 3, RoundingMode.HALF_EVEN))
        .isEqualTo(Quantity.of("666.667", "平方米"));
  }

  @Test
  void convert_lossyRoundingWithUnnecessary_throws() {
    assertThatThrownBy(() -> normalizer.convert(
            Quantity.of("1", "亩"), Unit.of("平方米"), 3, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("2000/3");
    assertThat(normalizer.convert(Quantity.of("1.5", "万元"), Unit.of("亿元"), 6, RoundingMode.UNNECESSARY))
        .isEqualTo(Quantity.of("0.000150", "亿元"));
  }

  static Stream<String[]> mismatches() {
    return Stream.of(
        new String[] {"3", "万亩", "吨", "AREA", "MASS"},
        new String[] {"3", "家", "个", "COUNT", "COUNT"},
        new String[] {"4.5", "%", "百分点", "PERCENT", "PERCENTAGE_POINTS"},
        new String[] {"1", "美元", "元", "CURRENCY", "CURRENCY"},
        new String[] {"1", "个工作日", "天", "DURATION", "DURATION"});
  }

  @ParameterizedTest(name = "{0}{1} to {2}")
  @MethodSource("mismatches")
  void convert_acrossCanonicalUnits_throwsNamingBothSides(
      String amount, String unit, String target, String left, String right) {
    assertThatThrownBy(() -> normalizer.convert(Quantity.of(amount, unit), target))
        .isInstanceOf(DimensionMismatchException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(unit)
        .hasMessageContaining(target)
        .satisfies(e -> {
          DimensionMismatchException m = (DimensionMismatchException) e;
          assertThat(m.leftUnit()).isEqualTo(Unit.of(unit));
          assertThat(m.rightUnit()).isEqualTo(Unit.of(target));
          assertThat(m.leftDimension()).isEqualTo(Dimension.valueOf(left));
          assertThat(m.rightDimension()).isEqualTo(Dimension.valueOf(right));
        });
  }

  @Test
  void dimensionAndCanonicalUnitOf_readTheCatalogue() {
    assertThat(normalizer.dimensionOf(Unit.of("万亩"))).isEqualTo(Dimension.AREA);
    assertThat(normalizer.canonicalUnitOf(Unit.of("万人次"))).isEqualTo(Unit.of("人次"));
    assertThat(normalizer.isCompatible(Unit.of("亩"), Unit.of("公顷"))).isTrue();
    assertThat(normalizer.isCompatible(Unit.of("%"), Unit.of("个百分点"))).isFalse();
  }

  @Test
  void normalize_negativeScaleOrTrailingZeros_givesThePlainDecimal() {
    Quantity thousand = Quantity.of(Amount.of(new java.math.BigDecimal("1E+3")), Unit.of("元"));

    assertThat(normalizer.normalize(thousand).amount().toBigDecimal().scale()).isZero();
    assertThat(normalizer.normalize(thousand)).isEqualTo(Quantity.of("1000", "元"));
    assertThat(normalizer.normalize(Quantity.of("1.500", "万元"))).isEqualTo(Quantity.of("15000", "元"));
  }

  @Test
  void normalize_canonicalStrippedQuantity_returnsTheSameInstance() {
    Quantity q = Quantity.of("15000", "平方米");

    assertThat(normalizer.normalize(q)).isSameAs(q);
  }

  @Test
  void of_customCatalogue_normalisesItsUnits() {
    Normalizer custom = Normalizer.of(UnitCatalogue.standard().toBuilder()
        .add("担", Dimension.MASS, "50", "千克").build());

    assertThat(custom.normalize(Quantity.of("3", "担"))).isEqualTo(Quantity.of("150", "千克"));
  }
}
