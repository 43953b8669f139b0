package io.github.policytasks.tracking;

import io.github.policytasks.core.Amount;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the targets of one group (a section, a lead unit, a dimension) stand: a count per {@link
 * AttainmentStatus}. Counts only: a summary never adds the targets' figures, so percentages are
 * never summed. Immutable and thread-safe.
 */
public final class AttainmentSummary {
  private final String name;
  private final EnumMap<AttainmentStatus, Integer> counts;

  AttainmentSummary(String name, Map<AttainmentStatus, Integer> counts) {
    this.name = Objects.requireNonNull(name, "name");
    this.counts = new EnumMap<>(AttainmentStatus.class);
    for (AttainmentStatus status : AttainmentStatus.values()) {
      this.counts.put(status, counts.getOrDefault(status, 0));
    }
  }

  /** {@return the group: a section heading, a lead unit's name, a dimension} */
  public String name() {
    return name;
  }

  /**
   * {@return the number of targets with {@code status}}
   *
   * @param status the attainment status
   */
  public int count(AttainmentStatus status) {
    return counts.get(status);
  }

  /** {@return the number of targets in the group} */
  public int targets() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the number of targets MET or EXCEEDED} */
  public int attained() {
    return count(AttainmentStatus.MET) + count(AttainmentStatus.EXCEEDED);
  }

  /** {@return the number of targets with an actual, comparable or not} */
  public int reported() {
    return targets() - count(AttainmentStatus.NOT_REPORTED);
  }

  /** {@return attained ÷ reported, exact; empty when nothing was reported} */
  public Optional<Amount> attainedShare() {
    return reported() == 0
        ? Optional.empty()
        : Optional.of(Amount.of(attained()).dividedBy(Amount.of(reported())));
  }

  @Override
  public String toString() {
    return name + " " + counts;
  }
}
