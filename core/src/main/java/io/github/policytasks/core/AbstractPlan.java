package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An annotated key-work-task plan: the portal metadata, the covering notice, the plan's title
 * and year, the documents it cites, its sections with their tasks and targets, and the
 * diagnostics of whatever reader produced it. Ids of sections, subsections, goals, tasks and
 * targets count in document order ({@code t12} is the twelfth task of the plan), so they are unique. The query methods need nothing but the model. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "schemaVersion", "metadata", "notice", "title", "year", "references", "sections", "diagnostics"
})
abstract class AbstractPlan {

  /** The version of the JSON contract this model follows. */
  public static final String SCHEMA_VERSION = "1";

  /** {@return the JSON contract version; always {@value #SCHEMA_VERSION} for this model} */
  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** {@return the portal header} */
  @Value.Default
  public PlanMetadata metadata() {
    return PlanMetadata.empty();
  }

  /** {@return the covering notice, when the document has one} */
  public abstract @Nullable Notice notice();

  /** {@return the plan's own title line} */
  public abstract @Nullable String title();

  /** {@return the plan year, from the title ({@code 2023年重点工作任务} → 2023)} */
  public abstract @Nullable Integer year();

  /** {@return the documents the plan cites, in document order} */
  public abstract List<DocumentReference> references();

  /** {@return the sections, in document order} */
  public abstract List<Section> sections();

  /** {@return what the reader could understand only in part} */
  public abstract List<Diagnostic> diagnostics();

