package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something a reader of a plan could understand only in part, and where: a {@link DiagnosticCode
 * code} and the severity it gives, a message that says what was not understood, the span of input
 * it concerns and, when known, the 1-based line and column of the span's start. The severity is
 * always the code's. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"severity", "code", "message", "span", "line", "column"})
abstract class AbstractDiagnostic {

  /** {@return how serious it is: always {@link DiagnosticCode#severity() the code's severity}} */
  @Value.Default
  public Severity severity() {
    return code().severity();
  }

  /** {@return the stable machine-readable kind, such as {@link DiagnosticCode#NOTE_PARTLY_READ}} */
  public abstract DiagnosticCode code();

  /** {@return what was not understood, in words} */
  public abstract String message();

  /** {@return the input it concerns} */
  public abstract SourceSpan span();

  /** {@return the 1-based line of the span's start, when known} */
  public abstract @Nullable Integer line();

  /** {@return the 1-based column (in UTF-16 units) of the span's start, when known} */
  public abstract @Nullable Integer column();

  @Value.Check
  void check() {
    if (severity() != code().severity()) {
      throw new IllegalArgumentException(
          "Diagnostic " + code() + " has severity " + severity() + " but the code's severity is "
              + code().severity());
    }
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
    return severity() + " " + code() + " " + where + span() + " " + message();
  }
}
