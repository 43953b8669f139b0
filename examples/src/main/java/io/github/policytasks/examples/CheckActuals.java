package io.github.policytasks.examples;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.seeds.Seeds;
import io.github.policytasks.tracking.Actual;
import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.ActualsReader;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.AttainmentStatus;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.TargetAttainment;
import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example: checking the seed plan against actual figures with {@link AttainmentChecker}. An actual
 * may be written in any unit of the target's dimension ({@code 1550000亩} against {@code
 * 不低于154万亩}); the gap comes back exact, in the target's own unit, with the 完成率.
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

  /** Checks {@link #sampleActuals()} against the seed plan and prints one line per actual. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(Seeds.jiaxiang2023(), sampleActuals(), out);
  }

  /**
   * Checks the seed plan against the actuals sheet at {@code sheet} (.csv, .tsv or .xlsx): one
   * line per reported target, then one per lead unit.
   *
   * @throws IOException if the sheet cannot be read
   */
  public static void checkSheet(Path sheet, PrintStream out) throws IOException {
    Plan plan = Seeds.jiaxiang2023();
    Actuals actuals = ActualsReader.standard().read(sheet);     // CSV/TSV (UTF-8 or GBK) or .xlsx
    PlanAttainment result = AttainmentChecker.standard().check(plan, actuals);
    for (TargetAttainment t : result.targets()) {
      if (t.status() != AttainmentStatus.NOT_REPORTED) {
        out.println(t.target().id() + " " + t.status() + " gap " + t.gap() + " 完成率 "
            + t.ratioPercent(1, RoundingMode.HALF_EVEN).map(r -> r + "%").orElse("-"));
      }
    }
    result.byLeadUnit().forEach(unit ->
        out.println(unit.name() + ": " + unit.attained() + " of " + unit.targets() + " attained"));
  }

  /** Checks {@code actuals} (target id → figure) against {@code plan}, one line per actual. */
  public static void print(Plan plan, Map<String, String> actuals, PrintStream out) {
    List<Actual> given = new ArrayList<>();
    actuals.forEach((id, figure) -> {
      Quantity quantity = QuantityReader.standard().parse(figure);
      given.add(Actual.of(id, quantity));
    });
    PlanAttainment attainment = AttainmentChecker.standard().check(plan, Actuals.of(given));
    for (TargetAttainment result : attainment.targets()) {
      if (result.actual() == null) {
        continue;
      }
      out.println(result.target().id() + " " + result.target().subject() + " "
          + result.target().text() + ", actual " + result.actual().figure() + ": "
          + result.status() + ", gap " + result.gap() + ", 完成率 "
          + result.ratioPercent(1, RoundingMode.HALF_EVEN).orElseThrow() + "%");
    }
  }
}
