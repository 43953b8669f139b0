package io.github.policytasks.core;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * run more than reading the plan. The generator's pretty printer, if any, lays the text out.
 * Stateless and thread-safe.
 */
final class PlanJsonWriter {
  private PlanJsonWriter() {}

  /** Writes {@code plan} as one JSON object to {@code json}; does not flush or close it. */
  static void write(Plan plan, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("schemaVersion", plan.schemaVersion());
    json.writeFieldName("metadata");
    metadata(plan.metadata(), json);
    json.writeFieldName("notice");
    notice(plan.notice(), json);
    string(json, "title", plan.title());
    json.writeFieldName("year");
    integer(plan.year(), json);
    json.writeArrayFieldStart("references");
    for (DocumentReference reference : plan.references()) {
      json.writeStartObject();
      json.writeStringField("title", reference.title());
      string(json, "documentNumber", reference.documentNumber());
      span(json, "span", reference.span());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sections");
    for (Section section : plan.sections()) {
      section(section, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("diagnostics");
    for (Diagnostic diagnostic : plan.diagnostics()) {
      diagnostic(diagnostic, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void metadata(PlanMetadata metadata, JsonGenerator json) throws IOException {
    json.writeStartObject();
    string(json, "title", metadata.title());
    string(json, "documentNumber", metadata.documentNumber());
    string(json, "issuer", metadata.issuer());
    date(json, "writtenDate", metadata.writtenDate());
    date(json, "publishedDate", metadata.publishedDate());
    string(json, "indexNumber", metadata.indexNumber());
    string(json, "topic", metadata.topic());
    string(json, "unifiedNumber", metadata.unifiedNumber());
    string(json, "validity", metadata.validity());
    json.writeEndObject();
  }

  private static void notice(@Nullable Notice notice, JsonGenerator json) throws IOException {
    if (notice == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    string(json, "title", notice.title());
    string(json, "addressees", notice.addressees());
    string(json, "body", notice.body());
    string(json, "issuer", notice.issuer());
    date(json, "date", notice.date());
    string(json, "publicationNote", notice.publicationNote());
    span(json, "span", notice.span());
    json.writeEndObject();
  }

  private static void section(Section section, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", section.id());
    json.writeNumberField("number", section.number());
    string(json, "title", section.title());
    span(json, "span", section.span());
    json.writeArrayFieldStart("goals");
    for (Target goal : section.goals()) {
      target(goal, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("subsections");
    for (Subsection subsection : section.subsections()) {
      json.writeStartObject();
      json.writeStringField("id", subsection.id());
      json.writeNumberField("number", subsection.number());
      string(json, "title", subsection.title());
      span(json, "span", subsection.span());
      tasks(subsection.tasks(), json);
      json.writeEndObject();
    }
    json.writeEndArray();
    tasks(section.tasks(), json);
    json.writeEndObject();
  }

  private static void tasks(List<Task> tasks, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("tasks");
    for (Task task : tasks) {
      json.writeStartObject();
      json.writeStringField("id", task.id());
      json.writeNumberField("number", task.number());
      string(json, "label", task.label());
      string(json, "title", task.title());
      json.writeStringField("text", task.text());
      span(json, "span", task.span());
      units(json, "leadUnits", task.leadUnits());
      units(json, "supportingUnits", task.supportingUnits());
      json.writeArrayFieldStart("leaders");
      for (String leader : task.leaders()) {
        json.writeString(leader);
      }
      json.writeEndArray();
      date(json, "deadline", task.deadline());
      json.writeArrayFieldStart("targets");
      for (Target target : task.targets()) {
        target(target, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void units(JsonGenerator json, String name, List<LeadUnit> units)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (LeadUnit unit : units) {
      json.writeStartObject();
      json.writeStringField("name", unit.name());
      string(json, "canonicalName", unit.canonicalName());
      constant(json, "level", unit.level());
      constant(json, "kind", unit.kind());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void target(Target target, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", target.id());
    json.writeStringField("text", target.text());
    span(json, "span", target.span());
    string(json, "subject", target.subject());
    constant(json, "comparator", target.comparator());
    constant(json, "kind", target.kind());
    constant(json, "direction", target.direction());
    quantity(json, "value", target.value());
    quantity(json, "upper", target.upper());
    quantity(json, "normalized", target.normalized());
    quantity(json, "normalizedUpper", target.normalizedUpper());
    constant(json, "dimension", target.dimension());
    date(json, "deadline", target.deadline());
    json.writeEndObject();
  }

  private static void diagnostic(Diagnostic diagnostic, JsonGenerator json) throws IOException {
    json.writeStartObject();
    constant(json, "severity", diagnostic.severity());
    constant(json, "code", diagnostic.code());
    json.writeStringField("message", diagnostic.message());
    span(json, "span", diagnostic.span());
    json.writeFieldName("line");
    integer(diagnostic.line(), json);
    json.writeFieldName("column");
    integer(diagnostic.column(), json);
    json.writeEndObject();
  }

  private static void quantity(JsonGenerator json, String name, @Nullable Quantity quantity)
      throws IOException {
    json.writeFieldName(name);
    if (quantity == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("amount", quantity.amount().toString());
    json.writeStringField("unit", quantity.unit().symbol());
    json.writeEndObject();
  }

  private static void span(JsonGenerator json, String name, @Nullable SourceSpan span)
      throws IOException {
    json.writeFieldName(name);
    if (span == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeEndObject();
  }

  private static void string(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  private static void constant(JsonGenerator json, String name, @Nullable Enum<?> value)
      throws IOException {
    string(json, name, value == null ? null : value.name());
  }

  private static void integer(@Nullable Integer value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  /** ISO dates as the contract's {@code uuuu-MM-dd}; {@link LocalDate#toString()} for 0–9999. */
  private static void date(JsonGenerator json, String name, @Nullable LocalDate date)
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
