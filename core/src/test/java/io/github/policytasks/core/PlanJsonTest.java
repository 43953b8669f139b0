package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanJsonTest {

  static String example() throws IOException {
    try (InputStream in = PlanJsonTest.class.getResourceAsStream("contract-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void read_contractExample_givesTheModel() throws IOException {
    Plan plan = PlanJson.read(example());
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.metadata().documentNumber()).isEqualTo("嘉政办字〔2023〕22号");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 8, 8));
    assertThat(plan.metadata().indexNumber()).isNull();
    assertThat(plan.references()).singleElement()
        .satisfies(r -> assertThat(r.documentNumber()).isEqualTo("鲁政办字〔2023〕5号"));
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name)
        .containsExactly("县科技局", "县工业和信息化局", "县发展和改革局");
    Target target = task.targets().get(0);
    assertThat(target.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(target.value()).isEqualTo(Quantity.of("4", "家"));
    assertThat(target.span()).isEqualTo(SourceSpan.of(1260, 1268));
    assertThat(plan.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void write_followsTheContract() throws IOException {
    Plan plan = PlanJson.read(example());
    JsonNode json = new ObjectMapper().readTree(PlanJson.write(plan));
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    JsonNode target = json.at("/sections/0/tasks/0/targets/0");
    assertThat(target.get("value").get("amount").isTextual()).isTrue();
    assertThat(target.get("value").get("amount").asText()).isEqualTo("4");
    assertThat(target.get("comparator").asText()).isEqualTo("AT_LEAST");
    assertThat(target.get("direction").isNull()).isTrue();
    assertThat(json.at("/metadata/writtenDate").asText()).isEqualTo("2023-08-08");
    assertThat(json.at("/sections/0/tasks/0/span/start").asInt()).isEqualTo(1200);
    assertThat(json.at("/sections/0/tasks/0/supportingUnits").isArray()).isTrue();
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    assertThat(PlanJson.read(PlanJson.writeCompact(plan))).isEqualTo(plan);
  }

  @Test
  void write_fractionAmount_isExactString() {
    Quantity q = Quantity.of(Amount.parse("69200000/3"), Unit.of("平方米"));
    assertThat(PlanJson.newMapper().valueToTree(q).get("amount").asText()).isEqualTo("69200000/3");
  }

  @Test
  void read_unknownFields_areTolerated() throws IOException {
    String json = example().replace("\"year\": 2023,", "\"year\": 2023, \"producer\": {\"name\": \"x\"},")
        .replace("\"id\": \"t1.g1\",", "\"id\": \"t1.g1\", \"confidence\": 0.9,");
    assertThat(PlanJson.read(json).year()).isEqualTo(2023);
  }

  static Stream<Arguments> brokenContracts() {
    return Stream.of(
        Arguments.of("\"comparator\": \"AT_LEAST\"", "\"comparator\": \"at_least\"",
            "$.sections[0].tasks[0].targets[0].comparator"),
        Arguments.of("\"value\": {\"amount\": \"4\"", "\"value\": {\"amount\": 4",
            "$.sections[0].tasks[0].targets[0].value.amount"),
        Arguments.of("\"comparator\": \"AT_LEAST\"", "\"comparator\": \"RANGE\"",
            "$.sections[0].tasks[0].targets[0]"),
        Arguments.of("\"writtenDate\": \"2023-08-08\"", "\"writtenDate\": \"2023-13-08\"",
            "$.metadata.writtenDate"),
        Arguments.of("\"id\": \"t1\", ", "", "$.sections[0].tasks[0].id"),
        Arguments.of("\"year\": 2023", "\"year\": \"2023\"", "$.year"),
        Arguments.of("{\"start\": 1260, \"end\": 1268}", "{\"start\": 1268, \"end\": 1260}",
            "$.sections[0].tasks[0].targets[0].span"),
        Arguments.of("\"value\": {\"amount\": \"4\"", "\"value\": {\"amount\": \"4.\"",
            "$.sections[0].tasks[0].targets[0].value.amount"));
  }

  @ParameterizedTest
  @MethodSource("brokenContracts")
  void read_brokenContract_namesTheField(String good, String bad, String path) throws IOException {
    String json = example().replace(good, bad);
    assertThat(json).isNotEqualTo(example());
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .hasMessageContaining(path)
        .satisfies(e -> {
          PlanJsonException pje = (PlanJsonException) e;
          assertThat(pje.getPath()).isEqualTo(path);
          assertThat(pje.getLine()).isPositive();
          assertThat(pje.getColumn()).isPositive();
        });
  }

  @Test
  void read_syntaxError_givesLocation() {
    assertThatThrownBy(() -> PlanJson.read("{\n  \"sections\": [\n  }"))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> assertThat(((PlanJsonException) e).getLine()).isEqualTo(3));
  }

  @Test
  void read_deepNesting_isRefused() {
    String deep = "{\"schemaVersion\":\"1\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + ", \"sections\": []}";
    assertThatThrownBy(() -> PlanJson.read(deep))
        .isInstanceOf(PlanJsonException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void read_hugeNumber_isRefused() {
    String json = "{\"schemaVersion\":\"1\",\"sections\": [], \"year\": " + "9".repeat(500) + "}";
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .hasMessageContaining("length");
  }

  @Test
  void read_typeHints_areNeverFollowed() {
    String json = "{\"schemaVersion\":\"1\",\"sections\": [], \"@class\": \"java.lang.ProcessBuilder\","
        + " \"metadata\": [\"java.net.URL\", \"http://example.invalid\"]}";
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .hasMessageContaining("$.metadata");
  }

  @Test
  void schema_isShippedInTheJar() throws IOException {
    try (InputStream in = PlanJson.schema().openStream()) {
      JsonNode schema = new ObjectMapper().readTree(in);
      assertThat(schema.get("$schema").asText()).contains("2020-12");
    }
  }
}
