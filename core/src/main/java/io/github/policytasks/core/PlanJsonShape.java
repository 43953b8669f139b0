package io.github.policytasks.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shape the JSON contract gives each object of a plan document: its required fields and the
 * JSON type, enum values or pattern of every field it defines, the same rules the shipped JSON
 * Schema states. {@link #check(JsonNode)} walks a document and throws a {@link
 * PlanJsonException} naming the first field that breaks them by its JSON path, in words (never
 * Java types). Fields the contract does not define are ignored. Stateless and thread-safe.
 */
final class PlanJsonShape {
  private PlanJsonShape() {}

  /** What one field holds. */
  private interface Rule {
    /** Checks {@code node} at {@code path}; throws when it breaks the rule. */
    void check(JsonNode node, String path);
  }

  /** An object with required and optional fields. */
  private static final class Shape implements Rule {
    private final Map<String, Rule> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> required = new LinkedHashMap<>();
    private final String what;

    Shape(String what) {
      this.what = what;
    }

    Shape need(String name, Rule rule) {
      fields.put(name, rule);
      required.put(name, true);
      return this;
    }

    Shape may(String name, Rule rule) {
      fields.put(name, rule);
      required.put(name, false);
      return this;
    }

    @Override
    public void check(JsonNode node, String path) {
      if (!node.isObject()) {
        throw broken(path, "expected " + what + " (a JSON object), found " + describe(node));
      }
      for (Map.Entry<String, Rule> field : fields.entrySet()) {
        JsonNode value = node.get(field.getKey());
        String at = path + "." + field.getKey();
        if (value == null) {
          if (required.get(field.getKey())) {
            throw broken(at, "the required field \"" + field.getKey() + "\" of " + what + " is missing");
          }
          continue;
        }
        field.getValue().check(value, at);
      }
    }
  }

  private static Rule nullable(Rule rule) {
    return (node, path) -> {
      if (!node.isNull()) {
        rule.check(node, path);
      }
    };
  }

  private static Rule string(boolean nonEmpty) {
    return (node, path) -> {
      if (!node.isTextual()) {
        throw broken(path, "expected a string, found " + describe(node));
      }
      if (nonEmpty && node.textValue().isBlank()) {
        throw broken(path, "expected a non-blank string, found \"" + node.textValue() + "\"");
      }
    };
  }

