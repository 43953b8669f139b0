package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something a reader of a plan could understand only in part, and where: a severity, a message
 * that says what was not understood, the span of input it concerns and, when known, the 1-based
 * line and column of the span's start. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"severity", "code", "message", "span", "line", "column"})
public abstract class AbstractDiagnostic {

  /** How serious it is. */
  public abstract Severity severity();

  /** A stable machine-readable code such as {@code NOTE_UNREADABLE}, when the reader gives one. */
  public abstract @Nullable String code();

  /** What was not understood, in words. */
  public abstract String message();

  /** The input it concerns. */
  public abstract SourceSpan span();

  /** The 1-based line of the span's start, when known. */
  public abstract @Nullable Integer line();

  /** The 1-based column (in UTF-16 units) of the span's start, when known. */
  public abstract @Nullable Integer column();

  @Value.Check
  protected void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("Diagnostic message is blank (span " + span() + ")");
    }
    if ((line() != null && line() < 1) || (column() != null && column() < 1)) {
      throw new IllegalArgumentException(
          "Diagnostic position " + line() + ":" + column() + " is invalid: lines and columns start at 1");
    }
  }

  @Override
  public String toString() {
    String where = line() != null ? line() + ":" + column() + " " : "";
    return severity() + " " + where + span() + " " + message();
  }
}
