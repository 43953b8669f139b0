package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotations, titles and document-number brackets are found; a stray mark opens nothing. */
class QuotedRegionsTest {

  @Test
  void of_quotationTitleAndBracket_marksEachWithItsMarks() {
    String text = "实施“四个一”行动,落实《行动计划(2023-2025年)》(鲁政办字〔2023〕5号)";
    QuotedRegions quoted = QuotedRegions.of(text);

    assertThat(quoted.contains(text.indexOf('“'))).isTrue();
    assertThat(quoted.contains(text.indexOf('四'))).isTrue();
    assertThat(quoted.contains(text.indexOf('”'))).isTrue();
    assertThat(quoted.contains(text.indexOf('行'))).isFalse();
    assertThat(quoted.touches(text.indexOf("2025"), text.indexOf("2025") + 4)).isTrue();
    assertThat(quoted.contains(text.indexOf("〔2023〕") + 1)).isTrue();
    assertThat(quoted.contains(text.indexOf("5号"))).isFalse();
  }

  @Test
  void of_strayOpeningQuote_hidesNothingAfterIt() {
    String text = "打造“示范区，新增企业10家以上，建成项目20个，完成投资5亿元，带动就业1000人以上。";
    QuotedRegions quoted = QuotedRegions.of(text);

    assertThat(quoted.touches(text.indexOf("10家"), text.length())).isFalse();
  }
}
