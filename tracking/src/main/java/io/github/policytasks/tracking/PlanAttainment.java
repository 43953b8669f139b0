package io.github.policytasks.tracking;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan checked against a set of actuals ({@link AttainmentChecker#check(Plan, Actuals,
 * LocalDate)}): one {@link TargetAttainment} per target in document order, the skipped rows of the
 * actuals, and summaries per section, per lead unit and per dimension. Immutable and thread-safe.
 */
public final class PlanAttainment {
  /** The group name of targets whose unit the catalogue does not know, in {@link #byDimension()}. */
  public static final String UNKNOWN_DIMENSION = "UNKNOWN";

  private final Plan plan;
  private final @Nullable LocalDate asOf;
  private final List<TargetAttainment> targets;
  private final List<ActualsProblem> problems;

  PlanAttainment(Plan plan, @Nullable LocalDate asOf, List<TargetAttainment> targets,
      List<ActualsProblem> problems) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.asOf = asOf;
    this.targets = List.copyOf(targets);
    this.problems = List.copyOf(problems);
  }

  /** {@return the plan checked} */
  public Plan plan() {
    return plan;
  }

  /** {@return the date the actuals were taken at, if one was given} */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** {@return one result per target of the plan, in document order} */
  public List<TargetAttainment> targets() {
    return targets;
  }

  /**
   * {@return the actuals rows skipped while reading, and actuals for ids the plan does not have}
   */
  public List<ActualsProblem> problems() {
    return problems;
  }

  /**
   * {@return the number of targets with {@code status}}
   *
   * @param status the attainment status
   */
  public int count(AttainmentStatus status) {
    return (int) targets.stream().filter(t -> t.status() == status).count();
  }

  /** {@return every target's count, per status, in the order of {@link AttainmentStatus}} */
  public Map<AttainmentStatus, Integer> counts() {
    Map<AttainmentStatus, Integer> counts = new EnumMap<>(AttainmentStatus.class);
    for (AttainmentStatus status : AttainmentStatus.values()) {
      counts.put(status, count(status));
    }
    return counts;
  }

  /**
   * {@return whether every reported target is attained (MET or EXCEEDED) and no actuals row was
   * skipped; targets without an actual do not count against it}
   */
  public boolean allReportedAttained() {
    return problems.isEmpty() && targets.stream()
        .allMatch(t -> t.status().isAttained() || t.status() == AttainmentStatus.NOT_REPORTED);
  }

  /** {@return the whole plan as one summary} */
  public AttainmentSummary total() {
    return new AttainmentSummary(plan.title() == null ? "plan" : plan.title(), counts());
  }

  /**
   * {@return one summary per section of the plan, in document order (a section without targets has
   * a summary with no targets), named {@code 1 聚力创新驱动战略…}}
   */
  public List<AttainmentSummary> bySection() {
    return group(t -> List.of(sectionName(t.section())),
        plan.sections().stream().map(PlanAttainment::sectionName).toList());
  }

  private static String sectionName(Section section) {
    return section.number() + (section.title() == null ? "" : " " + section.title());
  }

  /**
   * {@return one summary per lead unit, in the order the units first lead a target: a target counts
   * for every unit that leads its task, so the counts may add up to more than the plan's targets; a
   * section's goals have no lead unit and count in none}
   */
  public List<AttainmentSummary> byLeadUnit() {
    return group(t -> t.task() == null
        ? List.of()
        : t.task().leadUnits().stream().map(LeadUnit::name).toList(), List.of());
  }

  /** {@return one summary per dimension of the targets' units, in the order first met} */
  public List<AttainmentSummary> byDimension() {
    return group(t -> {
      Dimension dimension = t.target().dimension();
      return List.of(dimension == null ? UNKNOWN_DIMENSION : dimension.name());
    }, List.of());
  }

  private List<AttainmentSummary> group(
      Function<TargetAttainment, List<String>> keys, List<String> always) {
    Map<String, Map<AttainmentStatus, Integer>> groups = new LinkedHashMap<>();
    always.forEach(key -> groups.put(key, new EnumMap<>(AttainmentStatus.class)));
    for (TargetAttainment target : targets) {
      for (String key : keys.apply(target)) {
        groups.computeIfAbsent(key, k -> new EnumMap<>(AttainmentStatus.class))
            .merge(target.status(), 1, Integer::sum);
      }
    }
    return groups.entrySet().stream()
        .map(e -> new AttainmentSummary(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public String toString() {
    return targets.size() + " targets " + counts() + (asOf == null ? "" : " as of " + asOf);
  }
}
