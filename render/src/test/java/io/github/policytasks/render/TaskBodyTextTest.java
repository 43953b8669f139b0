package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskBodyTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "搭建创新平台。创新平台4家以上。(牵头单位:县科技局、县财政局) | 搭建创新平台。创新平台4家以上。",
    "加快现代水网建设。(牵头单位:县水务局). | 加快现代水网建设。",
    "推动消费。（责任单位：县商务局，县财政局） | 推动消费。",
    "推动消费。〔牽頭單位：县商务局〕 | 推动消费。",
    "推动消费。(县商务局牵头,各镇街按职责分工负责) | 推动消费。",
    "落实《计划(2023-2025年)》 | 落实《计划(2023-2025年)》",
    "推进大运河、黄河国家文化公园(济宁段)建设。 | 推进大运河、黄河国家文化公园(济宁段)建设。",
    "建设公园(济宁段) | 建设公园(济宁段)",
    "(牵头单位:县水务局) | ''"
  })
  void withoutNote_removesOnlyTheTrailingNote(String text, String body) {
    assertThat(TaskBodyText.withoutNote(text)).isEqualTo(body);
  }

  /** In these rows ¶ stands for LF and ¤ for CR. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "搭建创新平台。¶牵头单位:县科技局¶责任单位:县财政局 | 搭建创新平台。",
    "搭建创新平台。¶完成时限：2023年9月 | 搭建创新平台。",
    "搭建创新平台。¶第二段正文。¶牵头单位:县科技局 | 搭建创新平台。¶第二段正文。",
    "搭建创新平台。¤¶(牵头单位:县科技局) | 搭建创新平台。"
  })
  void withoutNote_removesOwnLineNotes(String text, String body) {
    assertThat(TaskBodyText.withoutNote(text.replace("¶", "\n").replace("¤", "\r")))
        .isEqualTo(body.replace("¶", "\n"));
  }
}
