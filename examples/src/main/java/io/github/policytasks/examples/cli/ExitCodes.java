package io.github.policytasks.examples.cli;

/** The exit codes of {@code policy-tasks}. */
public final class ExitCodes {
  /** Success: the command did what was asked and, for {@code check}, no target was missed. */
  public static final int OK = 0;

  /** {@code check} found at least one missed target. */
  public static final int MISSED = 1;

  /** Bad arguments, a missing or unreadable file, malformed input. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
