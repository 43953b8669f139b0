package io.github.policytasks.examples.check;

/**
 * An actuals file that cannot be read: the message names the file and line and says what is
 * wrong ({@code actuals.csv:3: expected 2 fields (target id, figure), found 1}).
 */
public final class ActualsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem in {@code file} at 1-based {@code line}, described by {@code message}. */
  public ActualsFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
