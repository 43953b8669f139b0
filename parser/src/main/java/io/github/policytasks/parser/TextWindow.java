package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ArrayChars;
import java.util.Objects;

/**
 * The chars {@code [start, end)} of a string, read as {@code text.substring(start, end)} reads:
 * the same chars, length and indices. The chars are copied once into a {@code char[]}, which the
 * readers of one task's text read directly (a char of an array costs less than one of a string
 * read through a window of it); that array may be a buffer the next window over it reuses
 * ({@link WindowBuffers}), so such a window is read only until then. {@link #subSequence} and
 * {@link #toString} give {@code String}s of the text, as {@link String}'s own do; {@link #reset}
 * makes a window another text's, for the reader that keeps one per thread. Not thread-safe when its
 * buffer is shared; confined to one thread.
 */
final class TextWindow extends ArrayChars {
  private String text;
  private int start;
  private int length;
  /** The chars of the window at {@code [0, length)}; the array may be longer. */
  private char[] chars;

  /**
   * The window {@code [start, end)} of {@code text}, its chars copied into an array of its own.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()}
   */
  TextWindow(String text, int start, int end) {
    this(text, start, end, new char[Math.max(0, end - start)]);
  }

  /**
   * The window {@code [start, end)} of {@code text}, its chars copied into {@code buffer}, which it
   * reads until the buffer is written again.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()} and the
   *     buffer holds {@code end - start} chars
   */
  TextWindow(String text, int start, int end, char[] buffer) {
    super(buffer, end - start);
    Objects.checkFromToIndex(start, end, text.length());
    this.text = text;
    this.start = start;
    this.length = end - start;
    this.chars = buffer;
    text.getChars(start, end, buffer, 0);
  }

  /**
   * Makes this the window {@code [start, end)} of {@code text}, its chars copied into {@code
   * buffer}, as a new {@code TextWindow(text, start, end, buffer)} would be: for the reader that
   * reuses one window from task to task ({@link TargetReader}). Returns this.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()} and the
   *     buffer holds {@code end - start} chars
   */
  TextWindow reset(String text, int start, int end, char[] buffer) {
    Objects.checkFromToIndex(start, end, text.length());
    reset(buffer, end - start);
    this.text = text;
    this.start = start;
    this.length = end - start;
    this.chars = buffer;
    text.getChars(start, end, buffer, 0);
    return this;
  }

  /**
   * {@return the array whose {@code [0, length())} are this window's chars, for a reader that walks
   * them all} The array may be longer and is not to be written.
   */
  char[] array() {
    return chars;
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
    for (int i = from; i < to; i++) {
      if (TextChars.in(table, chars[i])) {
        return i;
      }
    }
    return to;
  }

  @Override
  public String toString() {
    return text.substring(start, start + length);
  }
}
