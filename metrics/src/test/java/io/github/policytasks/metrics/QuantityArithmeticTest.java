package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityArithmeticTest {
  private final QuantityArithmetic arithmetic = QuantityArithmetic.standard();

  private static Quantity q(String text) {
    return QuantityReader.standard().parse(text);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "150亿元, 5000万元, 150.5亿元",
    "5000万元, 150亿元, 1505000万元",
    "3万亩, 20000000平方米, 6万亩",
    "1平方米, 1亩, 2003/3平方米",
    "1亩, 1平方米, 1.0015亩",
    "0.22万人, 100人, 0.23万人",
    "1.87万头, 18650头, 3.735万头",
    "4.5%, 0.5％, 5%",
    "1个百分点, 2百分点, 3个百分点",
    "1吨, 2000斤, 2吨",
    "2天, 12小时, 2.5天",
  })
  void plus_acrossUnitsOfOneDimension_answersInTheLeftUnit(String a, String b, String sum) {
    Quantity expected = q(sum.contains("/") ? "1亩" : sum);
    Quantity result = arithmetic.plus(q(a), q(b));

    if (sum.contains("/")) {
      assertThat(result.toString()).isEqualTo(sum);
    } else {
      assertThat(result).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} - {1} = {2}{3}")
  @CsvSource({
    "150亿元, 5000万元, 149.5, 亿元",
    "18650头, 1.87万头, -50, 头",
    "3万亩, 3万亩, 0, 万亩",
    "5%, 4.5%, 0.5, 百分点",
  })
  void minus_acrossUnits_isExact(String a, String b, String amount, String unit) {
    assertThat(arithmetic.minus(q(a), q(b))).isEqualTo(Quantity.of(amount, unit));
  }

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource({
    "3万亩, 20000000平方米, 0",
    "1.87万头, 18650头, 1",
    "18650头, 1.87万头, -1",
    "150亿元, 15000000000元, 0",
    "1.5万平方米, 15000平方米, 0",
    "1亩, 666.67平方米, -1",
    "1亩, 666.66平方米, 1",
    "1吉瓦, 1000兆瓦, 0",
    "1斤, 0.5千克, 0",
    "150.0亿元, 150亿元, 0",
  })
  void compare_acrossUnits_comparesValues(String a, String b, int sign) {
    assertThat(Integer.signum(arithmetic.compare(q(a), q(b)))).isEqualTo(sign);
    assertThat(arithmetic.isEquivalentTo(q(a), q(b))).isEqualTo(sign == 0);
  }

  @Test
  void sum_answersInTheCanonicalUnit() {
    assertThat(arithmetic.sum(List.of(q("150亿元"), q("5000万元"), q("1元"))))
        .isEqualTo(Quantity.of("15050000001", "元"));
    assertThat(arithmetic.sum(List.of(q("1亩"), q("2亩"))))
        .isEqualTo(Quantity.of("2000", "平方米"));
    assertThat(arithmetic.sum(List.of(q("1亩"))).amount().toString()).isEqualTo("2000/3");
  }

  @Test
  void sum_inAUnit_isZeroForNone_andThrowsWithoutAUnit() {
    assertThat(arithmetic.sum(List.of(), Unit.of("万元"))).isEqualTo(Quantity.of("0", "万元"));
    assertThat(arithmetic.sum(List.of(q("5000万元"), q("1亿元")), Unit.of("亿元")))
        .isEqualTo(Quantity.of("1.5", "亿元"));
    assertThatThrownBy(() -> arithmetic.sum(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "3万亩, 5吨, AREA, MASS",
    "3家, 5个, COUNT, COUNT",
    "4.5%, 1个百分点, PERCENT, PERCENTAGE_POINTS",
    "1美元, 7元, CURRENCY, CURRENCY",
    "5万人, 5万人次, COUNT, COUNT",
    "90学时, 2小时, DURATION, DURATION",
    "3年, 12天, DURATION, DURATION",
    "1000人（次）, 1000人, COUNT, COUNT",
  })
  void everyOperation_acrossCanonicalUnits_throwsNamingBothSides(
      String a, String b, Dimension left, Dimension right) {
    List<Runnable> operations = new ArrayList<>();
    operations.add(() -> arithmetic.plus(q(a), q(b)));
    operations.add(() -> arithmetic.minus(q(a), q(b)));
    operations.add(() -> arithmetic.compare(q(a), q(b)));
    operations.add(() -> arithmetic.isEquivalentTo(q(a), q(b)));
    operations.add(() -> arithmetic.sum(List.of(q(a), q(b))));
    for (Runnable operation : operations) {
      assertThatThrownBy(operation::run)
          .isInstanceOf(DimensionMismatchException.class)
          .hasMessageContaining(left.name())
          .hasMessageContaining(right.name())
          .satisfies(e -> {
            DimensionMismatchException m = (DimensionMismatchException) e;
            assertThat(m.leftDimension()).isEqualTo(left);
            assertThat(m.rightDimension()).isEqualTo(right);
          });
    }
  }

  @Test
  void unknownUnit_throwsNamingIt() {
    assertThatThrownBy(() -> arithmetic.plus(Quantity.of("1", "磅"), q("1千克")))
        .isInstanceOf(UnknownUnitException.class).hasMessageContaining("磅");
  }

  @Test
  void comparator_sortsAcrossUnits() {
    List<Quantity> sorted = new ArrayList<>(List.of(q("1万亩"), q("5公顷"), q("700平方米"), q("1亩")));

    sorted.sort(arithmetic.comparator());

    assertThat(sorted).containsExactly(q("1亩"), q("700平方米"), q("5公顷"), q("1万亩"));
  }

  @Test
  void minus_ofTwoPercentages_isInPercentagePoints() {
    assertThat(arithmetic.minus(q("63.9%"), q("62.3%"))).isEqualTo(Quantity.of("1.6", "百分点"));
    assertThat(arithmetic.minus(q("5‰"), q("1%"))).isEqualTo(Quantity.of("-0.5", "百分点"));
    assertThat(arithmetic.minus(q("3个百分点"), q("1百分点"))).isEqualTo(Quantity.of("2", "个百分点"));
  }

  @Test
  void sum_ofPercentages_isRefused() {
    assertThatThrownBy(() -> arithmetic.sum(List.of(q("35%"), q("74%"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot sum percentages");
    assertThatThrownBy(() -> arithmetic.sum(List.of(), Unit.of("%")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(arithmetic.sum(List.of(q("1个百分点"), q("0.5百分点"))))
        .isEqualTo(Quantity.of("1.5", "百分点"));
  }
}
