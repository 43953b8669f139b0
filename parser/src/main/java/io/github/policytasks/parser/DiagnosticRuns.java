package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.SourceSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Groups runs of similar diagnostics: diagnostics of one code said of whole lines ({@link
 * #LINE_CODES}: text outside tasks, unread text, stray notes, unread labels and table rows),
 * adjacent in input order, each
 * starting on the line where the previous one ends or on the next line, become one diagnostic
 * whose span covers the run and whose message counts its members ({@code … (12 in a run of
 * consecutive lines)}). The list then grows with the regions of a document, not its lines.
 * Other codes are left as they are: they are said of one figure, note or label each, and {@link
 * DamagedText} bounds its own regions. Stateless and thread-safe.
 */
final class DiagnosticRuns {
  /** The codes said of whole lines of text, whose runs are grouped. */
  static final Set<DiagnosticCode> LINE_CODES = EnumSet.of(DiagnosticCode.TEXT_OUTSIDE_TASK,
      DiagnosticCode.TEXT_NOT_READ, DiagnosticCode.NOTE_WITHOUT_TASK, DiagnosticCode.TASK_LABEL_UNREAD,
      DiagnosticCode.TABLE_ROW_UNNUMBERED, DiagnosticCode.TABLE_ROW_PARTLY_READ);

  private DiagnosticRuns() {}

  /** {@code sorted} (in input order) with its runs grouped. */
  static List<Diagnostic> grouped(List<Diagnostic> sorted, SourceText source) {
    List<Diagnostic> out = new ArrayList<>();
    int k = 0;
    while (k < sorted.size()) {
      Diagnostic first = sorted.get(k);
      int end = first.span().end();
      int j = k + 1;
      while (j < sorted.size() && continues(sorted.get(j), first, end, source)) {
        end = Math.max(end, sorted.get(j).span().end());
        j++;
      }
      out.add(j - k == 1 ? first : run(first, end, j - k));
      k = j;
    }
    return out;
  }

  private static boolean continues(Diagnostic next, Diagnostic first, int runEnd, SourceText source) {
    if (first.code() == null || !first.code().equals(next.code()) || !LINE_CODES.contains(first.code())) {
      return false;
    }
    int endLine = source.line(Math.max(first.span().start(), runEnd - 1));
    int nextLine = source.line(next.span().start());
    return nextLine <= endLine + 1;
  }

  private static Diagnostic run(Diagnostic first, int end, int count) {
    return Diagnostic.builder()
        .from(first)
        .span(SourceSpan.of(first.span().start(), end))
        .message(first.message() + " (" + count + " in a run of consecutive lines)")
        .build();
  }
}
