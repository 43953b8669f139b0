package io.github.policytasks.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the annotated plan in its JSON contract ({@code plan-json.md}): decimals as
 * strings, enums upper-case, ISO dates, {@code null} for absent values. The shipped JSON Schema
 * ({@link #schema()}), this reader and this writer accept the same documents.
 *
 * <p>Reading refuses, with a {@link PlanJsonException} naming the JSON path (and line and column)
 * in words: JSON that is not a plan object or has duplicate keys; a missing required field, a
 * value of the wrong type, an unknown enum value, a date that is not a strict ISO date that
 * exists, an amount not in its one canonical form; ids out of document order, a range whose upper
 * bound is below its value, a span whose end precedes its start, a target span of another length
 * than its text or outside its task, a negative count. What only the unit catalogue can tell
 * (a {@code normalized} value that is not the value in the canonical unit, a dimension of another
 * unit) is checked by {@code io.github.policytasks.metrics.PlanContract}, which reads through this
 * class: use it for untrusted documents. Unknown extra fields are ignored.
 *
 * <p>Reading is safe for untrusted input: no polymorphic or default typing, at most {@value
 * #MAX_NESTING_DEPTH} levels of nesting, strings of at most {@value #MAX_STRING_LENGTH}
 * characters, numbers of at most {@value #MAX_NUMBER_LENGTH} digits, documents of at most {@value
 * #MAX_DOCUMENT_LENGTH} characters. Thread-safe.
 */
public final class PlanJson {
  /** The deepest nesting read; the contract needs fewer than ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest document read, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** The classpath resource holding the JSON Schema (draft 2020-12) of the contract. */
  public static final String SCHEMA_RESOURCE = "/io/github/policytasks/core/plan.schema.json";

  /** Writing goes through the streaming API only; the data-binding mapper is built to read. */
  private static final JsonFactory WRITING = new JsonFactory();

  private PlanJson() {}

  /**
   * {@return a new mapper configured for the contract, to read or write parts of a plan ({@code
   * Task}, {@code Target}…) or to embed in a caller's own configuration}
   */
  public static ObjectMapper newMapper() {
    return PlanJsonMapper.create();
  }

  /**
   * {@return the plan as indented JSON}
   *
   * @param plan the plan
   * @throws IllegalArgumentException naming the JSON path when a target's span is not as long as
   *     its text or lies outside its task's span: such a plan has no JSON form
   */
  public static String write(Plan plan) {
    return text(plan, true);
  }

  /**
   * {@return the plan as JSON on one line; refuses what {@link #write(Plan)} refuses}
   *
   * @param plan the plan
   */
  public static String writeCompact(Plan plan) {
    return text(plan, false);
  }

  private static String text(Plan plan, boolean pretty) {
    writable(plan);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = WRITING.createGenerator(text)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      PlanJsonWriter.write(plan, json);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write plan as JSON: " + e.getMessage(), e);
    }
    return text.toString();
  }

  /**
   * Writes the plan as indented UTF-8 JSON to {@code out}, leaving it open; refuses what {@link
   * #write(Plan)} refuses.
   *
   * @param plan the plan
   * @param out where to write (left open)
   * @throws IOException when writing to {@code out} fails
   */
  public static void write(Plan plan, OutputStream out) throws IOException {
    writable(plan);
    try (JsonGenerator json = WRITING.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
      PlanJsonWriter.write(plan, json);
    }
  }

  /**
   * Writes the plan as indented JSON to {@code out}, leaving it open; refuses what {@link
   * #write(Plan)} refuses.
   *
   * @param plan the plan
   * @param out where to write (left open)
   * @throws IOException when writing to {@code out} fails
   */
  public static void write(Plan plan, Writer out) throws IOException {
    writable(plan);
    try (JsonGenerator json = WRITING.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
      PlanJsonWriter.write(plan, json);
    }
  }

  /**
   * Writes the plan as one JSON value through {@code json} — on one line, or laid out by the
   * generator's pretty printer — without flushing or closing it; refuses what {@link
   * #write(Plan)} refuses. For a plan inside a caller's own JSON (a JSON line per document).
   *
   * @param plan the plan
   * @param json the generator to write with (left open, not flushed)
   * @throws IOException when the generator fails to write
   */
  public static void write(Plan plan, JsonGenerator json) throws IOException {
    writable(plan);
    Objects.requireNonNull(json, "json");
    PlanJsonWriter.write(plan, json);
  }

  private static void writable(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    PlanSpans.check(plan);
  }

  /**
   * {@return the plan in {@code json}}
   *
   * @param json the JSON text
   * @throws PlanJsonException naming the field by its JSON path, and the line and column, where
   *     the contract is broken
   */
  public static Plan read(String json) {
    Objects.requireNonNull(json, "json");
    return readText(json);
  }

  /**
   * {@return the plan in the UTF-8 (or UTF-16/32, detected) JSON of {@code in}; the stream is not
   * closed}
   *
   * @param in the stream to read (not closed)
   * @throws PlanJsonException naming the field and location where the contract is broken
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static Plan read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_LENGTH + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return readWith(factory -> factory.createParser(bytes));
  }

  /**
   * {@return the plan in the JSON of {@code in}; the reader is not closed}
   *
   * @param in the stream to read (not closed)
   * @throws PlanJsonException naming the field and location where the contract is broken
   * @throws UncheckedIOException when the reader fails
   */
  public static Plan read(Reader in) {
    Objects.requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_DOCUMENT_LENGTH) {
          throw tooLong();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readText(text.toString());
  }

  private static Plan readText(String json) {
    return readWith(factory -> factory.createParser(json));
  }

  private static PlanJsonException tooLong() {
    return new PlanJsonException(
        "Plan JSON breaks the contract at $: the document is longer than " + MAX_DOCUMENT_LENGTH
            + " characters", "$", -1, -1, null);
  }

  /** Opens a parser over one source; the source itself is left open. */
  private interface ParserOpener {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /**
   * Reads in three steps, each refusing with a JSON path: the JSON itself (syntax, duplicate
   * keys, limits), its shape ({@link PlanJsonShape}: required fields, types, enums, ids, dates,
   * amounts), then the model's own consistency checks (ids in document order, ranges, spans).
   * A refusal found on the tree is given the line and column of its path by reading again.
   */
  private static Plan readWith(ParserOpener opener) {
    JsonNode tree = readTree(opener);
    try {
      PlanJsonShape.check(tree);
      Plan plan = PlanJsonMapper.reading().treeToValue(tree, Plan.class);
      PlanSpans.check(plan);
      return plan;
    } catch (PlanJsonException e) {
      throw located(e, opener);
    } catch (IOException | IllegalArgumentException e) {
      throw located(translate(e), opener);
    }
  }

  private static JsonNode readTree(ParserOpener opener) {
    JsonParser parser = null;
    try {
      parser = opener.open(PlanJsonMapper.reading().getFactory());
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        JsonLocation at = parser.currentTokenLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        throw new PlanJsonException(
            "Plan JSON breaks the contract at $ (line " + line + ", column " + column
                + "): expected a plan (a JSON object), found " + describe(first),
            "$", line, column, null);
      }
      JsonNode tree = PlanJsonMapper.reading().readTree(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new PlanJsonException(
            "Plan JSON breaks the contract at $ (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + "): " + describe(trailing) + " follows the plan's closing brace",
            "$", at.getLineNr(), at.getColumnNr(), null);
      }
      return tree;
    } catch (IOException e) {
      throw translate(e, parser);
    } finally {
      closeQuietly(parser);
    }
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "no content";
    }
    switch (token) {
      case START_ARRAY:
        return "a list (a JSON array)";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "more JSON";
    }
  }

  /** {@code e} with the line and column where its path starts in the source, when it has none. */
  private static PlanJsonException located(PlanJsonException e, ParserOpener opener) {
    if (e.getLine() > 0) {
      return e;
    }
    JsonLocation at = PlanJsonPaths.locate(e.getPath(), opener::open, PlanJsonMapper.reading().getFactory());
    if (at == null) {
      return e;
    }
    String prefix = "Plan JSON breaks the contract at " + e.getPath() + ": ";
    String reason = e.getMessage().startsWith(prefix)
        ? e.getMessage().substring(prefix.length()) : e.getMessage();
    String message = "Plan JSON breaks the contract at " + e.getPath() + " (line " + at.getLineNr()
        + ", column " + at.getColumnNr() + "): " + reason;
    return new PlanJsonException(message, e.getPath(), at.getLineNr(), at.getColumnNr(), e.getCause());
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // the source stays open by contract; a failure to release the parser's buffers changes nothing
      }
    }
  }

  /** {@return the JSON Schema (draft 2020-12) of the contract, shipped in this jar} */
  public static URL schema() {
    return Objects.requireNonNull(
        PlanJson.class.getResource(SCHEMA_RESOURCE), "missing resource " + SCHEMA_RESOURCE);
  }

  /** A binding failure on the tree, as a contract violation at its JSON path (no location yet). */
  private static PlanJsonException translate(Exception e) {
    String path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "$";
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PlanPathViolation) {
        String at = ((PlanPathViolation) cause).path();
        String message = cause.getMessage();
        String reason = message.startsWith(at + " ") ? message.substring(at.length() + 1) : message;
        return new PlanJsonException(
            "Plan JSON breaks the contract at " + at + ": " + reason, at, -1, -1, e);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    String reason = e instanceof JsonProcessingException
        ? reasonOf((JsonProcessingException) e) : e.getMessage();
    return new PlanJsonException(
        "Plan JSON breaks the contract at " + path + ": " + reason, path, -1, -1, e);
  }

  private static RuntimeException translate(IOException e, @Nullable JsonParser parser) {
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException(e);
    }
    JsonProcessingException jpe = (JsonProcessingException) e;
    JsonLocation location = jpe.getLocation();
    if ((location == null || location.getLineNr() < 0) && parser != null) {
      location = parser.currentLocation();
    }
    int line = location != null ? location.getLineNr() : -1;
    int column = location != null ? location.getColumnNr() : -1;
    String path = "$";
    if (jpe instanceof JsonMappingException) {
      path = pathOf((JsonMappingException) jpe);
    }
    if ("$".equals(path) && parser != null) {
      path = pathOf(parser.getParsingContext());
    }
    String reason = reasonOf(jpe);
    line = Math.max(1, line);
    column = Math.max(1, column);
    String message =
        "Plan JSON breaks the contract at " + path + " (line " + line + ", column " + column + "): "
            + reason;
    return new PlanJsonException(message, path, line, column, e);
  }

  private static String pathOf(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        path.insert(0, "." + at.getCurrentName());
      } else if (at.inArray()) {
        path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
      }
    }
    return "$" + path;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String reasonOf(JsonProcessingException e) {
    Throwable cause = e.getCause();
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof IllegalArgumentException
        || cause instanceof IllegalStateException
        || cause instanceof NumberFormatException
        || cause instanceof NullPointerException) {
      return cause.getMessage();
    }
    String original = e.getOriginalMessage();
    int newline = original.indexOf('\n');
    String reason = newline < 0 ? original : original.substring(0, newline);
    return reason.replaceAll("`[^`]*`", "a value").replaceAll("\\(class [^)]*\\)", "")
        .replace("Duplicate Object property", "the field appears twice:")
        .replace("Duplicate field", "the field appears twice:");
  }
}
