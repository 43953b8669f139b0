package io.github.policytasks.examples;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.seeds.Seeds;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Example: the targets of the tasks one unit leads. {@code java ... TargetsByLeadUnit 县科技局}
 * prints each task the unit leads, its co-leads, and each target with its subject, bound and
 * exact normalized value.
 */
public final class TargetsByLeadUnit {
  private TargetsByLeadUnit() {}

  /** Prints the targets led by {@code args[0]} (default 县科技局) in the seed plan. */
  public static void main(String[] args) {
    String unit = args.length > 0 ? args[0] : "县科技局";
    print(Seeds.jiaxiang2023(), unit, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Writes the tasks {@code unit} leads in {@code plan} and their targets to {@code out}. */
  public static void print(Plan plan, String unit, PrintStream out) {
    List<Task> tasks = plan.tasksLedBy(unit);
    out.println(unit + " leads " + tasks.size() + " tasks with "
        + plan.targetsLedBy(unit).size() + " targets");
    for (Task task : tasks) {
      out.println("  " + task.id() + " " + task.number() + ". " + task.title()
          + "  (leads: " + String.join("、", task.leadUnits().stream().map(u -> u.name()).toList())
          + ")");
      for (Target target : task.targets()) {
        out.println("    " + target.id() + "  " + target.subject() + "  " + target.text() + "  → "
            + target.comparator() + " " + target.normalized());
      }
    }
  }
}
