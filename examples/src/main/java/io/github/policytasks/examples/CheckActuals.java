package io.github.policytasks.examples;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.TargetCheck;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.seeds.Seeds;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Example: checking actual figures against the seed plan's targets with {@link TargetChecker}.
 * An actual may be written in any unit of the target's dimension ({@code 1550000亩} against {@code
 * 不低于154万亩}); the gap comes back exact, in the target's own unit.
 */
public final class CheckActuals {
  private CheckActuals() {}

  /** Year-end figures for a few targets of the seed plan, as a statistics office reports them. */
  public static Map<String, String> sampleActuals() {
    Map<String, String> actuals = new LinkedHashMap<>();
    actuals.put("t3.g1", "86家");
    actuals.put("t6.g2", "148.6亿元");
    actuals.put("t47.g1", "1550000亩");
    actuals.put("t49.g1", "13.2万亩");
    actuals.put("t46.g4", "20000000平方米");
    return actuals;
  }

  /** Checks {@link #sampleActuals()} against the seed plan and prints one line per target. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(Seeds.jiaxiang2023(), sampleActuals(), out);
  }

  /** Checks {@code actuals} (target id → figure) against {@code plan}, one line per actual. */
  public static void print(Plan plan, Map<String, String> actuals, PrintStream out) {
    TargetChecker checker = TargetChecker.standard();
    QuantityReader reader = QuantityReader.standard();
    actuals.forEach((id, figure) -> {
      Target target =
          plan.target(id).orElseThrow(() -> new IllegalArgumentException("no target " + id));
      TargetCheck check = checker.check(target, reader.parse(figure));
      out.println(id + " " + target.subject() + " " + target.text() + ", actual " + figure + ": "
          + (check.isMet() ? "met" : "missed by " + check.gap() + " (" + check.position() + ")"));
    });
  }
}
