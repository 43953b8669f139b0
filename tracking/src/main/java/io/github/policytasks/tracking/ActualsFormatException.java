package io.github.policytasks.tracking;

/**
 * An actuals sheet that cannot be used at all (as opposed to a bad row, which is reported and
 * skipped): not text in any charset read, no column of target ids or of actual figures, a quote
 * never closed, a damaged .xlsx. The message names the sheet and says what is wrong in one line.
 */
public final class ActualsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The sheet {@code source} is unusable for the reason {@code message}.
   *
   * @param source the name of the sheet
   * @param message what is wrong, in words
   */
  public ActualsFormatException(String source, String message) {
    super(source + ": " + message);
  }

  /**
   * As {@link #ActualsFormatException(String, String)}, caused by {@code cause}.
   *
   * @param source the name of the sheet
   * @param message what is wrong, in words
   * @param cause the underlying failure
   */
  public ActualsFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }
}
