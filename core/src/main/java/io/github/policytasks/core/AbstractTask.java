package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A numbered work item of a plan: its number as written, title, full text and span, the units
 * that lead and support it, the responsible leaders, its deadline and its targets. Every target
 * id starts with this task's id. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "number", "label", "title", "text", "span", "leadUnits", "supportingUnits", "leaders",
  "deadline", "targets"
})
abstract class AbstractTask {

  /** {@return the stable id: {@code t12} for the twelfth task in document order} */
  public abstract String id();

  /**
   * {@return the number as written ({@code 12} for {@code 12.} or {@code (十二)}); 0 when unnumbered}
   */
  public abstract int number();

  /** {@return the numbering exactly as written ({@code 12．}, {@code （十二）}), when there is one} */
  public abstract @Nullable String label();

  /** {@return the short heading that opens the task ({@code 搭建创新平台}), when it has one} */
  public abstract @Nullable String title();

  /** {@return the task's text, numbering excluded, responsibility note included} */
  public abstract String text();

  /** {@return where the task stands in the input, numbering and note included} */
  public abstract SourceSpan span();

  /**
   * {@return where the task's body stands (label and notes excluded), when the reader knew it} Not
   * part of the JSON contract and not part of equality.
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract @Nullable SourceSpan bodySpan();

  /**
   * {@return where each of the task's responsibility notes stands (brackets included), in input
   * order, when the reader knew them} Not part of the JSON contract and not part of equality.
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract List<SourceSpan> noteSpans();

  /** {@return the units that lead, the principal lead first} */
  public abstract List<LeadUnit> leadUnits();

  /** {@return the units that take part without leading} */
  public abstract List<LeadUnit> supportingUnits();

  /** {@return the responsible leaders, as written} */
  public abstract List<String> leaders();

  /** {@return the earliest deadline the task states, if any} */
  public abstract @Nullable LocalDate deadline();

  /** {@return the targets, in document order} */
  public abstract List<Target> targets();

  /** {@return the principal lead unit: the first one, if the task names any} */
  public final Optional<LeadUnit> principalLead() {
    return leadUnits().isEmpty() ? Optional.empty() : Optional.of(leadUnits().get(0));
  }

  /**
   * {@return whether {@code name} denotes one of the lead units: its written, short or canonical
   * name ({@code 县发改局} and {@code 县发展和改革局} alike), through {@link UnitNames#defaults()}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final boolean isLedBy(String name) {
    return isLedBy(name, UnitNames.defaults());
  }

  /**
   * {@return whether {@code name} denotes one of the lead units through the alias table {@code
   * names}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   * @param names the alias table to resolve names with
   */
  public final boolean isLedBy(String name, UnitNames names) {
    return leadUnits().stream().anyMatch(u -> names.denotes(name, u));
  }

  /**
   * {@return whether {@code name} denotes one of the lead or supporting units, through {@link
   * UnitNames#defaults()}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   */
  public final boolean involves(String name) {
    return involves(name, UnitNames.defaults());
  }

  /**
   * {@return whether {@code name} denotes a lead or supporting unit through the alias table {@code
   * names}}
   *
   * @param name a unit's name: as written, a short form or the canonical name
   * @param names the alias table to resolve names with
   */
  public final boolean involves(String name, UnitNames names) {
    return isLedBy(name, names) || supportingUnits().stream().anyMatch(u -> names.denotes(name, u));
  }

  /**
   * The count this task's id holds (12 for {@code t12}) when its targets count from 1 under it in
   * order ({@code t12.g1}, {@code t12.g2}…), else 0: set by {@link #check()} while the task and its
   * targets are just built, so that the check of a plan's ids compares one number per task instead
   * of reading every id string of a large plan again. Not an attribute. Written once in the
   * constructor; a thread that sees 0 only takes the slow check.
   */
  private int countedId;

  /** {@return the count this task's id holds when its targets count under it in order, else 0} */
  final int countedId() {
    return countedId;
  }

  @Value.Check
  void check() {
    if (!Ids.isTaskId(id())) {
      throw new IllegalArgumentException("Task id \"" + id() + "\" is not of the form t12");
    }
    if (number() < 0) {
      throw new IllegalArgumentException("Task " + id() + " has negative number " + number());
    }
    countedId = countedIdOf(id(), targets());
    if (countedId > 0) {
      return;
    }
    String id = id();
    for (Target target : targets()) {
      if (!target.id().startsWith(id) || !target.id().startsWith(".g", id.length())) {
        throw new IllegalArgumentException(
            "Target id \"" + target.id() + "\" does not belong to task " + id());
      }

    }
  }

  private static int countedIdOf(String id, List<Target> targets) {
    for (int k = 0; k < targets.size(); k++) {
      if (!PlanIds.isCounted(targets.get(k).id(), id, ".g", k + 1)) {
        return 0;
      }
    }
    return Ids.taskCount(id);
  }

  @Override
  public String toString() {
    return id() + " " + number() + ". " + (title() != null ? title() : text());
  }
}
