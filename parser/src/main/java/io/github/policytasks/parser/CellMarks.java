package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;

/**
 * Where, in the folded text {@code f} of one parse, a line's table cells may part: one bit per
 * char, set at every input comma, double quote, tab and space and every char that folds to a pipe,
 * a colon or a blank, and wherever {@code f} differs from the text's plain fold (the pipes {@link
 * CellLines} writes, the blanks of {@link DocSiteChunks} and of line-break tags). Most chars of a
 * plan are none of these, so the questions each body line asks before it is read as a row (does
 * it hold a pipe, a tab, a comma, gaps of spaces; could it be a comma ledger's header) are
 * answered from the marked chars alone, 64 chars a step, instead of by a pass over the line each
 * (issue 12). The bits are noted by {@link SourceText} while it folds. Immutable; one per parse.
 */
final class CellMarks {
  /**
   * The input chars marked: {@code , " \t} and the space, and every char that folds to {@code |},
   * {@code :} or a blank.
   */
  static final long[] MARKED = marked();

  private final String text;
  private final String f;
  private final long[] bits;

  private CellMarks(String text, String f, long[] bits) {
    this.text = text;
    this.f = f;
    this.bits = bits;
  }

  /** The marks of {@code f}, the folded text of {@code source} or a copy of it of the same length with some chars rewritten. */
  static CellMarks of(SourceText source, String f) {
    String folded = source.folded();
    if (f == folded) {
      return new CellMarks(source.text(), f, source.cellMarks());
    }
    long[] bits = source.cellMarks().clone();
    for (int i = 0; i < f.length(); i++) {
      if (f.charAt(i) != folded.charAt(i)) {
        bits[i >>> 6] |= 1L << i;
      }
    }
    return new CellMarks(source.text(), f, bits);
  }

  private static long[] marked() {
    long[] set = TextChars.charSet(",\"\t ");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = Folding.fold((char) c);
      if (folded == '|' || folded == ':' || TextChars.isBlank(folded)) {
        TextChars.add(set, (char) c);
      }
    }
    return set;
  }

  /** The input text. */
  String text() {
    return text;
  }

  /** The folded text whose chars are marked. */
  String folded() {
    return f;
  }

  /** The first marked offset in {@code [from, to)}, else {@code to} ({@code 0 <= from}, {@code to <= f.length()}). */
  int next(int from, int to) {
    if (from >= to) {
      return to;
    }
    int w = from >>> 6;
    long word = bits[w] & -1L << from;
    while (word == 0) {
      w++;
      if (w << 6 >= to) {
        return to;
      }
      word = bits[w];
    }
    return Math.min(to, (w << 6) + Long.numberOfTrailingZeros(word));
  }

  /** Whether a pipe stands in {@code f[from, to)} ({@link PipeCells#isRow}). */
  boolean holdsPipe(int from, int to) {
    for (int i = next(from, to); i < to; i = next(i + 1, to)) {
      if (f.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c}, a comma, tab, quote or space, stands in the input {@code text[from, to)}. */
  boolean holdsInput(char c, int from, int to) {
    for (int i = next(from, to); i < to; i = next(i + 1, to)) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the input {@code text[from, to)} holds at least two gaps of {@value PipeCells#CELL_GAP}
   * or more ASCII spaces, each followed by a char that is no space within the range ({@link
   * PipeCells#hasSpacedCells}).
   */
  boolean hasSpacedCells(int from, int to) {
    int gaps = 0;
    int runStart = -1;
    int runEnd = -1;
    for (int i = next(from, to); i < to; i = next(i + 1, to)) {
      if (text.charAt(i) != ' ') {
        continue;
      }
      if (i != runEnd) {
        gaps += runEnd - runStart >= PipeCells.CELL_GAP ? 1 : 0;
        if (gaps >= 2) {
          return true;
        }
        runStart = i;
      }
      runEnd = i + 1;
    }
    gaps += runEnd - runStart >= PipeCells.CELL_GAP && runEnd < to ? 1 : 0;
    return gaps >= 2;
  }
}