  /**
   * {@return what each stretch of the input is, in input order, never overlapping; together the
   * regions cover every non-blank character of the text the reader read} Empty for a plan that was
   * not read from text (built, or read from JSON: regions are not part of the JSON contract and do
   * not take part in equality).
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract List<Region> regions();

  /**
   * {@return the region covering input offset {@code offset}, if any ({@link #regions()})}
   *
   * @param offset an offset into the source text
   */
  public final Optional<Region> regionAt(int offset) {
    List<Region> all = regions();
    int low = 0;
    int high = all.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      SourceSpan span = all.get(mid).span();
      if (offset < span.start()) {
        high = mid - 1;
      } else if (offset >= span.end()) {
        low = mid + 1;
      } else {
        return Optional.of(all.get(mid));
      }
    }
    return Optional.empty();
  }

  /** {@return every task, subsections included, in document order} */
  @Value.Lazy
  public List<Task> allTasks() {
    List<Task> all = new ArrayList<>();
    sections().forEach(s -> all.addAll(s.allTasks()));
    return List.copyOf(all);
  }

  /** {@return every target, in document order} */
  @Value.Lazy
  public List<Target> allTargets() {
    List<Target> all = new ArrayList<>();
    allTasks().forEach(t -> all.addAll(t.targets()));
    return List.copyOf(all);
  }

  /** {@return every goal of every section, in document order} */
  @Value.Lazy
  public List<Target> allGoals() {
    List<Target> all = new ArrayList<>();
    sections().forEach(s -> all.addAll(s.goals()));
    return List.copyOf(all);
  }

  /**
   * {@return the goal with {@code id} ({@code s2.g1})}
   *
   * @param id the id to look up
   */
  public final Optional<Target> goal(String id) {
    return allGoals().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * {@return the task with {@code id} ({@code t12})}
   *
   * @param id the id to look up
   */
  public final Optional<Task> task(String id) {
    return allTasks().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * {@return the target with {@code id} ({@code t12.g3})}
   *
   * @param id the id to look up
   */
  public final Optional<Target> target(String id) {
    return allTargets().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * {@return the task a target belongs to; empty for a goal of a section}
   *
   * @param target a target of this plan
   */
  public final Optional<Task> taskOf(Target target) {
    return target.taskId().flatMap(this::task);
  }

  /**
   * {@return the section a goal belongs to; empty for a task's target}
   *
   * @param goal a goal of this plan
   */
  public final Optional<Section> sectionOf(Target goal) {
    return goal.isGoal()
        ? sections().stream().filter(s -> s.id().equals(goal.ownerId())).findFirst()
        : Optional.empty();
  }

  /**
   * {@return the section with the written {@code number}}
   *
   * @param number the section number as written
   */
  public final Optional<Section> section(int number) {
    return sections().stream().filter(s -> s.number() == number).findFirst();
  }

  /**
   * {@return the lead units of the plan, each once, in the order the plan first names them; two
   * written names of one unit ({@code 县发改局}, {@code 县发展和改革局}) count once, as first written}
   */
  @Value.Lazy
  public List<LeadUnit> leadUnits() {
    Map<String, LeadUnit> distinct = new LinkedHashMap<>();
    UnitNames names = UnitNames.defaults();
    for (Task task : allTasks()) {
      for (LeadUnit unit : task.leadUnits()) {
        distinct.putIfAbsent(names.fullName(unit.preferredName()), unit);
      }
    }
    return List.copyOf(distinct.values());
  }

  /**
   * {@return the tasks whose lead units include the unit {@code name} denotes: written, short or
   * canonical ({@code 县发改局} finds the tasks of {@code 县发展和改革局}), through {@link
   * UnitNames#defaults()}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final List<Task> tasksLedBy(String name) {
    return tasksLedBy(name, UnitNames.defaults());
  }

  /**
   * {@return the tasks whose lead units include the unit {@code name} denotes through {@code
   * names}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   * @param names the alias table to resolve names with
   */
  public final List<Task> tasksLedBy(String name, UnitNames names) {
    return allTasks().stream().filter(t -> t.isLedBy(name, names))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the tasks whose lead or supporting units include the unit {@code name} denotes,
   * through {@link UnitNames#defaults()}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final List<Task> tasksInvolving(String name) {
    return tasksInvolving(name, UnitNames.defaults());
  }

  /**
   * {@return the tasks whose lead or supporting units include the unit {@code name} denotes through
   * {@code names}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   * @param names the alias table to resolve names with
   */
  public final List<Task> tasksInvolving(String name, UnitNames names) {
    return allTasks().stream().filter(t -> t.involves(name, names))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the targets of the tasks led by the unit {@code name} denotes, in document order}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final List<Target> targetsLedBy(String name) {
    return targetsOfTasks(tasksLedBy(name));
  }

  /**
   * {@return the targets of the tasks the unit {@code name} denotes leads or supports, in document
   * order}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final List<Target> targetsInvolving(String name) {
    return targetsOfTasks(tasksInvolving(name));
  }

  private static List<Target> targetsOfTasks(List<Task> tasks) {
    return tasks.stream()
        .flatMap(t -> t.targets().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the targets whose value has {@code dimension}}
   *
   * @param dimension the dimension of the targets wanted
   */
  public final List<Target> targetsIn(Dimension dimension) {
    return targetsWhere(t -> t.dimension() == dimension);
  }

  /**
   * {@return the targets of {@code kind}}
   *
   * @param kind the kind of the targets wanted
   */
  public final List<Target> targetsOf(TargetKind kind) {
    return targetsWhere(t -> t.kind() == kind);
  }

  /**
   * {@return the targets with {@code comparator}}
   *
   * @param comparator the bound of the targets wanted
   */
  public final List<Target> targetsWith(Bound comparator) {
    return targetsWhere(t -> t.comparator() == comparator);
  }

  /**
   * {@return the targets of the tasks in the section with the written {@code number}}
   *
   * @param number the section number as written
   */
  public final List<Target> targetsInSection(int number) {
    return section(number).stream()
        .flatMap(s -> s.allTasks().stream())
        .flatMap(t -> t.targets().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the targets that satisfy {@code filter}, in document order}
   *
   * @param filter the condition a target must meet
   */
  public final List<Target> targetsWhere(Predicate<? super Target> filter) {
    return allTargets().stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    if (!SCHEMA_VERSION.equals(schemaVersion())) {
      throw new IllegalArgumentException(
          "Plan schemaVersion \"" + schemaVersion() + "\" is not supported (expected \""
              + SCHEMA_VERSION + "\")");
    }
    for (int k = 1; k < regions().size(); k++) {
      if (regions().get(k).span().start() < regions().get(k - 1).span().end()) {
        throw new IllegalArgumentException(
            "Plan regions overlap or are out of order: " + regions().get(k - 1) + " then " + regions().get(k));
      }
    }
    Integer year = year();
    if (year != null && year < 0) {
      throw new IllegalArgumentException("Plan year " + year + " is negative");
    }
    PlanIds.check(sections());
  }

  @Override
  public String toString() {
    return "Plan " + title() + " (" + sections().size() + " sections, " + allTasks().size()
        + " tasks, " + allTargets().size() + " targets)";
  }
}
