package io.github.policytasks.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A write to an output of the tool failed: the disk is full, the file system is gone, or the
 * reader of a pipe went away ({@link #isBrokenPipe()}). Unchecked, so that it passes through
 * {@link java.io.PrintWriter}, which would otherwise swallow it, and ends the run at once.
 */
final class OutputFailure extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final String output;

  OutputFailure(String output, IOException cause) {
    super(cause.getMessage(), cause);
    this.output = output;
  }

  /** The output that failed: {@code standard output}, or a file name. */
  String output() {
    return output;
  }

  /** Whether the reader of a pipe closed it (EPIPE): no error, the reader wants no more. */
  boolean isBrokenPipe() {
    String message = getCause().getMessage();
    return message != null && (message.contains("Broken pipe") || message.contains("EPIPE"));
  }

  /** The one-line message for a user: {@code cannot write standard output: No space left…}. */
  String describe() {
    String reason = getCause().getMessage();
    return "cannot write " + output + (reason == null ? "" : ": " + reason);
  }
}
