package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import java.util.Objects;

/**
 * Thrown by a strict {@link PlanParser} at the first problem in its input: carries the {@link
 * DiagnosticCode code} of the problem, the message, the input cut to 64 characters, the error index
 * (a UTF-16 offset) and its 1-based line and column, like {@link
 * java.time.format.DateTimeParseException}.
 */
public final class PlanParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int QUOTED_INPUT = 64;

  /** The diagnostic code of the problem. */
  private final DiagnosticCode code;
  /** What is wrong, in words, as reported (without the position). */
  private final String detail;
  /** The text being parsed. */
  private final String parsedText;
  /** The offset of the problem in the parsed text. */
  private final int errorIndex;
  /** The 1-based line of the problem. */
  private final int line;
  /** The 1-based column of the problem. */
  private final int column;

  /**
   * A problem of kind {@code code} described by {@code message} at {@code errorIndex} ({@code
   * line}:{@code column}).
   *
   * @param code the diagnostic code of the problem
   * @param message what is wrong, in words
   * @param input the text being parsed
   * @param errorIndex the offset of the problem in {@code input}
   * @param line the 1-based line
   * @param column the 1-based column
   */
  public PlanParseException(
      DiagnosticCode code, String message, CharSequence input, int errorIndex, int line, int column) {
    super(code + ": " + message + " at " + line + ":" + column + " (offset " + errorIndex + ") in \""
        + cut(input) + "\"");
    this.code = Objects.requireNonNull(code, "code");
    this.detail = message;
    this.parsedText = cut(input);
    this.errorIndex = errorIndex;
    this.line = line;
    this.column = column;
  }

  private static String cut(CharSequence input) {
    return input.length() <= QUOTED_INPUT
        ? input.toString()
        : input.subSequence(0, QUOTED_INPUT) + "…";
  }

  /** {@return the kind of problem, as a diagnostic of a lenient parser would give it} */
  public DiagnosticCode getCode() {
    return code;
  }

  /** {@return what is wrong, in words, without the position: the message as the problem was reported} */
  String detail() {
    return detail;
  }

  /** {@return the input, cut to its first 64 characters} */
  public String getParsedText() {
    return parsedText;
  }

  /** {@return the UTF-16 offset into the input where the problem is} */
  public int getErrorIndex() {
    return errorIndex;
  }

  /** {@return the 1-based line of the problem} */
  public int getLine() {
    return line;
  }

  /** {@return the 1-based column of the problem} */
  public int getColumn() {
    return column;
  }
}
