package io.github.policytasks.render;

/** A {@link RenderStyle} option: the line ending written after each line. */
public enum LineEnding {
  /** {@code \n} */
  LF("\n"),
  /** {@code \r\n} */
  CRLF("\r\n"),
  /** {@code \r} */
  CR("\r");

  private final String separator;

  LineEnding(String separator) {
    this.separator = separator;
  }

  /** {@return the characters that end a line} */
  public String separator() {
    return separator;
  }
}
