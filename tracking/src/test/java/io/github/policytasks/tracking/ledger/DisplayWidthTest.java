package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "abc|3",
    "县科技局|8",
    "4家以上|7",
    "（牵头单位：县水务局）|22",
    "“一企一技术”|12",
    "≥|1",
    "''|0",
    "e\u0301|1",
    "𠀋|2"
  })
  void of_countsWideCharactersAsTwoColumns(String text, int width) {
    assertThat(DisplayWidth.of(text)).isEqualTo(width);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "县科技局|8|县科技局",
    "县工业和信息化局|8|县工业…",
    "abcdef|4|abc…",
    "ab县|3|ab…"
  })
  void truncate_cutsToWidthWithEllipsis(String text, int max, String expected) {
    assertThat(DisplayWidth.truncate(text, max)).isEqualTo(expected);
    assertThat(DisplayWidth.of(DisplayWidth.truncate(text, max))).isLessThanOrEqualTo(max);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"县|4|'县  '", "ab|4|'ab  '", "县科技局|2|县科技局"})
  void padRight_fillsToDisplayWidth(String text, int width, String expected) {
    assertThat(DisplayWidth.padRight(text, width)).isEqualTo(expected);
  }

  @Test
  void truncate_zeroWidth_isRejected() {
    assertThatThrownBy(() -> DisplayWidth.truncate("abc", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
