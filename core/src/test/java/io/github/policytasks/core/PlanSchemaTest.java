package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlanSchemaTest {

  private static Set<ValidationMessage> validate(String json) throws IOException {
    try (InputStream in = PlanJson.schema().openStream()) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(new ObjectMapper().readTree(json));
    }
  }

  @Test
  void contractExample_isValid() throws IOException {
    assertThat(validate(PlanJsonTest.example())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"value\": {\"amount\": \"4\"|\"value\": {\"amount\": 4",
    "\"comparator\": \"AT_LEAST\"|\"comparator\": \"RANGE\"",
    "\"kind\": \"AMOUNT\"|\"kind\": \"GROWTH\"",
    "\"id\": \"t1.g1\"|\"id\": \"g1\"",
    "\"writtenDate\": \"2023-08-08\"|\"writtenDate\": \"8/8/2023\"",
    "\"schemaVersion\": \"1\"|\"schemaVersion\": \"2\"",
    "\"comparator\": \"AT_LEAST\"|\"comparator\": \"at_least\""
  })
  void brokenContract_isInvalid(String good, String bad) throws IOException {
    String json = PlanJsonTest.example().replace(good, bad);
    assertThat(json).isNotEqualTo(PlanJsonTest.example());
    assertThat(validate(json)).isNotEmpty();
  }
}
