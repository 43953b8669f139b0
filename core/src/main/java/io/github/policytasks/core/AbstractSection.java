package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A chapter of a plan, headed by a Chinese numeral and {@code 、} ({@code 一、聚力创新驱动战略}):
 * its subsections, and the tasks that stand outside any subsection. A document without section
 * headings has one section with number 0 and no title. A section may state goals: targets for the
 * section as a whole, outside any task ({@code s2.g1}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "number", "title", "span", "goals", "subsections", "tasks"})
abstract class AbstractSection {

  /** {@return the stable id: {@code s3} for the third section in document order} */
  public abstract String id();

  /** {@return the number as written ({@code 3} for {@code 三、}); 0 for the implicit section} */
  public abstract int number();

  /** {@return the heading text, numbering excluded; absent for the implicit section} */
  public abstract @Nullable String title();

  /** {@return where the heading stands in the input, when known} */
  public abstract @Nullable SourceSpan span();

  /**
   * {@return the targets the plan states for this section as a whole, outside any task (the figures
   * of a 主要目标 section or of a preamble), in document order; ids {@code s2.g1}} Empty when none.
   */
  public abstract List<Target> goals();

  /** {@return the subsections, in document order} */
  public abstract List<Subsection> subsections();

  /** {@return the tasks that stand outside any subsection, in document order} */
  public abstract List<Task> tasks();

  /** {@return every task of the section, subsections included, in document order} */
  @Value.Lazy
  public List<Task> allTasks() {
    List<Task> all = new ArrayList<>(tasks());
    subsections().forEach(s -> all.addAll(s.tasks()));
    if (!subsections().isEmpty()) {
      all.sort(Comparator.comparingInt(t -> t.span().start()));
    }
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    if (!Ids.isSectionId(id())) {
      throw new IllegalArgumentException("Section id \"" + id() + "\" is not of the form s3");
    }
    if (number() < 0) {
      throw new IllegalArgumentException("Section " + id() + " has negative number " + number());
    }
    String id = id();
    for (Target goal : goals()) {
      if (!goal.id().startsWith(id) || !goal.id().startsWith(".g", id.length())) {
        throw new IllegalArgumentException(
            "Goal id \"" + goal.id() + "\" does not belong to section " + id());
      }
    }
    for (Subsection subsection : subsections()) {
      if (!subsection.id().startsWith(id) || !subsection.id().startsWith(".", id.length())) {
        throw new IllegalArgumentException(
            "Subsection id \"" + subsection.id() + "\" does not belong to section " + id());
      }
    }
  }

  @Override
  public String toString() {
    return id() + " " + number() + "、" + title();
  }
}
