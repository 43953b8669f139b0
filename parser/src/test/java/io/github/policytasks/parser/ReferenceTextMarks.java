package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * {@link TextMarks} as it was before its walk marked 64 chars at a time: each char tested against
 * every set in turn, its breaks asked of {@link TextChars#isClauseBreakAt} and {@link
 * TextChars#isSentenceBreakAt}. Kept, unchanged but for its name, as the reference that {@code
 * TextMarksReferenceProperties} compares the walk with. Confined to its thread.
 */
final class ReferenceTextMarks {
  private static final ThreadLocal<ReferenceTextMarks> OF_THREAD = ThreadLocal.withInitial(ReferenceTextMarks::new);

  private static final long[] DEADLINE_KEYS = TextChars.charSet(DeadlineReader.KEY_CHARS);
  private static final long[] FIGURE_CANDIDATES = FigureScanner.candidateChars();
  private static final long[] OPENING_MARKS = QuotedRegions.openingChars();
  /** The chars that the walk stops at: all of the above, the clause breaks and the ASCII period. */
  private static final long[] MARKED = markedChars();

  private long[] clauses = new long[64];
  private long[] sentences = new long[64];
  private long[] keys = new long[64];
  private long[] candidates = new long[64];
  private long[] openings = new long[64];
  private int length;

  private ReferenceTextMarks() {}

  /** {@return the index of the current thread, describing the text it last marked} */
  static ReferenceTextMarks ofThread() {
    return OF_THREAD.get();
  }

  private static long[] markedChars() {
    long[] set = TextChars.clauseBreakChars();
    TextChars.add(set, '.');
    for (int w = 0; w < set.length; w++) {
      set[w] |= DEADLINE_KEYS[w] | FIGURE_CANDIDATES[w] | OPENING_MARKS[w];
    }
    return set;
  }

  /** Marks the breaks and key chars of {@code folded}, forgetting the last text's; returns this. */
  ReferenceTextMarks mark(CharSequence folded) {
    int n = folded.length();
    int words = (n >>> 6) + 1;
    if (clauses.length < words) {
      clauses = new long[words];
      sentences = new long[words];
      keys = new long[words];
      candidates = new long[words];
      openings = new long[words];
    } else {
      Arrays.fill(clauses, 0, words, 0L);
      Arrays.fill(sentences, 0, words, 0L);
      Arrays.fill(keys, 0, words, 0L);
      Arrays.fill(candidates, 0, words, 0L);
      Arrays.fill(openings, 0, words, 0L);
    }
    length = n;
    char[] chars = folded instanceof TextWindow window ? window.array() : null;
    for (int i = 0; i < n; i++) {
      char c = chars != null ? chars[i] : folded.charAt(i);
      if (!TextChars.in(MARKED, c)) {
        continue;
      }
      long bit = 1L << i;
      if (TextChars.in(FIGURE_CANDIDATES, c)) {
        candidates[i >>> 6] |= bit;
      }
      if (TextChars.in(OPENING_MARKS, c)) {
        openings[i >>> 6] |= bit;
      }
      if (TextChars.in(DEADLINE_KEYS, c)) {
        keys[i >>> 6] |= bit;
      } else if (TextChars.isClauseBreakAt(folded, i)) {
        clauses[i >>> 6] |= bit;
        if (TextChars.isSentenceBreakAt(folded, i)) {
          sentences[i >>> 6] |= bit;
        }
      }
    }
    return this;
  }

  /** Whether a clause ends at {@code i} ({@link TextChars#isClauseBreakAt}). */
  boolean isClauseBreak(int i) {
    return (clauses[i >>> 6] & 1L << i) != 0;
  }

  /**
   * Just after the last clause break in {@code [floor, from)}, else {@code floor}: the start of the
   * clause of {@code from}, looked for no further back than {@code floor}.
   */
  int clauseStart(int from, int floor) {
    return afterLast(clauses, from, floor);
  }

  /** Just after the last sentence break in {@code [floor, from)}, else {@code floor}. */
  int sentenceStart(int from, int floor) {
    return afterLast(sentences, from, floor);
  }

  /** The first clause break in {@code [from, limit)}, else {@code limit}. */
  int clauseEnd(int from, int limit) {
    return first(clauses, from, limit);
  }

  /** The first deadline key char ({@code 年 月 季}) in {@code [from, limit)}, else {@code limit}. */
  int nextKey(int from, int limit) {
    return first(keys, from, limit);
  }

  /** The first char in {@code [from, limit)} at which a figure may start, else {@code limit}. */
  int nextCandidate(int from, int limit) {
    return first(candidates, from, limit);
  }

  /** The first mark in {@code [from, limit)} that may open a quotation or title, else {@code limit}. */
  int nextOpening(int from, int limit) {
    return first(openings, from, limit);
  }

  private int first(long[] bits, int from, int limit) {
    int to = Math.min(limit, length);
    if (from >= to) {
      return limit;
    }
    int w = from >>> 6;
    long word = bits[w] & -1L << from;
    int last = (to - 1) >>> 6;
    while (true) {
      if (word != 0) {
        int at = (w << 6) + Long.numberOfTrailingZeros(word);
        return at < to ? at : limit;
      }
      if (++w > last) {
        return limit;
      }
      word = bits[w];
    }
  }

  private int afterLast(long[] bits, int from, int floor) {
    if (from <= floor) {
      return from;
    }
    int w = (from - 1) >>> 6;
    long word = bits[w] & (-1L >>> (63 - ((from - 1) & 63)));
    int low = floor >>> 6;
    while (true) {
      if (word != 0) {
        int at = (w << 6) + 63 - Long.numberOfLeadingZeros(word);
        return at >= floor ? at + 1 : floor;
      }
      if (--w < low) {
        return floor;
      }
      word = bits[w];
    }
  }
}
