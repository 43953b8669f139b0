package com.example.consumer;

import com.google.common.collect.Range;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.TargetExtractor;
import io.github.policytasks.render.PlanRenderer;
import io.github.policytasks.seeds.Seeds;
import io.github.policytasks.tracking.ActualsReader;
import io.github.policytasks.tracking.AttainmentChecker;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.ledger.Ledger;
import io.github.policytasks.tracking.ledger.LedgerFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a new user does first, through every library module: the embedded seed plan, its JSON
 * contract both ways (Jackson), the parser, the renderer, a target's bounds (Guava), actuals from
 * CSV (Jackson CSV) and the ledger as JSON and CSV. Prints one {@code key=value} line per check.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the checks and prints their results.
   *
   * @param args ignored
   * @throws IOException never: the ledger is written to a string
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan plan = Seeds.jiaxiang2023();
    out.println("tasks=" + plan.allTasks().size());

    String json = PlanJson.write(plan);
    out.println("jsonRoundTrip=" + PlanJson.read(json).equals(plan));

    Plan parsed = PlanParser.builder().strict(false).build().parse(Seeds.jiaxiang2023Text());
    out.println("parsedTasks=" + parsed.allTasks().size());

    Plan reread = PlanParser.builder().build().parse(PlanRenderer.create().render(plan));
    out.println("renderedTasks=" + reread.allTasks().size());

    out.println("extracted=" + TargetExtractor.standard().extract("新增光伏装机20万千瓦以上").targets().size());

    Target target = plan.target("t47.g1").orElseThrow();
    Range<Amount> bounds = TargetChecker.standard().bounds(target);
    out.println("boundedBelow=" + bounds.hasLowerBound());

    PlanAttainment attainment =
        AttainmentChecker.standard()
            .check(plan, ActualsReader.standard().readText("target,actual\nt47.g1,150万亩\n", "a.csv"));
    out.println("short=" + attainment.targets().stream()
        .filter(t -> t.target().id().equals("t47.g1")).findFirst().orElseThrow().status());

    StringBuilder ledger = new StringBuilder();
    LedgerFormat.JSON.renderer().render(Ledger.rowsOf("seed", plan), ledger);
    out.println("ledgerJson=" + ledger.toString().startsWith("["));
    StringBuilder csv = new StringBuilder();
    LedgerFormat.CSV.renderer().render(Ledger.rowsOf("seed", plan), csv);
    out.println("ledgerCsvLines=" + csv.toString().lines().count());
  }
}
