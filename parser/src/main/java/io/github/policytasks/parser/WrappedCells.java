package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table cell that a PDF's text copy wrapped over lines ({@link SpacedColumns}): the cell
 * is its pieces, one a line, read as one text ({@code 县住房和城乡建} and {@code 设局} are
 * {@code 县住房和城乡建设局}). A note column's cell is read by a {@link NoteReader} over the joined
 * pieces, and each name it finds is given back in the input's offsets: a name inside one piece as
 * it is, a name across two pieces as the part in the first and, as its continuation, the part in
 * the second (a {@link NoteParts.Name} with its suffix, as a shared suffix is written). Stateless
 * and thread-safe.
 */
final class WrappedCells {
  private WrappedCells() {}

  /** The cell's pieces joined, in folded form, and where each piece starts in the join. */
  private record Joined(String text, int[] at) {}

  /**
   * The text of the cells of {@code columns}, each its pieces, in {@code text} (the input, or the
   * folded text): each cell's pieces joined, the cells parted by {@code gap}, empty cells left out.
   */
  static String text(String text, List<List<PipeCells.Cell>> columns, String gap) {
    StringBuilder out = new StringBuilder();
    for (List<PipeCells.Cell> pieces : columns) {
      String cell = text(text, pieces);
      if (!cell.isEmpty()) {
        out.append(out.length() > 0 ? gap : "").append(cell);
      }
    }
    return out.toString();
  }

  /** The text of the cell of {@code pieces} in {@code text} (the input, or the folded text). */
  static String text(String text, List<PipeCells.Cell> pieces) {
    StringBuilder out = new StringBuilder();
    for (PipeCells.Cell piece : pieces) {
      out.append(text, piece.start(), piece.end());
    }
    return out.toString();
  }

  /**
   * Reads the note column {@code key}'s cell of {@code pieces} in the folded text {@code f} into
   * {@code parts}, as {@link NoteReader#readValueOf} reads a cell of one piece.
   */
  static void readValue(String f, @Nullable Integer year, NoteField key, List<PipeCells.Cell> pieces, NoteParts parts) {
    Joined joined = join(f, pieces);
    NoteParts read = new NoteParts();
    new NoteReader(joined.text(), year).readValueOf(key, 0, joined.text().length(), read);
    for (NoteParts.Name name : read.names()) {
      parts.add(inInput(name, joined, pieces));
    }
    if (key == NoteField.DEADLINE) {
      parts.deadline(DeadlineReader.inNoteValue(joined.text(), 0, joined.text().length(), year));
    }
    PipeCells.Cell first = pieces.get(0);
    PipeCells.Cell last = pieces.get(pieces.size() - 1);
    for (NoteParts.Unread unread : read.unread()) {
      if (unread.deadline()) {
        parts.unreadDeadline(first.start(), last.end());
      } else {
        parts.unread(first.start(), last.end(), unread.why());
      }
    }
    parts.countNote();
  }

  private static Joined join(String f, List<PipeCells.Cell> pieces) {
    int[] at = new int[pieces.size()];
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < at.length; k++) {
      at[k] = out.length();
      out.append(f, pieces.get(k).start(), pieces.get(k).end());
    }
    return new Joined(out.toString(), at);
  }

  /** The name read in the joined pieces, in the input's offsets. */
  private static NoteParts.Name inInput(NoteParts.Name name, Joined joined, List<PipeCells.Cell> pieces) {
    int first = piece(joined, name.start());
    int last = piece(joined, name.end() - 1);
    int start = offset(joined, pieces, first, name.start());
    if (first == last) {
      int end = offset(joined, pieces, first, name.end());
      if (name.suffixStart() < 0) {
        return new NoteParts.Name(name.role(), start, end);
      }
      int suffix = piece(joined, name.suffixStart());
      if (suffix == piece(joined, name.suffixEnd() - 1)) {
        return new NoteParts.Name(name.role(), start, end, offset(joined, pieces, suffix, name.suffixStart()),
            offset(joined, pieces, suffix, name.suffixEnd()));
      }
      return new NoteParts.Name(name.role(), start, end);
    }
    PipeCells.Cell next = pieces.get(first + 1);
    if (last == first + 1 && name.suffixStart() < 0) {
      return new NoteParts.Name(name.role(), start, pieces.get(first).end(), next.start(),
          offset(joined, pieces, last, name.end()));
    }
    return new NoteParts.Name(name.role(), start, pieces.get(first).end());
  }

  /** The piece that the joined offset {@code j} falls in. */
  private static int piece(Joined joined, int j) {
    int k = joined.at().length - 1;
    while (k > 0 && joined.at()[k] > j) {
      k--;
    }
    return k;
  }

  /** The input offset of the joined offset {@code j}, which falls in (or ends) piece {@code k}. */
  private static int offset(Joined joined, List<PipeCells.Cell> pieces, int k, int j) {
    return pieces.get(k).start() + j - joined.at()[k];
  }
}
