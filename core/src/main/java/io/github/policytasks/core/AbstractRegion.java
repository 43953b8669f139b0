package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A stretch of a plan's input and what it is. The regions of a plan are in input order and never
 * overlap; together they cover every non-blank character of the input. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"kind", "span"})
abstract class AbstractRegion {

  /** {@return what the stretch is} */
  @Value.Parameter
  public abstract RegionKind kind();

  /** {@return where it stands in the input} */
  @Value.Parameter
  public abstract SourceSpan span();

  @Override
  public String toString() {
    return kind() + " " + span();
  }
}
