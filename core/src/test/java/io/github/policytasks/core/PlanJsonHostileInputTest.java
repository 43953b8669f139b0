package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Untrusted JSON that must be refused with a {@link PlanJsonException} naming the path, line
 * and column, and never read into a wrong or lossy plan.
 */
class PlanJsonHostileInputTest {
  private static final String TARGET_AMOUNT = "$.sections[0].tasks[0].targets[0].value.amount";

  private static String planWithAmount(String amount) {
    return "{\"schemaVersion\":\"1\",\"sections\":[{\"id\":\"s1\",\"number\":1,\"goals\":[],\"subsections\":[],\"tasks\":[{\"id\":\"t1\","
        + "\"number\":1,\"text\":\"x\",\"span\":{\"start\":0,\"end\":2},\"leadUnits\":[],"
        + "\"supportingUnits\":[],\"leaders\":[],\"targets\":[{\"id\":\"t1.g1\",\"text\":\"4家\","
        + "\"span\":{\"start\":0,\"end\":2},\"comparator\":\"EXACTLY\",\"kind\":\"AMOUNT\","
        + "\"value\":{\"amount\":" + amount + ",\"unit\":\"家\"}}]}]}]}";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0.30000000000000004",
    "123456789012345678901234567890.123",
    "'\"1e400\"'",
    "'\"NaN\"'",
    "'\"1/0\"'"
  })
  void read_amountThatIsNoExactDecimalString_isRefusedAtItsPath(String amount) {
    assertThatThrownBy(() -> PlanJson.read(planWithAmount(amount)))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> {
          PlanJsonException pje = (PlanJsonException) e;
          assertThat(pje.getPath()).isEqualTo(TARGET_AMOUNT);
          assertThat(pje.getLine()).isEqualTo(1);
          assertThat(pje.getColumn()).isPositive();
        });
  }

  @Test
  void read_longExactAmount_keepsEveryDigit() {
    String digits = "9".repeat(400) + "." + "1".repeat(60);

    Plan plan = PlanJson.read(planWithAmount("\"" + digits + "\""));

    assertThat(plan.allTargets().get(0).value().amount().toString()).isEqualTo(digits);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'{\"schemaVersion\":\"1\",\"sections\":[]} {\"x\":1}' | $ | 37",
    "'{\"schemaVersion\":\"1\",\"sections\":[{\"id\":\"s1\",\"number\":1,\"goals\":[],\"subsections\":[],\"tasks\":[]},{\"id\":\"s1\",\"number\":2,\"goals\":[],\"subsections\":[],\"tasks\":[]}]}' | $.sections[1].id | 102",
    "'{\"schemaVersion\":\"1\",\"sections\":[{\"id\":\"s1\",\"number\":1,\"goals\":[],\"subsections\":[],\"tasks\":[{\"id\":\"t1\",\"number\":1,\"text\":\"x\",\"span\":{\"start\":5,\"end\":1},\"leadUnits\":[],\"targets\":[]}]}]}' | $.sections[0].tasks[0].span | 133",
    "'[]' | $ | 1"
  })
  void read_brokenDocument_isRefusedWithPathAndColumn(String json, String path, int column) {
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> {
          PlanJsonException pje = (PlanJsonException) e;
          assertThat(pje.getPath()).isEqualTo(path);
          assertThat(pje.getLine()).isEqualTo(1);
          assertThat(pje.getColumn()).isEqualTo(column);
        });
  }

  @Test
  void read_nullLiteral_isRefused() {
    assertThatThrownBy(() -> PlanJson.read("null")).isInstanceOf(PlanJsonException.class);
  }

  @Test
  void read_overlongString_isRefusedWithItsLocation() {
    String json = "{\"schemaVersion\":\"1\",\"title\":\"" + "字".repeat(PlanJson.MAX_STRING_LENGTH + 1) + "\",\"sections\":[]}";

    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> {
          assertThat(((PlanJsonException) e).getPath()).isEqualTo("$.title");
          assertThat(((PlanJsonException) e).getLine()).isEqualTo(1);
        });
  }

  @Test
  void read_amountWithAMillionDigits_isRefusedAtItsPath() {
    String json = planWithAmount("\"0." + "7".repeat(1_000_000) + "\"");

    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> assertThat(((PlanJsonException) e).getPath()).isEqualTo(TARGET_AMOUNT));
  }
}
