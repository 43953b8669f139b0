package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A heading inside a section ({@code (一)} / {@code （一）}) with the tasks under it. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "number", "title", "span", "tasks"})
abstract class AbstractSubsection {

  /** {@return the stable id: {@code s2.3} for the third subsection of section 2} */
  public abstract String id();

  /** {@return the number as written ({@code 3} for {@code （三）})} */
  public abstract int number();

  /** {@return the heading text, numbering excluded} */
  public abstract @Nullable String title();

  /** {@return where the heading stands in the input, when known} */
  public abstract @Nullable SourceSpan span();

  /** {@return the tasks under this heading, in document order} */
  public abstract List<Task> tasks();

  @Value.Check
  void check() {
    if (!Ids.isSubsectionId(id())) {
      throw new IllegalArgumentException("Subsection id \"" + id() + "\" is not of the form s2.3");
    }
    if (number() < 0) {
      throw new IllegalArgumentException("Subsection " + id() + " has negative number " + number());
    }
  }

  @Override
  public String toString() {
    return id() + " (" + number() + ") " + title();
  }
}
