package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one test of an organisation's name that the front matter, the notice heading, the plan
 * reader and the closing signature share: an ending from the list, with or without a name before
 * it.
 */
class OrganisationNamesTest {
  @ParameterizedTest(name = "{0}: alone {1}, with a name before {2}")
  @CsvSource(delimiter = '|', value = {
      "某市人民政府办公室|true|true",
      "办公室|true|false",
      "省商务厅|true|true",
      "厅|true|false",
      "某县政务服务中心|true|true",
      "中共某省委|true|true",
      "省委|true|false",
      "国务院|true|true",
      "某某有限公司|false|false",
      "现印发给你们|false|false"})
  void endsAsOrganisation_withOrWithoutANameBeforeTheEnding(String text, boolean alone, boolean named) {
    String padded = "。" + text + "，";
    int start = 1;
    int end = 1 + text.length();
    assertThat(OrganisationNames.endsAsOrganisation(padded, start, end, false)).isEqualTo(alone);
    assertThat(OrganisationNames.endsAsOrganisation(padded, start, end, true)).isEqualTo(named);
  }
}
