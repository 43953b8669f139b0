package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
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
public abstract class AbstractTask {

  /** The stable id: {@code t12} for the twelfth task in document order. */
  public abstract String id();

  /** The number as written ({@code 12} for {@code 12.} or {@code (十二)}); 0 when unnumbered. */
  public abstract int number();

  /** The numbering exactly as written ({@code 12．}, {@code （十二）}), when there is one. */
  public abstract @Nullable String label();

  /** The short heading that opens the task ({@code 搭建创新平台}), when it has one. */
  public abstract @Nullable String title();

  /** The task's text, numbering excluded, responsibility note included. */
  public abstract String text();

  /** Where the task stands in the input, numbering and note included. */
  public abstract SourceSpan span();

  /** The units that lead, the principal lead first. */
  public abstract List<LeadUnit> leadUnits();

  /** The units that take part without leading. */
  public abstract List<LeadUnit> supportingUnits();

  /** The responsible leaders, as written. */
  public abstract List<String> leaders();

  /** The earliest deadline the task states, if any. */
  public abstract @Nullable LocalDate deadline();

  /** The targets, in document order. */
  public abstract List<Target> targets();

  /** The principal lead unit, if the task names any. */
  public final @Nullable LeadUnit principalLead() {
    return leadUnits().isEmpty() ? null : leadUnits().get(0);
  }

  /** Whether {@code name} is the written or canonical name of one of the lead units. */
  public final boolean isLedBy(String name) {
    return leadUnits().stream().anyMatch(u -> u.isNamed(name));
  }

  /** Whether {@code name} names one of the lead or supporting units. */
  public final boolean involves(String name) {
    return isLedBy(name) || supportingUnits().stream().anyMatch(u -> u.isNamed(name));
  }

  @Value.Check
  protected void check() {
    if (!Ids.isTaskId(id())) {
      throw new IllegalArgumentException("Task id \"" + id() + "\" is not of the form t12");
    }
    if (number() < 0) {
      throw new IllegalArgumentException("Task " + id() + " has negative number " + number());
    }
    String id = id();
    for (Target target : targets()) {
      if (!target.id().startsWith(id) || !target.id().startsWith(".g", id.length())) {
        throw new IllegalArgumentException(
            "Target id \"" + target.id() + "\" does not belong to task " + id());
      }
    }
  }

  @Override
  public String toString() {
    return id() + " " + number() + ". " + (title() != null ? title() : text());
  }
}
