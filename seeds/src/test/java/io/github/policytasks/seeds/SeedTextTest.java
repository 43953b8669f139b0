package io.github.policytasks.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedTextTest {

  @Test
  void jiaxiang2023Text_isThePublishedTextByteForByte() {
    String text = Seeds.jiaxiang2023Text();

    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(36003);
    assertThat(text).startsWith("索 引 号: | 暂无 |")
        .contains("嘉政办字〔2023〕22号")
        .contains("76. 着力稳金融防风险。")
        .doesNotContain("\r")
        .doesNotStartWith("\uFEFF");
  }

  @Test
  void jiaxiang2023Text_isCached() {
    assertThat(Seeds.jiaxiang2023Text()).isSameAs(Seeds.jiaxiang2023Text());
  }
}
