package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A quantity a plan commits to reach, add, build, keep or limit (annotation guide §3): the words
 * that carry it, what it measures, its bound, kind and direction, the value as written and, for a
 * range, the upper value in the same unit, plus the exact value in the canonical unit of its
 * dimension. Construction rejects inconsistent values: a RANGE without an upper value, an upper
 * value with any other comparator or below the lower one, a GROWTH or POINTS target without a
 * direction. Immutable and thread-safe.
 *
 * <p>Two ways to build one, both checked the same way: {@code Target.builder()} with named
 * attributes, and {@code Target.of(id, text, span, subject, comparator, kind, direction, value,
 * upper, normalized, normalizedUpper, dimension, deadline)}, which takes every attribute in the
 * order of the JSON contract (null for an absent one) and builds no builder: for a reader that
 * makes many targets, such as the parser.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "text", "span", "subject", "comparator", "kind", "direction", "value", "upper",
  "normalized", "normalizedUpper", "dimension", "deadline"
})
abstract class AbstractTarget {

  /**
   * {@return the stable id: {@code t12.g3} for the third target of the twelfth task, {@code s2.g1}
   * for the first goal of section 2}
   */
  @Value.Parameter
  public abstract String id();

  /** {@return the words that carry the target: value, unit and bound words ({@code 突破150亿元})} */
  @Value.Parameter
  public abstract String text();

  /** {@return where {@link #text()} stands in the input} */
  @Value.Parameter
  public abstract SourceSpan span();

  /** {@return what is counted or measured, as written, when the text names it} */
  @Value.Parameter
  public abstract @Nullable String subject();

  /** {@return the bound the words give} */
  @Value.Parameter
  public abstract Bound comparator();

  /** {@return what the figure measures} */
  @Value.Parameter
  public abstract TargetKind kind();

  /**
   * {@return for GROWTH and POINTS: whether the change is an increase or a decrease; absent
   * otherwise}
   */
  @Value.Parameter
  public abstract @Nullable Direction direction();

  /** {@return the value as written; the lower end of a range} */
  @Value.Parameter
  public abstract Quantity value();

  /** {@return for a RANGE only: the upper value, in the unit of {@link #value()}} */
  @Value.Parameter
  public abstract @Nullable Quantity upper();

  /**
   * {@return {@link #value()} exactly in the canonical unit of its dimension, when the unit is
   * known}
   */
  @Value.Parameter
  public abstract @Nullable Quantity normalized();

  /** {@return {@link #upper()} exactly in the canonical unit, for a range whose unit is known} */
  @Value.Parameter
  public abstract @Nullable Quantity normalizedUpper();

  /** {@return the dimension of the value's unit, when the unit is known} */
  @Value.Parameter
  public abstract @Nullable Dimension dimension();

  /** {@return a deadline this target states itself, if any} */
  @Value.Parameter
  public abstract @Nullable LocalDate deadline();

  /**
   * {@return the id of the task or section this target belongs to ({@code t12} for {@code t12.g3})}
   */
  public final String ownerId() {
    return id().substring(0, id().indexOf('.'));
  }

  /** {@return whether this is a goal of a section ({@code s2.g1}) rather than a task's target} */
  @JsonIgnore
  public final boolean isGoal() {
    return id().charAt(0) == 's';
  }

  /**
   * {@return the id of the task this target belongs to ({@code t12} for {@code t12.g3}); empty for
   * a goal}
   */
  public final Optional<String> taskId() {
    return isGoal() ? Optional.empty() : Optional.of(ownerId());
  }

  @Value.Check
  void check() {
    if (!Ids.isTargetOrGoalId(id())) {
      throw new IllegalArgumentException(
          "Target id \"" + id() + "\" is not of the form t12.g3 (a task's target) or s2.g1 (a goal)");
    }
    if (text().isBlank()) {
      throw new IllegalArgumentException("Target " + id() + " has blank text \"" + text() + "\"");
    }
    Quantity normalized = normalized();
    Quantity normalizedUpper = normalizedUpper();
    if (comparator().hasUpper() && normalized != null && normalizedUpper == null) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\" is a RANGE with a normalized value but no normalizedUpper");
    }
    if (normalizedUpper != null) {
      if (normalized == null || !normalizedUpper.unit().equals(normalized.unit())) {
        throw new IllegalArgumentException(
            "Target " + id() + " \"" + text() + "\": normalizedUpper " + normalizedUpper
                + " is not in the unit of normalized " + normalized);
      }
      if (normalizedUpper.amount().compareTo(normalized.amount()) < 0) {
        throw new IllegalArgumentException(
            "Target " + id() + " \"" + text() + "\": normalizedUpper " + normalizedUpper
                + " is below normalized " + normalized);
      }
    }
    if (dimension() == Dimension.COUNT && (value().amount().signum() < 0
        || (normalized != null && normalized.amount().signum() < 0))) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\": a count cannot be negative (" + value() + ")");
    }
    Quantity upper = upper();
    if (comparator().hasUpper() && upper == null) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\" is a RANGE without an upper value");
    }
    if (!comparator().hasUpper() && (upper != null || normalizedUpper() != null)) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\" has an upper value " + upper
              + " but its comparator is " + comparator() + ", not RANGE");
    }
    if (upper != null) {
      if (!upper.unit().equals(value().unit())) {
        throw new IllegalArgumentException(
            "Target " + id() + " \"" + text() + "\": upper " + upper + " is not in the unit of value "
                + value());
      }
      if (upper.amount().compareTo(value().amount()) < 0) {
        throw new IllegalArgumentException(
            "Target " + id() + " \"" + text() + "\": upper " + upper + " is below value " + value());
      }
    }
    if (kind().hasDirection() && direction() == null) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\" is " + kind() + " without a direction");
    }
    if (!kind().hasDirection() && direction() != null) {
      throw new IllegalArgumentException(
          "Target " + id() + " \"" + text() + "\" is " + kind() + " but has direction " + direction()
              + " (only GROWTH and POINTS have one)");
    }
  }

  @Override
  public String toString() {
    return id() + " " + comparator() + " " + value() + (upper() != null ? "-" + upper() : "")
        + " \"" + text() + "\"";
  }
}
