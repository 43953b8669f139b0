package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * Where the clauses and sentences of one task's folded text end, and where a deadline's key char
 * ({@code 年 月 季}) stands, marked in one walk over the text so that the target rules look a break
 * up instead of walking to it from every figure: {@link TargetReader} cuts each figure's clause and
 * sentence by it, and the {@link DeadlineReader} of its clauses goes from key char to key char. A
 * clause break is what {@link TextChars#isClauseBreakAt} answers yes to, a sentence break what
 * {@link TextChars#isSentenceBreakAt} does, at the same index of the same text. One per thread,
 * its bit sets reused from task to task ({@link #ofThread}); it describes the last text it {@link
 * #mark}ed until it marks the next. Confined to its thread.
 */
final class ClauseBreaks {
  private static final ThreadLocal<ClauseBreaks> OF_THREAD = ThreadLocal.withInitial(ClauseBreaks::new);

  /** The chars that a walk stops at: clause breaks, the ASCII period and the deadline key chars. */
  private static final long[] MARKED = markedChars();
  private static final long[] DEADLINE_KEYS = TextChars.charSet(DeadlineReader.KEY_CHARS);

  private long[] clauses = new long[64];
  private long[] sentences = new long[64];
  private long[] keys = new long[64];
  private int length;

  private ClauseBreaks() {}

  /** {@return the index of the current thread, describing the text it last marked} */
  static ClauseBreaks ofThread() {
    return OF_THREAD.get();
  }

  private static long[] markedChars() {
    long[] set = TextChars.clauseBreakChars();
    TextChars.add(set, '.');
    for (int k = 0; k < DeadlineReader.KEY_CHARS.length(); k++) {
      TextChars.add(set, DeadlineReader.KEY_CHARS.charAt(k));
    }
    return set;
  }

  /** Marks the breaks and key chars of {@code folded}, forgetting the last text's; returns this. */
  ClauseBreaks mark(CharSequence folded) {
    int n = folded.length();
    int words = (n >>> 6) + 1;
    if (clauses.length < words) {
      clauses = new long[words];
      sentences = new long[words];
      keys = new long[words];
    } else {
      Arrays.fill(clauses, 0, words, 0L);
      Arrays.fill(sentences, 0, words, 0L);
      Arrays.fill(keys, 0, words, 0L);
    }
    length = n;
    char[] chars = folded instanceof TextWindow window ? window.array() : null;
    for (int i = 0; i < n; i++) {
      char c = chars != null ? chars[i] : folded.charAt(i);
      if (!TextChars.in(MARKED, c)) {
        continue;
      }
      long bit = 1L << i;
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
