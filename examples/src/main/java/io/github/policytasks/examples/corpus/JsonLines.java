package io.github.policytasks.examples.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes batch results as JSON lines, UTF-8 bytes straight to a stream: one compact object per
 * document and line — {@code {"file":…,"plan":{…}}} for a plan (in the JSON contract), {@code
 * {"file":…,"error":"…"}} for a failure — each line flushed as it is written. The mapper is
 * built on first use. Not thread-safe.
 */
public final class JsonLines {
  private final JsonGenerator generator;
  private final OutputStream out;

  /** Lines written to {@code out}, which is flushed after each line and never closed. */
  public JsonLines(OutputStream out) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.generator = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.generator.setRootValueSeparator(null);
  }

  /** Writes the line of {@code item}. */
  public void write(BatchItem item) throws IOException {
    write(item.input().file(), null, item.result().plan(), item.result().failure());
  }

  /**
   * Writes one line: {@code file}, then {@code planId} when not null, then the plan or the
   * error.
   */
  public void write(String file, @Nullable String planId, @Nullable Plan plan,
      @Nullable String error) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("file", file);
    if (planId != null) {
      generator.writeStringField("plan_id", planId);
    }
    if (plan != null) {
      generator.writeFieldName("plan");
      PlanJson.write(plan, generator);
    } else {
      generator.writeStringField("error", Objects.requireNonNull(error, "error"));
    }
    generator.writeEndObject();
    generator.writeRaw('\n');
    generator.flush();
    out.flush();
  }

  /** Writes {@code plan} as compact JSON and a line break to {@code out}, leaving it open. */
  public static void writeCompact(Plan plan, OutputStream out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      PlanJson.write(plan, json);
    }
    out.write('\n');
  }
}
