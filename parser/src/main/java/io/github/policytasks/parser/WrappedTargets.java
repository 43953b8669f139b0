package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The targets of a task whose text cells a PDF's text copy wrapped over lines ({@link
 * SpacedColumns}, {@link WrappedCells}): read over each cell's pieces joined, as a reader reads the
 * cell, so that a bound word or a unit that the wrap parted from its figure ({@code 不少 / 于1500户},
 * {@code 82%以 / 上}, {@code 下降 / 3%}) binds it; in the input between two pieces stand other cells
 * and the line's indent. A target keeps the input's text at its span: where it runs over two
 * pieces, the part in the piece that holds its figure's first digit (the span of one piece is
 * exactly as long as its text). Stateless and thread-safe.
 */
final class WrappedTargets {
  /** What parts two text cells in the joined reading: a line break, which ends every clause. */
  private static final char CELL_BREAK = '\n';

  private WrappedTargets() {}

  /**
   * The targets of the text cells {@code cells} (each its pieces, in input offsets), numbered
   * {@code taskId.g1}, … in order; diagnostics of the reading reported at the pieces they fall in.
   */
  static List<Target> read(TargetReader reader, SourceText source, List<List<PipeCells.Cell>> cells,
      String taskId, @Nullable Integer year, DiagnosticCollector diagnostics) {
    StringBuilder joined = new StringBuilder();
    List<int[]> at = new ArrayList<>();
    for (List<PipeCells.Cell> pieces : cells) {
      if (joined.length() > 0) {
        joined.append(CELL_BREAK);
      }
      for (PipeCells.Cell piece : pieces) {
        at.add(new int[] {joined.length(), piece.start(), piece.end()});
        joined.append(source.text(), piece.start(), piece.end());
      }
    }
    String text = joined.toString();
    SourceText read = new SourceText(text);
    DiagnosticCollector local = new DiagnosticCollector(read, false);
    List<Target> found = reader.read(read, 0, text.length(), taskId, year, local);
    for (Diagnostic diagnostic : local.diagnostics()) {
      int[] span = inInput(at, text, diagnostic.span().start(), diagnostic.span().end());
      diagnostics.report(diagnostic.code(), diagnostic.message(), span[0], span[1]);
    }
    List<Target> targets = new ArrayList<>(found.size());
    for (Target target : found) {
      int[] span = inInput(at, text, target.span().start(), target.span().end());
      targets.add(Target.builder().from(target)
          .text(source.text().substring(span[0], span[1]))
          .span(SourceSpan.of(span[0], span[1]))
          .build());
    }
    return List.copyOf(targets);
  }

  /**
   * The input span of the joined stretch {@code [start, end)}: within one piece, that piece's; over
   * several, the part in the piece that holds the stretch's first digit (else its first piece).
   */
  private static int[] inInput(List<int[]> at, String text, int start, int end) {
    int first = piece(at, start);
    int last = piece(at, Math.max(start, end - 1));
    int k = first;
    if (first != last) {
      for (int i = start; i < end; i++) {
        if (TextChars.isDigit(text.charAt(i))) {
          k = piece(at, i);
          break;
        }
      }
    }
    int[] p = at.get(k);
    int pieceEnd = p[0] + p[2] - p[1];
    int from = Math.max(start, p[0]);
    int to = Math.min(end, pieceEnd);
    return new int[] {p[1] + from - p[0], p[1] + Math.max(from, to) - p[0]};
  }

  /** The piece that the joined offset {@code j} falls in. */
  private static int piece(List<int[]> at, int j) {
    int k = at.size() - 1;
    while (k > 0 && at.get(k)[0] > j) {
      k--;
    }
    return k;
  }
}
