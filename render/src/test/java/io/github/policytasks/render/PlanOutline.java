package io.github.policytasks.render;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One-line projections of a plan's parts that a round trip must keep, so that AssertJ shows a
 * readable difference: sections, tasks, units, targets, deadlines. Titles are compared with
 * punctuation folded to half width, since both widths are the same thing (guide §1). The
 * expected outline of a plan rendered without subsection headings has its subsections flattened.
 */
final class PlanOutline {
  private PlanOutline() {}

  /** {@code plan} as a reader sees it when written in {@code style}. */
  static Plan asRendered(Plan plan, RenderStyle style) {
    if (style.subsectionHeadings()) {
      return plan;
    }
    List<Section> flat = new ArrayList<>();
    for (Section section : plan.sections()) {
      flat.add(Section.builder().from(section).subsections(List.of()).tasks(section.allTasks()).build());
    }
    return Plan.builder().from(plan).sections(flat).build();
  }

  static List<String> sections(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Section section : plan.sections()) {
      out.add(section.id() + " " + section.number() + " " + fold(section.title()));
      for (Subsection subsection : section.subsections()) {
        out.add(subsection.id() + " (" + subsection.number() + ") " + fold(subsection.title()));
      }
    }
    return out;
  }

  static List<String> tasks(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Section section : plan.sections()) {
      section.tasks().forEach(t -> out.add(section.id() + " " + task(t)));
      for (Subsection subsection : section.subsections()) {
        subsection.tasks().forEach(t -> out.add(subsection.id() + " " + task(t)));
      }
    }
    return out;
  }

  private static String task(Task task) {
    return task.id() + " " + task.number() + ". " + fold(task.title());
  }

  static List<String> units(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.id() + " lead=" + names(t.leadUnits()) + " support=" + names(t.supportingUnits())
            + " leaders=" + t.leaders())
        .collect(Collectors.toList());
  }

  static List<String> deadlines(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.id() + " " + t.deadline())
        .collect(Collectors.toList());
  }

  static List<String> targets(Plan plan) {
    return plan.allTargets().stream().map(PlanOutline::target).collect(Collectors.toList());
  }

  private static String target(Target t) {
    return t.id() + " \"" + t.text() + "\" " + t.comparator() + " " + t.kind() + " " + t.direction()
        + " value=" + t.value() + " upper=" + t.upper() + " normalized=" + exact(t.normalized())
        + " normalizedUpper=" + exact(t.normalizedUpper());
  }

  /** The number without trailing zeros and the unit: equal strings are equivalent quantities. */
  private static String exact(@Nullable Quantity quantity) {
    return quantity == null ? "null" : quantity.amount().stripped() + " " + quantity.unit();
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.toList());
  }

  static String fold(@Nullable String text) {
    return text == null ? "null" : PunctuationWidth.toHalfWidth(text);
  }
}
