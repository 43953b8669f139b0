package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the exact input text, so that
 * {@code text.substring(start, end)} gives the covered characters. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"start", "end"})
abstract class AbstractSourceSpan {

  /** {@return the offset of the first covered character; zero or more} */
  @Value.Parameter
  public abstract int start();

  /** {@return the offset just past the last covered character; at least {@link #start()}} */
  @Value.Parameter
  public abstract int end();

  /** {@return the number of UTF-16 units covered} */
  public final int length() {
    return end() - start();
  }

  /**
   * {@return whether {@code other} lies wholly inside this span}
   *
   * @param other the other amount
   */
  public final boolean encloses(AbstractSourceSpan other) {
    return start() <= other.start() && other.end() <= end();
  }

  /**
   * {@return the covered text of {@code input}}
   *
   * @param input the text being parsed
   * @throws IndexOutOfBoundsException if the span reaches past the end of {@code input}
   */
  public final String textOf(CharSequence input) {
    return input.subSequence(start(), end()).toString();
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException(
          "Span [" + start() + ", " + end() + ") is invalid: need 0 <= start <= end");
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
