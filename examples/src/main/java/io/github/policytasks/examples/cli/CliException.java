package io.github.policytasks.examples.cli;

/**
 * An error a user can fix (a missing file, a bad argument, a malformed actuals CSV): the tool
 * prints its message as one line on standard error and exits with {@link ExitCodes#USAGE}.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error described by {@code message}. */
  public CliException(String message) {
    super(message);
  }

  /** An error described by {@code message}, caused by {@code cause}. */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
