package io.github.policytasks.parser;

import java.util.Objects;

/**
 * The chars {@code [start, end)} of a string, read in place: the same chars, length and indices
 * as {@code text.substring(start, end)} without copying them, so that a reader of one task's text
 * costs no copy of it. {@link #subSequence} and {@link #toString} give {@code String}s, as {@link
 * String}'s own do. Immutable and thread-safe.
 */
final class TextWindow implements CharSequence {
  private final String text;
  private final int start;
  private final int length;

  /**
   * The window {@code [start, end)} of {@code text}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()}
   */
  TextWindow(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    this.text = text;
    this.start = start;
    this.length = end - start;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return text.charAt(start + index);
  }

  /** {@return the chars {@code [from, to)} of this window, as a {@code String}} */
  @Override
  public String subSequence(int from, int to) {
    Objects.checkFromToIndex(from, to, length);
    return text.substring(start + from, start + to);
  }

  /** Whether {@code word} stands at {@code at} in this window, as {@link String#startsWith(String, int)}. */
  boolean startsWith(String word, int at) {
    if (at < 0 || at > length - word.length()) {
      return false;
    }
    return text.startsWith(word, start + at);
  }

  /**
   * The first index in {@code [from, to)} of this window whose char is in {@code table} (a set of
   * {@link TextChars#charSet}), else {@code to}.
   */
  int indexOfAny(long[] table, int from, int to) {
    Objects.checkFromToIndex(from, to, length);
    int end = start + to;
    for (int i = start + from; i < end; i++) {
      if (TextChars.in(table, text.charAt(i))) {
        return i - start;
      }
    }
    return to;
  }

  @Override
  public String toString() {
    return text.substring(start, start + length);
  }
}
