package io.github.policytasks.examples.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes batch results into JSON lines, UTF-8 bytes ready to be copied to a stream: one compact
 * object per document and line — {@code {"file":…,"plan":{…}}} for a plan (in the JSON contract),
 * {@code {"file":…,"error":"…"}} for a failure — ended by a line break. One instance per thread:
 * it keeps its generator and buffer from line to line. Not thread-safe.
 */
public final class JsonLines implements ItemPreparer<byte[]> {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final ByteLines buffer = new ByteLines();
  private JsonGenerator generator;

  /** A maker of lines. */
  public JsonLines() {
    this.generator = newGenerator();
  }

  /** {@return the line of {@code item}} */
  @Override
  public byte[] prepare(BatchItem item) {
    return line(item.input().file(), null, item.result().plan(), item.result().failure());
  }

  /**
   * {@return one line: {@code file}, then {@code planId} when not null, then the plan or the
   * error} When the plan has no JSON form ({@link PlanJson#write(Plan, JsonGenerator)} refuses
   * it), that exception is thrown and the maker is ready for the next line.
   */
  public byte[] line(String file, @Nullable String planId, @Nullable Plan plan,
      @Nullable String error) {
    try {
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
    } catch (IOException | RuntimeException e) {
      generator = newGenerator();
      buffer.clear();
      if (e instanceof IOException) {
        throw new UncheckedIOException((IOException) e);
      }
      throw (RuntimeException) e;
    }
    return buffer.take();
  }

  private JsonGenerator newGenerator() {
    try {
      JsonGenerator json = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code plan} as compact JSON and a line break to {@code out}, leaving it open. */
  public static void writeCompact(Plan plan, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      PlanJson.write(plan, json);
    }
    out.write('\n');
  }
}
