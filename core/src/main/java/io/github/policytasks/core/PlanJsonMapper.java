package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;

/**
 * The data-binding mapper of the JSON contract ({@link PlanJson#newMapper()}), and the one
 * {@link PlanJson} reads with, built when a plan is first read. Kept apart from {@link PlanJson}
 * so that writing a plan, which goes through the streaming API, loads no data-binding class (not
 * even for the bytecode verifier's checks of {@link PlanJson}). Thread-safe.
 */
final class PlanJsonMapper {
  private PlanJsonMapper() {}

  /** {@return the mapper {@link PlanJson} reads with, built on first use} */
  static ObjectMapper reading() {
    return Reading.MAPPER;
  }

  /** {@return a new mapper configured for the contract} */
  static ObjectMapper create() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(PlanJson.MAX_NESTING_DEPTH)
                    .maxStringLength(PlanJson.MAX_STRING_LENGTH)
                    .maxNumberLength(PlanJson.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(PlanJson.MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    mapper.configOverride(LocalDate.class)
        .setFormat(JsonFormat.Value.forPattern("uuuu-MM-dd").withLenient(false));
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /** The reading mapper, built when a plan is first read. */
  private static final class Reading {
    static final ObjectMapper MAPPER = create();

    private Reading() {}
  }
}
