package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Numerals#write}: the numerals of headings, from the first rows of numerals.txt. */
class NumeralsWriteTest {

  @ParameterizedTest
  @CsvSource({
    "0, 零", "1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一",
    "99, 九十九", "100, 一百", "101, 一百零一", "110, 一百一十", "1000, 一千", "1005, 一千零五",
    "2048, 二千零四十八", "9999, 九千九百九十九"
  })
  void format_writesHeadingNumerals(int number, String numeral) {
    assertThat(Numerals.write(number)).isEqualTo(numeral);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10000})
  void format_outOfRange_namesTheNumber(int number) {
    assertThatThrownBy(() -> Numerals.write(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(number));
  }
}
