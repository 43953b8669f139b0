package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TextChars#closingBracketOpen}, the one reading of a bracket that closes a cell or a header,
 * which an indicator's unit ({@code 城镇化率（%）}, {@link IndicatorTargets}) and a header's year
 * ({@code 目标值(2025年)}, {@link TaskTable}) share: where the last opening bracket of the closing
 * one's width stands, after the first character.
 */
class ClosingBracketTest {
  @ParameterizedTest
  @CsvSource(delimiter = '/', value = {
      "城镇化率（%）/4",
      "地区生产总值(亿元)/6",
      "目标值(2025年)/3",
      "指标（单位）（%）/6",
      "（%）/-1",
      "(2025年)/-1",
      "新增就业(万人）/-1",
      "城镇化率/-1",
      "城镇化率（%）以上/-1",
      "''/-1"})
  void closingBracketOpen_findsTheOpeningOfTheBracketThatClosesTheText(String text, int open) {
    assertThat(TextChars.closingBracketOpen(text)).isEqualTo(open);
  }
}
