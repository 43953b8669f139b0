package io.github.policytasks.parser;

import io.github.policytasks.core.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the targets (annotation guide §3) inside one task's text: each with its words, subject,
 * comparator, kind, direction, value, upper value, exact normalized value and span, and leaves
 * out every "not a target" case. Thread-safe: one instance serves many parses.
 */
final class TargetReader {

  /**
   * The targets in {@code source.text()[start, end)} (a task's body, its responsibility note
   * excluded), numbered {@code taskId.g1}, {@code taskId.g2}… in document order; spans are
   * offsets into the whole input. {@code year} is the plan year for deadlines, when known.
   */
  List<Target> read(
      SourceText source, int start, int end, String taskId, @Nullable Integer year,
      DiagnosticCollector diagnostics) {
    return List.of();
  }
}
