package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentKindsTest {

  @ParameterizedTest
  @ValueSource(strings = {"关于支持工业互联网发展的若干措施", "2024年重点工作任务分解方案",
      "市政府工作要点", "实施细则", "任务分工"})
  void titlesOfTheGenre_endWithAKind(String title) {
    assertThat(DocumentKinds.endsTitle(title)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"加快推进数字政府建设", "方案实施", "", "各县区人民政府"})
  void otherText_doesNot(String text) {
    assertThat(DocumentKinds.endsTitle(text)).isFalse();
  }

  @Test
  void endsTitleAt_readsTheStretchInPlace_asEndsTitleReadsItCutOut() {
    String text = "附件重点任务分工表序号";
    for (int end = 0; end <= text.length(); end++) {
      for (int floor = 0; floor <= end; floor++) {
        assertThat(DocumentKinds.endsTitleAt(text, end, floor)).as("[%d, %d)", floor, end)
            .isEqualTo(DocumentKinds.endsTitle(text.substring(floor, end)));
      }
    }
    assertThat(DocumentKinds.endsTitleAt(text, 9, 6)).isTrue();
    assertThat(DocumentKinds.endsTitleAt(text, 9, 7)).isFalse();
  }
}
