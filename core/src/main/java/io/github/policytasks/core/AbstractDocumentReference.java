package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A document a plan cites: {@code 《…三年行动计划(2023-2025年)》(鲁政办字〔2023〕5号)} gives a
 * title and a document number. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"title", "documentNumber", "span"})
abstract class AbstractDocumentReference {

  /** {@return the title, without the book-title marks 《》} */
  public abstract String title();

  /** {@return the document number ({@code 鲁政办字〔2023〕5号}), when given} */
  public abstract @Nullable String documentNumber();

  /** {@return where the citation stands in the input, when known} */
  public abstract @Nullable SourceSpan span();

  @Override
  public String toString() {
    return "《" + title() + "》" + (documentNumber() != null ? "(" + documentNumber() + ")" : "");
  }
}
