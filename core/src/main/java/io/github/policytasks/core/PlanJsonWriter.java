package io.github.policytasks.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan in its JSON contract through Jackson's streaming {@link JsonGenerator}: the same
 * fields, in the same order, with the same values as the contract's data binding ({@link
 * PlanJson#newMapper()}) — decimals and units as strings, enums by name, ISO dates, {@code null}
 * for absent values — without building bean serializers by reflection, which costs a one-file
 * run more than reading the plan. Field names and enum values are written from their encoded
 * bytes ({@link PlanJsonNames}). The generator's pretty printer, if any, lays the text out.
 * Stateless and thread-safe.
 */
final class PlanJsonWriter {
  private PlanJsonWriter() {}

  /** Writes {@code plan} as one JSON object to {@code json}; does not flush or close it. */
  static void write(Plan plan, JsonGenerator json) throws IOException {
    json.writeStartObject();
    stringField(json, PlanJsonNames.SCHEMA_VERSION, plan.schemaVersion());
    json.writeFieldName(PlanJsonNames.METADATA);
    metadata(plan.metadata(), json);
    json.writeFieldName(PlanJsonNames.NOTICE);
    notice(plan.notice(), json);
    string(json, PlanJsonNames.TITLE, plan.title());
    json.writeFieldName(PlanJsonNames.YEAR);
    integer(plan.year(), json);
    arrayField(json, PlanJsonNames.REFERENCES);
    for (DocumentReference reference : plan.references()) {
      json.writeStartObject();
      stringField(json, PlanJsonNames.TITLE, reference.title());
      string(json, PlanJsonNames.DOCUMENT_NUMBER, reference.documentNumber());
      span(json, PlanJsonNames.SPAN, reference.span());
      json.writeEndObject();
    }
    json.writeEndArray();
    arrayField(json, PlanJsonNames.SECTIONS);
    for (Section section : plan.sections()) {
      section(section, json);
    }
    json.writeEndArray();
    arrayField(json, PlanJsonNames.DIAGNOSTICS);
    for (Diagnostic diagnostic : plan.diagnostics()) {
      diagnostic(diagnostic, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void metadata(PlanMetadata metadata, JsonGenerator json) throws IOException {
    json.writeStartObject();
    string(json, PlanJsonNames.TITLE, metadata.title());
    string(json, PlanJsonNames.DOCUMENT_NUMBER, metadata.documentNumber());
    string(json, PlanJsonNames.ISSUER, metadata.issuer());
    date(json, PlanJsonNames.WRITTEN_DATE, metadata.writtenDate());
    date(json, PlanJsonNames.PUBLISHED_DATE, metadata.publishedDate());
    string(json, PlanJsonNames.INDEX_NUMBER, metadata.indexNumber());
    string(json, PlanJsonNames.TOPIC, metadata.topic());
    string(json, PlanJsonNames.UNIFIED_NUMBER, metadata.unifiedNumber());
    string(json, PlanJsonNames.VALIDITY, metadata.validity());
    json.writeEndObject();
  }

  private static void notice(@Nullable Notice notice, JsonGenerator json) throws IOException {
    if (notice == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    string(json, PlanJsonNames.TITLE, notice.title());
    string(json, PlanJsonNames.ADDRESSEES, notice.addressees());
    string(json, PlanJsonNames.BODY, notice.body());
    string(json, PlanJsonNames.ISSUER, notice.issuer());
    date(json, PlanJsonNames.DATE, notice.date());
    string(json, PlanJsonNames.PUBLICATION_NOTE, notice.publicationNote());
    span(json, PlanJsonNames.SPAN, notice.span());
    json.writeEndObject();
  }

  private static void section(Section section, JsonGenerator json) throws IOException {
    json.writeStartObject();
    stringField(json, PlanJsonNames.ID, section.id());
    numberField(json, PlanJsonNames.NUMBER, section.number());
    string(json, PlanJsonNames.TITLE, section.title());
    span(json, PlanJsonNames.SPAN, section.span());
    arrayField(json, PlanJsonNames.GOALS);
    for (Target goal : section.goals()) {
      target(goal, json);
    }
    json.writeEndArray();
    arrayField(json, PlanJsonNames.SUBSECTIONS);
    for (Subsection subsection : section.subsections()) {
      json.writeStartObject();
      stringField(json, PlanJsonNames.ID, subsection.id());
      numberField(json, PlanJsonNames.NUMBER, subsection.number());
      string(json, PlanJsonNames.TITLE, subsection.title());
      span(json, PlanJsonNames.SPAN, subsection.span());
      tasks(subsection.tasks(), json);
      json.writeEndObject();
    }
    json.writeEndArray();
    tasks(section.tasks(), json);
    json.writeEndObject();
  }

  private static void tasks(List<Task> tasks, JsonGenerator json) throws IOException {
    arrayField(json, PlanJsonNames.TASKS);
    for (Task task : tasks) {
      json.writeStartObject();
      stringField(json, PlanJsonNames.ID, task.id());
      numberField(json, PlanJsonNames.NUMBER, task.number());
      string(json, PlanJsonNames.LABEL, task.label());
      string(json, PlanJsonNames.TITLE, task.title());
      stringField(json, PlanJsonNames.TEXT, task.text());
      span(json, PlanJsonNames.SPAN, task.span());
      units(json, PlanJsonNames.LEAD_UNITS, task.leadUnits());
      units(json, PlanJsonNames.SUPPORTING_UNITS, task.supportingUnits());
      arrayField(json, PlanJsonNames.LEADERS);
      for (String leader : task.leaders()) {
        json.writeString(leader);
      }
      json.writeEndArray();
      date(json, PlanJsonNames.DEADLINE, task.deadline());
      arrayField(json, PlanJsonNames.TARGETS);
      for (Target target : task.targets()) {
        target(target, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void units(JsonGenerator json, SerializableString name, List<LeadUnit> units)
      throws IOException {
    arrayField(json, name);
    for (LeadUnit unit : units) {
      json.writeStartObject();
      stringField(json, PlanJsonNames.NAME, unit.name());
      string(json, PlanJsonNames.CANONICAL_NAME, unit.canonicalName());
      constant(json, PlanJsonNames.LEVEL, unit.level());
      constant(json, PlanJsonNames.KIND, unit.kind());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void target(Target target, JsonGenerator json) throws IOException {
    json.writeStartObject();
    stringField(json, PlanJsonNames.ID, target.id());
    stringField(json, PlanJsonNames.TEXT, target.text());
    span(json, PlanJsonNames.SPAN, target.span());
    string(json, PlanJsonNames.SUBJECT, target.subject());
    constant(json, PlanJsonNames.COMPARATOR, target.comparator());
    constant(json, PlanJsonNames.KIND, target.kind());
    constant(json, PlanJsonNames.DIRECTION, target.direction());
    quantity(json, PlanJsonNames.VALUE, target.value());
    quantity(json, PlanJsonNames.UPPER, target.upper());
    quantity(json, PlanJsonNames.NORMALIZED, target.normalized());
    quantity(json, PlanJsonNames.NORMALIZED_UPPER, target.normalizedUpper());
    constant(json, PlanJsonNames.DIMENSION, target.dimension());
    date(json, PlanJsonNames.DEADLINE, target.deadline());
    json.writeEndObject();
  }

  private static void diagnostic(Diagnostic diagnostic, JsonGenerator json) throws IOException {
    json.writeStartObject();
    constant(json, PlanJsonNames.SEVERITY, diagnostic.severity());
    constant(json, PlanJsonNames.CODE, diagnostic.code());
    stringField(json, PlanJsonNames.MESSAGE, diagnostic.message());
    span(json, PlanJsonNames.SPAN, diagnostic.span());
    json.writeFieldName(PlanJsonNames.LINE);
    integer(diagnostic.line(), json);
    json.writeFieldName(PlanJsonNames.COLUMN);
    integer(diagnostic.column(), json);
    json.writeEndObject();
  }

  private static void quantity(JsonGenerator json, SerializableString name, @Nullable Quantity quantity)
      throws IOException {
    json.writeFieldName(name);
    if (quantity == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    stringField(json, PlanJsonNames.AMOUNT, quantity.amount().toString());
    stringField(json, PlanJsonNames.UNIT, quantity.unit().symbol());
    json.writeEndObject();
  }

  private static void span(JsonGenerator json, SerializableString name, @Nullable SourceSpan span)
      throws IOException {
    json.writeFieldName(name);
    if (span == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    numberField(json, PlanJsonNames.START, span.start());
    numberField(json, PlanJsonNames.END, span.end());
    json.writeEndObject();
  }

  private static void string(JsonGenerator json, SerializableString name, @Nullable String value)
      throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  private static void stringField(JsonGenerator json, SerializableString name, String value)
      throws IOException {
    json.writeFieldName(name);
    json.writeString(value);
  }

  private static void numberField(JsonGenerator json, SerializableString name, int value)
      throws IOException {
    json.writeFieldName(name);
    json.writeNumber(value);
  }

  private static void arrayField(JsonGenerator json, SerializableString name) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
  }

  private static void constant(JsonGenerator json, SerializableString name, @Nullable Enum<?> value)
      throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(PlanJsonNames.of(value));
    }
  }

  private static void integer(@Nullable Integer value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  /** ISO dates as the contract's {@code uuuu-MM-dd}; {@link LocalDate#toString()} for 0–9999. */
  private static void date(JsonGenerator json, SerializableString name, @Nullable LocalDate date)
      throws IOException {
    if (date == null) {
      string(json, name, null);
    } else if (date.getYear() >= 0 && date.getYear() <= 9999) {
      string(json, name, date.toString());
    } else {
      string(json, name, Dates.CONTRACT.format(date));
    }
  }

  /** The contract's date pattern, built only for a year outside 0–9999. */
  private static final class Dates {
    static final DateTimeFormatter CONTRACT = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private Dates() {}
  }
}
