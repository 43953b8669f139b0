package io.github.policytasks.examples;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.metrics.TargetTotal;
import io.github.policytasks.seeds.Seeds;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Example: the money targets (万元, 亿元…) of each section, totalled exactly in 元 by {@link
 * TargetChecker#rollUp} and shown in 亿元 by {@link Normalizer#convert}. The totals add the
 * targets' values as written (a range's lower end); whether summing them means something is the
 * reader's call, as with any roll-up.
 */
public final class MoneyTargetsPerSection {
  private static final Unit YUAN = Unit.of("元");

  private MoneyTargetsPerSection() {}

  /** Prints the money totals per section of the seed plan. */
  public static void main(String[] args) {
    print(Seeds.jiaxiang2023(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The exact total in 元 of the money targets of each section that has any, by section number. */
  public static Map<Integer, TargetTotal> totals(Plan plan) {
    Map<Integer, TargetTotal> totals = new LinkedHashMap<>();
    for (Section section : plan.sections()) {
      List<Target> money = plan.targetsInSection(section.number()).stream()
          .filter(t -> t.dimension() == Dimension.CURRENCY)
          .collect(Collectors.toList());
      Optional<TargetTotal> total = TargetChecker.standard().rollUp(money).total(YUAN);
      total.ifPresent(t -> totals.put(section.number(), t));
    }
    return totals;
  }

  /** Writes one line per section with money targets: total in 元 and 亿元, and the targets. */
  public static void print(Plan plan, PrintStream out) {
    Normalizer normalizer = Normalizer.standard();
    totals(plan).forEach((number, total) -> {
      Quantity yi = normalizer.convert(total.total(), "亿元");
      out.println(number + " " + plan.section(number).orElseThrow().title() + ": "
          + total.total() + " = " + yi + "  (" + String.join(", ", total.targetIds()) + ")");
    });
  }
}
