package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "不低于154万亩|AT_LEAST|154|万亩|-|3080000000/3|平方米|AREA",
    "突破150亿元|MORE_THAN|150|亿元|-|15000000000|元|CURRENCY",
    "8—10个|RANGE|8|个|10|8|个|COUNT",
    "提升1-3个百分点|RANGE|1|个百分点|3|1|百分点|PERCENTAGE_POINTS",
    "控制在4.5%以内|AT_MOST|4.5|%|-|4.5|%|PERCENT",
    "10项左右|APPROXIMATELY|10|项|-|10|项|COUNT",
    "500多亿元|MORE_THAN|500|亿元|-|50000000000|元|CURRENCY",
    "达到280兆瓦|EXACTLY|280|兆瓦|-|280000000|瓦|POWER",
  })
  void normalise_printsOneJsonObjectPerFigure(String input, String comparator, String value,
      String unit, String upper, String normalized, String canonical, String dimension)
      throws IOException {
    Cli.Result result = Cli.run("normalise", input);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(1);
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("input").asText()).isEqualTo(input);
    assertThat(json.get("comparator").asText()).isEqualTo(comparator);
    assertThat(json.get("value").get("amount").asText()).isEqualTo(value);
    assertThat(json.get("value").get("unit").asText()).isEqualTo(unit);
    assertThat(json.get("upper").isNull() ? null : json.get("upper").get("amount").asText())
        .isEqualTo(upper);
    assertThat(json.get("normalized").get("amount").asText()).isEqualTo(normalized);
    assertThat(json.get("normalized").get("unit").asText()).isEqualTo(canonical);
    assertThat(json.get("dimension").asText()).isEqualTo(dimension);
  }

  @Test
  void normalise_severalFigures_printsOneLineEach() {
    Cli.Result result = Cli.run("normalise", "3万亩", "1.5万平方米", "两个");

    assertThat(result.out().lines()).hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("{\"input\":\"").endsWith("}"));
    assertThat(result.out()).contains("\"normalized\":{\"amount\":\"20000000\",\"unit\":\"平方米\"}")
        .contains("\"normalized\":{\"amount\":\"15000\",\"unit\":\"平方米\"}");
  }

  @Test
  void normalise_scale_addsRoundedValue() throws IOException {
    JsonNode json = JSON.readTree(Cli.run("normalise", "--scale", "2", "3.46万亩").out());

    assertThat(json.get("normalized").get("amount").asText()).isEqualTo("69200000/3");
    assertThat(json.get("rounded").asText()).isEqualTo("23066666.67");
  }

  @Test
  void normalise_unreadableFigure_isOneErrorLineAndTheOthersArePrinted() {
    Cli.Result result = Cli.run("normalise", "3万亩", "很多", "5家");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out().lines()).hasSize(2);
    List<String> errors = result.err().lines().toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("policy-tasks: cannot read \"很多\": ").contains("index 0");
  }

  @Test
  void normalise_withoutFigures_isAnError() {
    Cli.Result result = Cli.run("normalise");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("EXPR").hasLineCount(1);
  }
}
