package io.github.policytasks.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Example: another system reads the annotated plan into its own types, with plain Jackson and
 * nothing from policy-tasks but the JSON contract ({@code plan-json.md}). Amounts are strings in
 * the contract (exact decimals such as {@code 0.22}, or fractions such as {@code 69200000/3}), so
 * they are read as strings here; unknown fields are ignored, as the contract allows additions.
 */
public final class PlanInYourOwnTypes {
  private PlanInYourOwnTypes() {}

  /** A plan in the other system's model. */
  public record MyPlan(String title, int year, List<MySection> sections) {}

  /** A section in the other system's model. */
  public record MySection(String id, int number, String title, List<MyTask> tasks) {}

  /** A task in the other system's model. */
  public record MyTask(
      String id, int number, String title, List<MyUnit> leadUnits, List<MyTarget> targets) {}

  /** A lead unit in the other system's model. */
  public record MyUnit(String name) {}

  /** A target in the other system's model. */
  public record MyTarget(
      String id, String text, String comparator, MyQuantity value, MyQuantity normalized) {}

  /** A quantity in the other system's model: the exact amount as text, and the unit. */
  public record MyQuantity(String amount, String unit) {}

  /** Reads the embedded seed plan's JSON into {@link MyPlan} and prints a summary. */
  public static void main(String[] args) {
    print(readSeed(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The seed plan's JSON resource, read into the other system's records. */
  public static MyPlan readSeed() {
    ObjectMapper mapper = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream json = Seeds.class.getResourceAsStream(Seeds.JIAXIANG_2023_JSON)) {
      return mapper.readValue(json, MyPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a summary of {@code plan}: sections, their task and target counts, first target. */
  public static void print(MyPlan plan, PrintStream out) {
    out.println(plan.title() + " (" + plan.year() + ")");
    for (MySection section : plan.sections()) {
      long targets = section.tasks().stream().mapToLong(t -> t.targets().size()).sum();
      out.println("  " + section.number() + " " + section.title() + ": "
          + section.tasks().size() + " tasks, " + targets + " targets");
    }
    plan.sections().stream()
        .flatMap(s -> s.tasks().stream())
        .flatMap(t -> t.targets().stream())
        .findFirst()
        .ifPresent(first -> out.println("first target: " + first.id() + " " + first.text() + " = "
            + first.value().amount() + " " + first.value().unit() + " = "
            + first.normalized().amount() + " " + first.normalized().unit()));
  }
}
