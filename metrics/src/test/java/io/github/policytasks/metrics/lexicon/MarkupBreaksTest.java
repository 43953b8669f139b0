package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line-break tag left in a copy's text ({@code markup-breaks.txt}) folds to blanks of its length,
 * in any case and with or without its closing slash; any other tag or angle bracket stays.
 */
class MarkupBreaksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "市政务服务中心<br>市税务局=市政务服务中心    市税务局",
      "市政务服务中心<BR/>市税务局=市政务服务中心     市税务局",
      "以上。<br />企业=以上。      企业"})
  void aLineBreakTag_foldsToBlanks(String text, String folded) {
    assertThat(Folding.fold(text)).isEqualTo(folded);
    assertThat(Folding.fold("某" + text, 1, text.length() + 1)).isEqualTo(folded);
    assertThat(Folding.fold(folded)).isEqualTo(folded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>加粗</b>", "<brand>", "1<2", "<br", "a < br >"})
  void anyOtherTag_stays(String text) {
    assertThat(Folding.fold(text)).isEqualTo(text);
    assertThat(MarkupBreaks.tagEnd(text, text.indexOf('<'))).isEqualTo(-1);
  }
}
