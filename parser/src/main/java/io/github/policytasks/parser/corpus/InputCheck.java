package io.github.policytasks.parser.corpus;

import io.github.policytasks.parser.CharsetDetection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells plan text from bytes that are none: {@link #problem(byte[])} looks at the raw bytes
 * (empty, binary), {@link #problem(String)} at the decoded text (blank, mostly unreadable).
 * Linear in the input; stateless and thread-safe.
 */
public final class InputCheck {
  /** How many leading bytes are searched for a NUL byte. */
  static final int BINARY_PROBE = 8192;

  /** The last white-space or space character of Unicode's BMP, the ideographic space. */
  private static final char LAST_SPACE = '\u3000';

  /** How often, in characters, the text check looks whether its answer is settled. */
  private static final int SETTLED_LOOK = 1024;

  /** The first control character after the printable ASCII ones. */
  private static final char DELETE = '\u007F';

  private InputCheck() {}

  /**
   * {@return the problem of {@code bytes} seen as bytes: {@code EMPTY}, {@code BINARY}, or none}
   *
   * @param bytes the bytes of the input
   */
  public static Optional<InputProblem> problem(byte[] bytes) {
    return Optional.ofNullable(problemOf(bytes));
  }

  private static @Nullable InputProblem problemOf(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      return InputProblem.EMPTY;
    }
    if (CharsetDetection.bomLength(bytes) == 2) {
      return null;
    }
    int probe = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return InputProblem.BINARY;
      }
    }
    return null;
  }

  /**
   * {@return the problem of decoded {@code text}: {@code BLANK} when it is only white space, {@code
   * UNREADABLE} when more than half of its other characters are U+FFFD (bytes the charset could
   * not decode) or control characters, else none} The scan stops as soon as the rest of the text
   * could not change the answer: for a plan, about half way.
   *
   * @param text the decoded text
   */
  public static Optional<InputProblem> problem(String text) {
    Objects.requireNonNull(text, "text");
    int visible = 0;
    int unreadable = 0;
    int length = text.length();
    int nextLook = SETTLED_LOOK;
    for (int i = 0; i < length; i++) {
      if (i == nextLook) {
        // The rest, were it all unreadable, adds as much to both counts: the answer is settled
        // once even that leaves at most half the visible characters unreadable.
        if (visible > 0 && 2L * unreadable + (length - i) <= visible) {
          return Optional.empty();
        }
        nextLook += SETTLED_LOOK;
      }
      char c = text.charAt(i);
      if (c > LAST_SPACE) {
        // Most of a plan: no white space, space or control character lies above U+3000.
        if (c != '\uFEFF') {
          visible++;
          if (c == '\uFFFD') {
            unreadable++;
          }
        }
      } else if (c > ' ' && c < DELETE) {
        visible++;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        visible++;
        if (Character.isISOControl(c)) {
          unreadable++;
        }
      }
    }
    if (visible == 0) {
      return Optional.of(InputProblem.BLANK);
    }
    return unreadable * 2 > visible ? Optional.of(InputProblem.UNREADABLE) : Optional.empty();
  }
}
