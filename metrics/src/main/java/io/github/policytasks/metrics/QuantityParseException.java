package io.github.policytasks.metrics;

/**
 * Thrown when a written figure, quantity or bound phrase cannot be read: carries what was wrong,
 * the input and the index in it where reading failed, as {@code java.time}'s {@code
 * DateTimeParseException} does. The message quotes the input cut to 64 characters.
 */
public final class QuantityParseException extends IllegalArgumentException {
  private static final int QUOTE_LIMIT = 64;

  /** The text that could not be read. */
  private final String input;
  /** The offset in the input where reading failed. */
  private final int errorIndex;

  /**
   * An exception for {@code problem} at {@code errorIndex} of {@code input}.
   *
   * @param problem what is wrong, in words
   * @param input the text being parsed
   * @param errorIndex the offset of the problem in {@code input}
   */
  public QuantityParseException(String problem, CharSequence input, int errorIndex) {
    super(problem + " at index " + errorIndex + " of \"" + cut(input) + "\"");
    this.input = input.toString();
    this.errorIndex = errorIndex;
  }

  private static String cut(CharSequence input) {
    return input.length() <= QUOTE_LIMIT
        ? input.toString()
        : input.subSequence(0, QUOTE_LIMIT) + "…";
  }

  /** {@return the whole input that was being read} */
  public String input() {
    return input;
  }

  /** {@return the UTF-16 index in {@link #input()} where reading failed} */
  public int errorIndex() {
    return errorIndex;
  }
}
