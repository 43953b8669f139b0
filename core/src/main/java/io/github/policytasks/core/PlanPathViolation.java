package io.github.policytasks.core;

/**
 * A rule of the plan as a whole broken at one place, which the exception names by its JSON path
 * ({@code $.sections[1].tasks[0].id}) so that a reader of JSON can report it there. An {@link
 * IllegalArgumentException} like every other consistency check of the model.
 */
final class PlanPathViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  PlanPathViolation(String path, String message) {
    super(message);
    this.path = path;
  }

  /** The JSON path of the offending value. */
  String path() {
    return path;
  }
}
