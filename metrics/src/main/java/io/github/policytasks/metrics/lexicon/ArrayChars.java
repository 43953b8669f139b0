package io.github.policytasks.metrics.lexicon;

import java.util.Objects;

/**
 * A char sequence whose chars stand in a {@code char[]} from index 0, for readers that look at a
 * text char by char: {@link #at} reads a {@code String} or an {@code ArrayChars} without an
 * interface call. A lookup's loop given several kinds of {@code CharSequence} (strings, windows of
 * a task's text, a figure's folded view) otherwise calls {@code charAt} through the interface at
 * every char, which the JIT cannot inline once it has seen more than two kinds. Subclasses decide
 * what else the chars mean; the array is never written through this type.
 */
public abstract class ArrayChars implements CharSequence {
  private char[] chars;
  private int length;

  /**
   * Chars {@code [0, length)} of {@code chars}, which the caller keeps unchanged while it is read.
   *
   * @param chars the array holding the chars from index 0; it may be longer
   * @param length how many of them this sequence holds
   * @throws IndexOutOfBoundsException if {@code length} is negative or past the array
   */
  protected ArrayChars(char[] chars, int length) {
    Objects.checkFromIndexSize(0, length, chars.length);
    this.chars = chars;
    this.length = length;
  }

  /**
   * Makes this sequence chars {@code [0, length)} of {@code chars} from now on, for a subclass whose
   * instance one reader reuses from text to text (a task's window read by one thread after another
   * task's) instead of making one per text.
   *
   * @param chars the array holding the chars from index 0; it may be longer
   * @param length how many of them this sequence holds
   * @throws IndexOutOfBoundsException if {@code length} is negative or past the array
   */
  protected final void reset(char[] chars, int length) {
    Objects.checkFromIndexSize(0, length, chars.length);
    this.chars = chars;
    this.length = length;
  }

  /**
   * {@return char {@code index} of {@code text}, read straight from a {@code String} or an {@code
   * ArrayChars}, through the interface from any other kind}
   *
   * @param text the text to read
   * @param index the index of the char
   * @throws IndexOutOfBoundsException if {@code index} is outside the text
   */
  public static char at(CharSequence text, int index) {
    if (text instanceof String s) {
      return s.charAt(index);
    }
    if (text instanceof ArrayChars a) {
      return a.charAt(index);
    }
    return text.charAt(index);
  }

  /**
   * {@return the array whose {@code [0, length())} are the chars, for a reader of this package
   * that walks many of them} It may be longer and is never written.
   */
  final char[] backingArray() {
    return chars;
  }

  @Override
  public final int length() {
    return length;
  }

  @Override
  public final char charAt(int index) {
    Objects.checkIndex(index, length);
    return chars[index];
  }
}
