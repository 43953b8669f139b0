package io.github.policytasks.metrics;

import io.github.policytasks.core.Unit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit found in a text by {@link UnitCatalogue#matchAt}: the half-open UTF-16 range {@code
 * [start, end)} it covers, the unit as written there (Traditional or full-width forms kept), and
 * its catalogue definition. Immutable and thread-safe.
 */
public final class UnitMatch {
  private final int start;
  private final int end;
  private final Unit written;
  private final UnitDefinition definition;

  UnitMatch(int start, int end, Unit written, UnitDefinition definition) {
    this.start = start;
    this.end = end;
    this.written = written;
    this.definition = definition;
  }

  /** {@return offset of the unit's first char} */
  public int start() {
    return start;
  }

  /** {@return offset just past the unit's last char} */
  public int end() {
    return end;
  }

  /** {@return the number of chars the unit covers} */
  public int length() {
    return end - start;
  }

  /** {@return the unit exactly as written in the text ({@code 萬畝}, {@code ％})} */
  public Unit written() {
    return written;
  }

  /** {@return the catalogue definition the written form resolves to} */
  public UnitDefinition definition() {
    return definition;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof UnitMatch)) {
      return false;
    }
    UnitMatch that = (UnitMatch) o;
    return start == that.start && end == that.end && written.equals(that.written)
        && definition.equals(that.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, written, definition);
  }

  @Override
  public String toString() {
    return written + "[" + start + "," + end + ") → " + definition.symbol();
  }
}
