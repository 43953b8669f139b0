package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one parse, each with its span, line and column. In strict mode
 * the first ERROR or WARNING throws a {@link PlanParseException} instead. Not thread-safe: one
 * collector serves one parse.
 */
final class DiagnosticCollector {
  private final SourceText source;
  private final boolean strict;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  DiagnosticCollector(SourceText source, boolean strict) {
    this.source = source;
    this.strict = strict;
  }

  /**
   * Records a problem with {@code code} and {@code message} over {@code [start, end)}; its
   * severity is the code's.
   */
  void report(DiagnosticCode code, String message, int start, int end) {
    int line = source.line(start);
    int column = source.column(start);
    if (strict && code.severity() != Severity.INFO) {
      throw new PlanParseException(code, message, source.text(), start, line, column);
    }
    diagnostics.add(
        Diagnostic.builder()
            .code(code)
            .message(message)
            .span(SourceSpan.of(start, end))
            .line(line)
            .column(column)
            .build());
  }

  /** The diagnostics so far, in the order reported. */
  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
