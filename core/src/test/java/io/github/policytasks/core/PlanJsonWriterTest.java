package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming writer behind {@link PlanJson}'s write methods gives, byte for byte, what the
 * contract's data binding ({@link PlanJson#newMapper()}) writes for the same plan.
 */
class PlanJsonWriterTest {
  private static final ObjectWriter BOUND_PRETTY =
      PlanJson.newMapper().writerFor(Plan.class).withDefaultPrettyPrinter();
  private static final ObjectWriter BOUND_COMPACT = PlanJson.newMapper().writerFor(Plan.class);

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Notice> notices = Combinators.combine(
            PlanArbitraries.texts().injectNull(0.3), PlanArbitraries.texts().injectNull(0.3),
            PlanArbitraries.texts().injectNull(0.3), PlanArbitraries.dates().injectNull(0.3),
            PlanArbitraries.spans().injectNull(0.3))
        .as((title, body, issuer, date, span) -> Notice.builder().title(title).addressees(body)
            .body(body).issuer(issuer).date(date).publicationNote(title).span(span).build());
    Arbitrary<PlanMetadata> metadata = Combinators.combine(
            PlanArbitraries.metadata(), PlanArbitraries.texts().injectNull(0.4),
            PlanArbitraries.texts().injectNull(0.4), PlanArbitraries.texts().injectNull(0.4))
        .as((m, index, topic, validity) -> PlanMetadata.builder().from(m).issuer(topic)
            .indexNumber(index).topic(topic).unifiedNumber(index).validity(validity).build());
    return Combinators.combine(PlanArbitraries.plans(), notices.injectNull(0.3), metadata)
        .as((plan, notice, meta) -> Plan.builder().from(plan).notice(notice).metadata(meta)
            .build());
  }

  @Property(tries = 300)
  void prettyText_isWhatDataBindingWrites(@ForAll("plans") Plan plan) throws IOException {
    assertThat(PlanJson.write(plan)).isEqualTo(BOUND_PRETTY.writeValueAsString(plan));
  }

  @Property(tries = 300)
  void compactText_isWhatDataBindingWrites(@ForAll("plans") Plan plan) throws IOException {
    assertThat(PlanJson.writeCompact(plan)).isEqualTo(BOUND_COMPACT.writeValueAsString(plan));
  }

  @Property(tries = 100)
  void bytesAndCharacters_areWhatDataBindingWrites(@ForAll("plans") Plan plan)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanJson.write(plan, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(BOUND_PRETTY.writeValueAsBytes(plan));
    StringWriter chars = new StringWriter();
    PlanJson.write(plan, chars);
    assertThat(chars.toString()).isEqualTo(BOUND_PRETTY.writeValueAsString(plan));
  }

  @Property(tries = 100)
  void aPlanInsideACallersJson_isWhatDataBindingWrites(@ForAll("plans") Plan plan)
      throws IOException {
    StringWriter ours = new StringWriter();
    StringWriter bound = new StringWriter();
    try (JsonGenerator json = PlanJson.newMapper().getFactory().createGenerator(ours)) {
      json.writeStartObject();
      json.writeFieldName("plan");
      PlanJson.write(plan, json);
      json.writeEndObject();
    }
    try (JsonGenerator json = PlanJson.newMapper().getFactory().createGenerator(bound)) {
      json.writeStartObject();
      json.writeFieldName("plan");
      BOUND_COMPACT.writeValue(json, plan);
      json.writeEndObject();
    }
    assertThat(ours.toString()).isEqualTo(bound.toString());
  }

  @Example
  void datesOutsideFourDigitYears_areWrittenAsDataBindingWritesThem() throws IOException {
    for (LocalDate date : new LocalDate[] {
        LocalDate.of(10_000, 1, 2), LocalDate.of(-1, 12, 31), LocalDate.of(0, 2, 29),
        LocalDate.of(999, 3, 4), LocalDate.of(9999, 12, 31)}) {
      Plan plan = Plan.builder()
          .metadata(PlanMetadata.builder().writtenDate(date).publishedDate(date).build())
          .build();
      assertThat(PlanJson.write(plan)).isEqualTo(BOUND_PRETTY.writeValueAsString(plan));
    }
  }

  @Example
  void anEmptyPlan_isWhatDataBindingWrites() throws IOException {
    Plan plan = Plan.builder().build();
    assertThat(PlanJson.write(plan)).isEqualTo(BOUND_PRETTY.writeValueAsString(plan));
    assertThat(PlanJson.writeCompact(plan)).isEqualTo(BOUND_COMPACT.writeValueAsString(plan));
  }
}