  private static Rule integer(long min) {
    return (node, path) -> {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw broken(path, "expected a whole number, found " + describe(node));
      }
      if (node.intValue() < min) {
        throw broken(path, "expected a whole number of at least " + min + ", found " + node.intValue());
      }
    };
  }

  private static Rule oneOf(Class<? extends Enum<?>> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    return (node, path) -> {
      if (!node.isTextual() || !names.contains(node.textValue())) {
        throw broken(path, "expected one of " + String.join(", ", names) + ", found " + describe(node));
      }
    };
  }

  private static final Rule DATE = (node, path) -> {
    String text = node.isTextual() ? node.textValue() : null;
    if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw broken(path, "expected an ISO date such as \"2023-08-08\", found " + describe(node));
    }
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw broken(path, "\"" + text + "\" is not a date that exists (expected an ISO date such as \"2023-08-08\")");
    }
  };

  private static final Rule AMOUNT = (node, path) -> {
    if (!node.isTextual()) {
      throw broken(path, "expected an exact amount as a string (\"0.22\", \"2000/3\"), found " + describe(node));
    }
    try {
      Amount.parseCanonical(node.textValue());
    } catch (NumberFormatException e) {
      throw broken(path, e.getMessage());
    }
  };

  private static Rule list(Rule element) {
    return (node, path) -> {
      if (!node.isArray()) {
        throw broken(path, "expected a list (a JSON array), found " + describe(node));
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isNull()) {
          throw broken(path + "[" + i + "]", "a list element is null; lists hold no nulls");
        }
        element.check(item, path + "[" + i + "]");
      }
    };
  }

  private static Rule id(String form, java.util.function.Predicate<String> valid) {
    return (node, path) -> {
      string(true).check(node, path);
      if (!valid.test(node.textValue())) {
        throw broken(path, "\"" + node.textValue() + "\" is not an id of the form " + form);
      }
    };
  }

  private static final Rule SPAN = new Shape("a span").need("start", integer(0)).need("end", integer(0));
  private static final Rule QUANTITY = new Shape("a quantity").need("amount", AMOUNT).need("unit", string(true));
  private static final Rule NSTRING = nullable(string(false));
  private static final Rule UNIT = new Shape("a unit")
      .need("name", string(true))
      .may("canonicalName", NSTRING)
      .may("level", nullable(oneOf(UnitLevel.class)))
      .may("kind", nullable(oneOf(OrganizationKind.class)));

  private static Shape target(String form, java.util.function.Predicate<String> valid) {
    return new Shape("a target")
        .need("id", id(form, valid))
        .need("text", string(true))
        .need("span", SPAN)
        .may("subject", NSTRING)
        .need("comparator", oneOf(Bound.class))
        .need("kind", oneOf(TargetKind.class))
        .may("direction", nullable(oneOf(Direction.class)))
        .need("value", QUANTITY)
        .may("upper", nullable(QUANTITY))
        .may("normalized", nullable(QUANTITY))
        .may("normalizedUpper", nullable(QUANTITY))
        .may("dimension", nullable(oneOf(Dimension.class)))
        .may("deadline", nullable(DATE));
  }

  private static final Rule TASK = new Shape("a task")
      .need("id", id("t12", Ids::isTaskId))
      .need("number", integer(0))
      .may("label", NSTRING)
      .may("title", NSTRING)
      .need("text", string(false))
      .need("span", SPAN)
      .need("leadUnits", list(UNIT))
      .may("supportingUnits", list(UNIT))
      .may("leaders", list(string(false)))
      .may("deadline", nullable(DATE))
      .need("targets", list(target("t12.g3", Ids::isTargetId)));

  private static final Rule SUBSECTION = new Shape("a subsection")
      .need("id", id("s2.3", Ids::isSubsectionId))
      .need("number", integer(0))
      .may("title", NSTRING)
      .may("span", nullable(SPAN))
      .need("tasks", list(TASK));

  private static final Rule SECTION = new Shape("a section")
      .need("id", id("s2", Ids::isSectionId))
      .need("number", integer(0))
      .may("title", NSTRING)
      .may("span", nullable(SPAN))
      .need("goals", list(target("s2.g1", Ids::isGoalId)))
      .may("subsections", list(SUBSECTION))
      .need("tasks", list(TASK));

  private static final Rule METADATA = new Shape("the metadata")
      .may("title", NSTRING).may("documentNumber", NSTRING).may("issuer", NSTRING)
      .may("writtenDate", nullable(DATE)).may("publishedDate", nullable(DATE))
      .may("indexNumber", NSTRING).may("topic", NSTRING).may("unifiedNumber", NSTRING)
      .may("validity", NSTRING);

  private static final Rule NOTICE = new Shape("the notice")
      .may("title", NSTRING).may("addressees", NSTRING).may("body", NSTRING).may("issuer", NSTRING)
      .may("date", nullable(DATE)).may("publicationNote", NSTRING).may("span", nullable(SPAN));

  private static final Rule REFERENCE = new Shape("a reference")
      .need("title", string(false)).may("documentNumber", NSTRING).may("span", nullable(SPAN));

  private static final Rule DIAGNOSTIC = new Shape("a diagnostic")
      .need("severity", oneOf(Severity.class))
      .need("code", oneOf(DiagnosticCode.class))
      .need("message", string(true))
      .need("span", SPAN)
      .may("line", nullable(integer(1)))
      .may("column", nullable(integer(1)));

  private static final Shape PLAN = new Shape("a plan")
      .need("schemaVersion", (node, path) -> {
        if (!node.isTextual() || !Plan.SCHEMA_VERSION.equals(node.textValue())) {
          throw broken(path, "expected \"" + Plan.SCHEMA_VERSION + "\", found " + describe(node));
        }
      })
      .may("metadata", METADATA)
      .may("notice", nullable(NOTICE))
      .may("title", NSTRING)
      .may("year", nullable(integer(0)))
      .may("references", list(REFERENCE))
      .need("sections", list(SECTION))
      .may("diagnostics", list(DIAGNOSTIC));

  /** Throws naming the first field of {@code document} that breaks the contract's shape. */
  static void check(JsonNode document) {
    PLAN.check(document, "$");
  }

  /** The JSON kind of {@code node}, for messages: {@code a number (4)}, {@code null}. */
  static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    Iterator<String> names = node.fieldNames();
    return names.hasNext() ? "an object" : "an empty object";
  }

  private static PlanJsonException broken(String path, String reason) {
    return new PlanJsonException(
        "Plan JSON breaks the contract at " + path + ": " + reason, path, -1, -1, null);
  }
}
