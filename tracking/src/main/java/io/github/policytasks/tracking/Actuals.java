package io.github.policytasks.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of actual figures, as read from one or more sheets, together with the rows that were
 * skipped ({@link #problems()}): nothing read is lost silently. A target may have several actuals
 * (a sheet per month, or dated rows); {@link #latest(String, LocalDate)} picks the one that stands
 * at a date. Immutable and thread-safe.
 */
public final class Actuals {
  private static final Actuals NONE = new Actuals(List.of(), List.of());

  private final List<Actual> actuals;
  private final List<ActualsProblem> problems;
  private final Map<String, List<Actual>> byTarget;

  private Actuals(List<Actual> actuals, List<ActualsProblem> problems) {
    this.actuals = List.copyOf(actuals);
    this.problems = List.copyOf(problems);
    Map<String, List<Actual>> index = new LinkedHashMap<>();
    for (Actual actual : this.actuals) {
      index.computeIfAbsent(actual.targetId(), id -> new ArrayList<>()).add(actual);
    }
    this.byTarget = index;
  }

  /** {@return no actuals at all: every target is NOT_REPORTED} */
  public static Actuals none() {
    return NONE;
  }

  /**
   * {@return {@code actuals}, in the order given, with no problems}
   *
   * @param actuals the actual figures
   */
  public static Actuals of(List<Actual> actuals) {
    return new Actuals(actuals, List.of());
  }

  /**
   * {@return {@code actuals} and the {@code problems} met while reading them}
   *
   * @param actuals the actual figures
   * @param problems the problems met while reading them
   */
  public static Actuals of(List<Actual> actuals, List<ActualsProblem> problems) {
    return new Actuals(actuals, problems);
  }

  /**
   * {@return these actuals followed by {@code more}'s, problems likewise}
   *
   * @param more the actuals to add after these
   */
  public Actuals plus(Actuals more) {
    List<Actual> all = new ArrayList<>(actuals);
    all.addAll(more.actuals);
    List<ActualsProblem> allProblems = new ArrayList<>(problems);
    allProblems.addAll(more.problems);
    return new Actuals(all, allProblems);
  }

  /** {@return every actual, in the order read} */
  public List<Actual> all() {
    return actuals;
  }

  /** {@return the rows that were skipped, in the order met} */
  public List<ActualsProblem> problems() {
    return problems;
  }

  /**
   * {@return the actual that stands for {@code targetId} at {@code asOf}: among its actuals dated
   * on or before {@code asOf} and its undated ones, the latest dated; among equals, the one read
   * last (a later row corrects an earlier one)} With {@code asOf} null every actual counts.
   *
   * @param targetId the id of the target
   * @param asOf the date at which the figures stand, or null for the latest
   */
  public Optional<Actual> latest(String targetId, @Nullable LocalDate asOf) {
    Objects.requireNonNull(targetId, "targetId");
    Actual best = null;
    for (Actual actual : byTarget.getOrDefault(targetId, List.of())) {
      LocalDate date = actual.date();
      if (asOf != null && date != null && date.isAfter(asOf)) {
        continue;
      }
      if (best == null || !isEarlier(date, best.date())) {
        best = actual;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the ids of the targets with at least one actual, in the order first read} */
  public List<String> targetIds() {
    return List.copyOf(byTarget.keySet());
  }

  private static boolean isEarlier(@Nullable LocalDate date, @Nullable LocalDate than) {
    if (than == null) {
      return false;
    }
    return date == null || date.isBefore(than);
  }

  @Override
  public String toString() {
    return actuals.size() + " actuals for " + byTarget.size() + " targets, " + problems.size()
        + " rows skipped";
  }
}
