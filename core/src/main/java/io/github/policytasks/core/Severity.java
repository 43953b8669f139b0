package io.github.policytasks.core;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** Something could not be read; the result holds only what was understood. */
  ERROR,
  /** Something was read in part or guessed. */
  WARNING,
  /** A remark that changes nothing in the result. */
  INFO
}
