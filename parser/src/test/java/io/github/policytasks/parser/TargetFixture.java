package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Target;
import java.util.List;

/** Reads the targets of one task body, as the structural parser would hand it to {@link TargetReader}. */
final class TargetFixture {
  static final TargetReader READER = new TargetReader();

  private TargetFixture() {}

  /** What reading one body gave. */
  record Result(List<Target> targets, List<Diagnostic> diagnostics) {}

  /** The targets of {@code body}, as task {@code t1} of a 2023 plan. */
  static List<Target> targets(String body) {
    return read(body).targets();
  }

  /** The targets and diagnostics of {@code body}, as task {@code t1} of a 2023 plan. */
  static Result read(String body) {
    SourceText source = new SourceText(body);
    DiagnosticCollector diagnostics = new DiagnosticCollector(source, false);
    List<Target> targets = READER.read(source, 0, body.length(), "t1", 2023, diagnostics);
    return new Result(targets, diagnostics.diagnostics());
  }

  /** The targets of {@code input[start, end)} as task {@code taskId}. */
  static Result read(String input, int start, int end, String taskId) {
    SourceText source = new SourceText(input);
    DiagnosticCollector diagnostics = new DiagnosticCollector(source, false);
    List<Target> targets = READER.read(source, start, end, taskId, 2023, diagnostics);
    return new Result(targets, diagnostics.diagnostics());
  }
}
