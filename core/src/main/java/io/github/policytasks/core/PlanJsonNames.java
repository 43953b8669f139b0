package io.github.policytasks.core;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The field names of the JSON contract and the names of its enum values, each quoted and encoded
 * once ({@link SerializedString}), so that {@link PlanJsonWriter} copies their bytes instead of
 * escaping and encoding the same few dozen words for every object of every plan. Thread-safe.
 */
final class PlanJsonNames {
  static final SerializedString ADDRESSEES = new SerializedString("addressees");
  static final SerializedString AMOUNT = new SerializedString("amount");
  static final SerializedString BODY = new SerializedString("body");
  static final SerializedString CANONICAL_NAME = new SerializedString("canonicalName");
  static final SerializedString CODE = new SerializedString("code");
  static final SerializedString COLUMN = new SerializedString("column");
  static final SerializedString COMPARATOR = new SerializedString("comparator");
  static final SerializedString DATE = new SerializedString("date");
  static final SerializedString DEADLINE = new SerializedString("deadline");
  static final SerializedString DIAGNOSTICS = new SerializedString("diagnostics");
  static final SerializedString DIMENSION = new SerializedString("dimension");
  static final SerializedString DIRECTION = new SerializedString("direction");
  static final SerializedString DOCUMENT_NUMBER = new SerializedString("documentNumber");
  static final SerializedString END = new SerializedString("end");
  static final SerializedString GOALS = new SerializedString("goals");
  static final SerializedString ID = new SerializedString("id");
  static final SerializedString INDEX_NUMBER = new SerializedString("indexNumber");
  static final SerializedString ISSUER = new SerializedString("issuer");
  static final SerializedString KIND = new SerializedString("kind");
  static final SerializedString LABEL = new SerializedString("label");
  static final SerializedString LEAD_UNITS = new SerializedString("leadUnits");
  static final SerializedString LEADERS = new SerializedString("leaders");
  static final SerializedString LEVEL = new SerializedString("level");
  static final SerializedString LINE = new SerializedString("line");
  static final SerializedString MESSAGE = new SerializedString("message");
  static final SerializedString METADATA = new SerializedString("metadata");
  static final SerializedString NAME = new SerializedString("name");
  static final SerializedString NORMALIZED = new SerializedString("normalized");
  static final SerializedString NORMALIZED_UPPER = new SerializedString("normalizedUpper");
  static final SerializedString NOTICE = new SerializedString("notice");
  static final SerializedString NUMBER = new SerializedString("number");
  static final SerializedString PUBLICATION_NOTE = new SerializedString("publicationNote");
  static final SerializedString PUBLISHED_DATE = new SerializedString("publishedDate");
  static final SerializedString REFERENCES = new SerializedString("references");
  static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
  static final SerializedString SECTIONS = new SerializedString("sections");
  static final SerializedString SEVERITY = new SerializedString("severity");
  static final SerializedString SPAN = new SerializedString("span");
  static final SerializedString START = new SerializedString("start");
  static final SerializedString SUBJECT = new SerializedString("subject");
  static final SerializedString SUBSECTIONS = new SerializedString("subsections");
  static final SerializedString SUPPORTING_UNITS = new SerializedString("supportingUnits");
  static final SerializedString TARGETS = new SerializedString("targets");
  static final SerializedString TASKS = new SerializedString("tasks");
  static final SerializedString TEXT = new SerializedString("text");
  static final SerializedString TITLE = new SerializedString("title");
  static final SerializedString TOPIC = new SerializedString("topic");
  static final SerializedString UNIFIED_NUMBER = new SerializedString("unifiedNumber");
  static final SerializedString UNIT = new SerializedString("unit");
  static final SerializedString UPPER = new SerializedString("upper");
  static final SerializedString VALIDITY = new SerializedString("validity");
  static final SerializedString VALUE = new SerializedString("value");
  static final SerializedString WRITTEN_DATE = new SerializedString("writtenDate");
  static final SerializedString YEAR = new SerializedString("year");

  /** The encoded names of each enum's values, by ordinal, made on first use. */
  private static final ClassValue<SerializableString[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected SerializableString[] computeValue(Class<?> type) {
      Object[] values = type.getEnumConstants();
      SerializableString[] names = new SerializableString[values.length];
      for (int i = 0; i < values.length; i++) {
        names[i] = new SerializedString(((Enum<?>) values[i]).name());
      }
      return names;
    }
  };

  private PlanJsonNames() {}

  /** {@return the encoded {@link Enum#name() name} of {@code value}} */
  static SerializableString of(Enum<?> value) {
    return CONSTANTS.get(value.getDeclaringClass())[value.ordinal()];
  }
}
