package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlanJsonProperties {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    try (InputStream in = PlanJson.schema().openStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<Amount> amounts() {
    return PlanArbitraries.amounts();
  }

  @Property(tries = 300)
  void writeThenRead_givesTheSamePlan(@ForAll("plans") Plan plan) {
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    assertThat(PlanJson.read(PlanJson.writeCompact(plan))).isEqualTo(plan);
  }

  @Property(tries = 300)
  void writtenJson_validatesAgainstTheShippedSchema(@ForAll("plans") Plan plan) throws IOException {
    JsonNode json = TREE.readTree(PlanJson.write(plan));
    Set<ValidationMessage> errors = SCHEMA.validate(json);
    assertThat(errors).isEmpty();
  }

  @Property
  void amount_textForm_roundTrips(@ForAll("amounts") Amount amount) {
    assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
  }

  @Property
  void amount_arithmetic_isExact(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
    assertThat(a.plus(b).minus(b).isEquivalentTo(a)).isTrue();
    if (b.signum() != 0) {
      assertThat(a.times(b).dividedBy(b).isEquivalentTo(a)).isTrue();
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }
}
