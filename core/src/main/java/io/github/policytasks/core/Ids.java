package io.github.policytasks.core;

/**
 * Checks ids against the forms the model gives them, {@code t12} (task), {@code t12.g3} (target), {@code s2.g1} (goal of a section),
 * {@code s3} (section) and {@code s3.2} (subsection), by reading their chars rather than matching
 * a regular expression: the checks run for every value a parser builds. ASCII digits only.
 * Stateless and thread-safe.
 */
final class Ids {
  private Ids() {}

  /** {@code t[1-9][0-9]*} */
  static boolean isTaskId(String id) {
    return id.length() > 1 && id.charAt(0) == 't' && isPositive(id, 1);
  }

  /**
   * {@return the count a task id {@code t[1-9][0-9]*} holds ({@code 12} for {@code t12}), or 0 for
   * any other string and for a count past {@link Integer#MAX_VALUE}}
   */
  static int taskCount(String id) {
    if (!isTaskId(id) || id.length() > 11) {
      return 0;
    }
    long count = 0;
    for (int i = 1; i < id.length(); i++) {
      count = count * 10 + (id.charAt(i) - '0');
    }
    return count > Integer.MAX_VALUE ? 0 : (int) count;
  }

  /** {@code t[0-9]+\.g[1-9][0-9]*} */
  static boolean isTargetId(String id) {
    if (id.isEmpty() || id.charAt(0) != 't') {
      return false;
    }
    int dot = digitsEnd(id, 1);
    return dot > 1 && dot + 2 < id.length() && id.charAt(dot) == '.' && id.charAt(dot + 1) == 'g'
        && isPositive(id, dot + 2);
  }

  /** {@code [ts][0-9]+\.g[1-9][0-9]*}: a task's target or a section's goal, in one reading. */
  static boolean isTargetOrGoalId(String id) {
    if (id.isEmpty() || id.charAt(0) != 't' && id.charAt(0) != 's') {
      return false;
    }
    int dot = digitsEnd(id, 1);
    return dot > 1 && dot + 2 < id.length() && id.charAt(dot) == '.' && id.charAt(dot + 1) == 'g'
        && isPositive(id, dot + 2);
  }

  /** {@code s[0-9]+\.g[1-9][0-9]*}: a goal of a section. */
  static boolean isGoalId(String id) {
    if (id.isEmpty() || id.charAt(0) != 's') {
      return false;
    }
    int dot = digitsEnd(id, 1);
    return dot > 1 && dot + 2 < id.length() && id.charAt(dot) == '.' && id.charAt(dot + 1) == 'g'
        && isPositive(id, dot + 2);
  }

  /** {@code s[0-9]+} */
  static boolean isSectionId(String id) {
    return id.length() > 1 && id.charAt(0) == 's' && digitsEnd(id, 1) == id.length();
  }

  /** {@code s[0-9]+\.[1-9][0-9]*} */
  static boolean isSubsectionId(String id) {
    if (id.isEmpty() || id.charAt(0) != 's') {
      return false;
    }
    int dot = digitsEnd(id, 1);
    return dot > 1 && dot + 1 < id.length() && id.charAt(dot) == '.' && isPositive(id, dot + 1);
  }

  /** Whether {@code id[from…]} is {@code [1-9][0-9]*} to the end. */
  private static boolean isPositive(String id, int from) {
    return from < id.length() && id.charAt(from) >= '1' && id.charAt(from) <= '9'
        && digitsEnd(id, from + 1) == id.length();
  }

  private static int digitsEnd(String id, int from) {
    int i = from;
    while (i < id.length() && id.charAt(i) >= '0' && id.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
