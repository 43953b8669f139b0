package io.github.policytasks.parser.corpus;

/**
 * Why the bytes of a file are no plan text that can be read: each problem has a one-line reason
 * for failure lists and warnings.
 */
public enum InputProblem {
  /** No bytes at all. */
  EMPTY("empty file"),
  /** Only white space (ASCII or ideographic spaces, line breaks, a byte-order mark). */
  BLANK("blank file: only white space"),
  /** NUL bytes without a UTF-16 byte-order mark: an image, an archive, a Word file… */
  BINARY("binary file, not plan text (NUL bytes)"),
  /** More than half of the characters could not be decoded or are control characters. */
  UNREADABLE("mostly unreadable: more than half of the characters could not be decoded");

  private final String reason;

  InputProblem(String reason) {
    this.reason = reason;
  }

  /** {@return the problem in a few words: {@code empty file}} */
  public String reason() {
    return reason;
  }
}
