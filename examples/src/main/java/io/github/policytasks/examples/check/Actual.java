package io.github.policytasks.examples.check;

import java.util.Objects;

/**
 * One actual figure as written in an actuals file: the target id it is for, the figure as written
 * ({@code 1550000亩}, {@code 5家}, {@code 21%}) and the 1-based line it stands on. Immutable and
 * thread-safe.
 *
 * @param targetId the id of the target, {@code t47.g1}
 * @param figure the actual figure as written
 * @param line the 1-based line of the file
 */
public record Actual(String targetId, String figure, int line) {
  /** Checks that no component is null and the line is positive. */
  public Actual {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(figure, "figure");
    if (line < 1) {
      throw new IllegalArgumentException("line " + line + " is not positive");
    }
  }
}
