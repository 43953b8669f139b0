package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite of the JSON contract: every document under {@code conformance/valid} is
 * accepted by the shipped JSON Schema, the Java reader and the writer (reading then writing gives
 * the same document); every document under {@code conformance/invalid}, named for the rule it
 * breaks, is refused by the reader at the JSON path its {@code index.tsv} row names, cannot be
 * produced by the writer, and is refused by the schema exactly when the row says JSON Schema can
 * state the rule.
 */
class ConformanceTest {
  private static final ObjectMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonSchema SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    try (InputStream in = PlanJson.schema().openStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path folder(String name) {
    try {
      return Path.of(ConformanceTest.class.getResource("conformance/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row of {@code invalid/index.tsv}. */
  record Rule(String name, String path, boolean schemaCanSay) {
    String text() throws IOException {
      return Files.readString(folder("invalid").resolve(name + ".json"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Rule> rules() throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (String line : Files.readAllLines(folder("invalid").resolve("index.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      rules.add(new Rule(cells[0], cells[1], Boolean.parseBoolean(cells[2])));
    }
    return rules;
  }

  static Stream<Arguments> validDocuments() throws IOException {
    try (Stream<Path> files = Files.list(folder("valid"))) {
      return files.sorted().map(Path::getFileName).map(Path::toString)
          .collect(Collectors.toList()).stream().map(Arguments::of);
    }
  }

  static Stream<Arguments> invalidDocuments() throws IOException {
    return rules().stream().map(Arguments::of);
  }

  private static String valid(String name) throws IOException {
    return Files.readString(folder("valid").resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void suite_isNotEmpty_andTheIndexNamesEveryInvalidFile() throws IOException {
    assertThat(validDocuments()).hasSizeGreaterThanOrEqualTo(3);
    List<String> files;
    try (Stream<Path> list = Files.list(folder("invalid"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().collect(Collectors.toList());
    }
    assertThat(rules()).extracting(Rule::name).containsExactlyInAnyOrderElementsOf(files);
    assertThat(rules()).filteredOn(r -> !r.schemaCanSay()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void valid_isAcceptedByTheSchema(String name) throws IOException {
    assertThat(SCHEMA.validate(STRICT.readTree(valid(name)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void valid_isReadAndWrittenBackUnchanged(String name) throws IOException {
    String json = valid(name);
    Plan plan = PlanJson.read(json);
    assertThat(withoutNulls(STRICT.readTree(PlanJson.write(plan))))
        .isEqualTo(withoutNulls(STRICT.readTree(json)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalid_isRefusedByTheReader_atItsPath_inWords(Rule rule) throws IOException {
    String json = rule.text();
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(PlanJsonException.class)
        .satisfies(e -> {
          PlanJsonException pje = (PlanJsonException) e;
          assertThat(pje.getPath()).isEqualTo(rule.path());
          assertThat(pje.getLine()).isPositive();
          assertThat(pje.getColumn()).isPositive();
          assertThat(pje.getMessage())
              .startsWith("Plan JSON breaks the contract at " + rule.path() + " (line ")
              .doesNotContain("io.github", "com.fasterxml", "java.", "$Json", "Coercion", "`");
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalid_isRefusedByTheSchema_exactlyWhenJsonSchemaCanSayTheRule(Rule rule) throws IOException {
    JsonNode tree;
    try {
      tree = new ObjectMapper().readTree(rule.text());
    } catch (IOException notJson) {
      assertThat(rule.schemaCanSay()).as("no JSON at all: nothing for a schema to accept").isTrue();
      return;
    }
    if (tree == null || tree.isMissingNode()) {
      assertThat(rule.schemaCanSay()).isTrue();
      return;
    }
    assertThat(SCHEMA.validate(tree).isEmpty()).as(rule.name() + " accepted by the schema")
        .isEqualTo(!rule.schemaCanSay());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalid_cannotBeProducedByTheWriter(Rule rule) throws IOException {
    JsonNode tree;
    try {
      tree = STRICT.readTree(rule.text());
    } catch (IOException notJsonTheWriterWrites) {
      return;
    }
    Plan plan;
    try {
      plan = tree == null ? null : PlanJson.newMapper().treeToValue(tree, Plan.class);
    } catch (IOException | IllegalArgumentException | IllegalStateException cannotBeBuilt) {
      return;
    }
    if (plan == null) {
      return;
    }
    String written;
    try {
      written = PlanJson.write(plan);
    } catch (IllegalArgumentException refusedByTheWriter) {
      return;
    }
    assertThat(withoutNulls(STRICT.readTree(written)))
        .as("the writer produced " + rule.name())
        .isNotEqualTo(withoutNulls(tree));
  }

  /** {@code node} with every null-valued field removed, recursively: absent and null are one. */
  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(ConformanceTest::strip);
    }
  }
}
