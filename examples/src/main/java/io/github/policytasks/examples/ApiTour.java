package io.github.policytasks.examples;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.BoundPhrase;
import io.github.policytasks.metrics.BoundPhraseReader;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.TargetCheck;
import io.github.policytasks.metrics.TargetChecker;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.TargetExtractor;
import io.github.policytasks.parser.TargetExtractor.TargetExtraction;
import io.github.policytasks.seeds.Seeds;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Example: the short tour of the API in the project README; the README shows this code and what
 * it prints, and a test keeps the two in step.
 */
public final class ApiTour {
  private ApiTour() {}

  /** Prints the tour. */
  public static void main(String[] args) {
    tour(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the tour, printing to {@code out}. */
  public static void tour(PrintStream out) {
    // tour:start
    Plan plan = Seeds.jiaxiang2023();                  // annotated, embedded: no parsing at run time
    out.println(plan);

    Task task = plan.task("t47").orElseThrow();
    out.println(task.number() + ". " + task.title() + " ← " + task.principalLead().orElseThrow().name());

    Target target = plan.target("t47.g1").orElseThrow();
    out.println(target.subject() + " " + target.text() + " → " + target.comparator() + " "
        + target.value() + " = " + target.normalized());
    out.println(target.normalized().amount().toBigDecimal(2, RoundingMode.HALF_EVEN) + " 平方米");

    Quantity actual = QuantityReader.standard().parse("150万亩");
    TargetCheck check = TargetChecker.standard().check(target, actual);
    out.println(actual + ": met=" + check.isMet() + ", short by " + check.gap());

    BoundPhrase phrase = BoundPhraseReader.standard().parse("突破1,200万元");
    Quantity amount = phrase.quantity().orElseThrow();
    out.println(phrase.comparator() + " " + Normalizer.standard().normalize(amount));

    out.println(plan.tasksLedBy("县水务局").size() + " tasks led by 县水务局, "
        + plan.targetsLedBy("县水务局").size() + " targets");
    out.println(plan.tasksLedBy("县发改局").size() + " tasks led by 县发改局 (县发展和改革局), "
        + plan.targetsInvolving("县发改局").size() + " targets it leads or supports; "
        + plan.leadUnits().size() + " lead units in the plan");

    TargetExtraction found = TargetExtractor.standard().extract("年内新增光伏装机20万千瓦以上");
    out.println(found.targets() + " = " + found.targets().get(0).normalized());

    PlanParser parser = PlanParser.builder().units(UnitCatalogue.standard()).strict(false).build();
    Plan mine = parser.parse("示例县2023年重点工作任务\n一、工作任务\n"
        + "1．建设绿色工厂。年内新增市级绿色工厂3家以上。（牵头单位：县工业和信息化局；责任单位：县发展和改革局）\n");
    Task first = mine.allTasks().get(0);
    out.println(first.title() + " | " + first.leadUnits() + " | " + first.supportingUnits() + " | "
        + first.targets() + " | " + first.deadline());
    // tour:end
  }
}
