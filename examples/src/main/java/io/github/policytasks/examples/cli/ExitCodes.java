package io.github.policytasks.examples.cli;

/** The exit codes of {@code policy-tasks}. */
public final class ExitCodes {
  /** Success: the command did what was asked and, for {@code check}, no target was missed. */
  public static final int OK = 0;

  /** {@code check} found at least one missed target. */
  public static final int MISSED = 1;

  /**
   * A batch ({@code parse --jsonl}, {@code corpus}) read some files but not all; or, with
   * {@code --strict}, the input gave a warning (empty, blank, mostly unreadable, no task).
   */
  public static final int PARTLY = 1;

  /**
   * Bad arguments, a missing or unreadable file, malformed or oversized input, a batch in which
   * no file could be read, a failed write to an output.
   */
  public static final int USAGE = 2;

  /**
   * The reader of standard output closed it (a broken pipe, {@code | head}): the run stops
   * quietly with the shell's status for SIGPIPE, 128 + 13.
   */
  public static final int BROKEN_PIPE = 141;

  private ExitCodes() {}
}
