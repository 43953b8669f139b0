package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {

  private static JsonNode diagnosticSchema() throws IOException {
    try (InputStream in = PlanJson.schema().openStream()) {
      return new ObjectMapper().readTree(in).path("$defs").path("diagnostic");
    }
  }

  @Test
  void schema_listsEveryCode_withItsSeverity() throws IOException {
    JsonNode schema = diagnosticSchema();
    List<String> listed = new ArrayList<>();
    schema.path("properties").path("code").path("enum").forEach(n -> listed.add(n.asText()));
    assertThat(listed).containsExactly(
        Arrays.stream(DiagnosticCode.values()).map(Enum::name).toArray(String[]::new));
    Map<String, String> severityOf = new LinkedHashMap<>();
    for (JsonNode rule : schema.path("allOf")) {
      String severity = rule.path("then").path("properties").path("severity").path("const").asText();
      rule.path("if").path("properties").path("code").path("enum")
          .forEach(code -> severityOf.put(code.asText(), severity));
    }
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(severityOf.get(code.name())).as(code.name()).isEqualTo(code.severity().name());
    }
  }

  @Test
  void everyCode_hasOneSentenceOfMeaning() {
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(code.meaning()).as(code.name()).endsWith(".").doesNotContain("\n");
    }
  }

  @Test
  void diagnostic_takesItsSeverityFromItsCode() {
    Diagnostic d = Diagnostic.builder().code(DiagnosticCode.TASK_WITHOUT_NOTE).message("m")
        .span(SourceSpan.of(0, 1)).build();
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThatThrownBy(() -> d.withSeverity(Severity.WARNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Diagnostic TASK_WITHOUT_NOTE has severity WARNING but the code's severity is INFO");
  }

  @Test
  void json_writesAndReadsTheCodeByName() {
    Diagnostic d = Diagnostic.builder().code(DiagnosticCode.NOTE_PARTLY_READ).message("m")
        .span(SourceSpan.of(0, 1)).build();
    Plan plan = Plan.builder().addDiagnostics(d).build();
    String json = PlanJson.write(plan);
    assertThat(json).contains("\"code\" : \"NOTE_PARTLY_READ\"");
    assertThat(PlanJson.read(json)).isEqualTo(plan);
  }
}
