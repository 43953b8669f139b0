package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationWidthTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(牵头单位:县科技局;责任单位:县财政局) | （牵头单位：县科技局；责任单位：县财政局）",
    "聚力创新驱动战略,建设高水平创新城市 | 聚力创新驱动战略，建设高水平创新城市",
    "新增企业1,200家,其中 | 新增企业1,200家，其中",
    "10:30召开 | 10:30召开",
    "4.5%以内。 | 4.5%以内。"
  })
  void toFullWidth_widensPunctuationButNotDigitGroups(String half, String full) {
    assertThat(PunctuationWidth.toFullWidth(half)).isEqualTo(full);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "（牵头单位：县科技局；责任单位：县财政局） | (牵头单位:县科技局;责任单位:县财政局)",
    "嘉政办字〔2023〕22号，、。 | 嘉政办字〔2023〕22号,、。"
  })
  void toHalfWidth_narrowsOnlyTheTwoWidthPunctuation(String full, String half) {
    assertThat(PunctuationWidth.toHalfWidth(full)).isEqualTo(half);
  }
}
