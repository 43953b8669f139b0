package io.github.policytasks.parser.corpus;

import java.io.IOException;

/** Thrown when an input holds more bytes than the configured limit; nothing past it was read. */
public final class InputTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The largest input accepted, in bytes. */
  private final long limit;

  /**
   * An input larger than {@code limit} bytes.
   *
   * @param limit the largest number of bytes accepted
   */
  public InputTooLargeException(long limit) {
    super("larger than the input size limit of " + InputSizes.describe(limit));
    this.limit = limit;
  }

  /** {@return the limit, in bytes} */
  public long limit() {
    return limit;
  }
}
