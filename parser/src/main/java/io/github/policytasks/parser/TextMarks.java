package io.github.policytasks.parser;

/**
 * What the target rules look for in one task's folded text, marked in one walk over it so that
 * each rule looks it up instead of walking to it: where clauses and sentences end (what {@link
 * TextChars#isClauseBreakAt} and {@link TextChars#isSentenceBreakAt} answer yes to, at the same
 * index of the same text), where a deadline's key char ({@code 年 月 季}) stands, where a figure may
 * start ({@link FigureScanner#candidateChars}) and where a quotation or title may open ({@link
 * QuotedRegions#openingChars}). {@link FigureScanner} goes from candidate to candidate, {@link
 * QuotedRegions} from opening mark to opening mark, {@link TargetReader} cuts each figure's clause
 * and sentence by the breaks, and the {@link DeadlineReader} of its clauses goes from key char to
 * key char. The walk goes 64 chars at a time: a first pass over them makes one word of the chars
 * it stops at (one bit-set read a char, no branch), then only those are told apart, by one table
 * of what each is ({@link #KINDS}) and without a branch but for the ASCII period. One per thread,
 * its bit sets reused from task to task ({@link #ofThread}); it describes the last text it {@link
 * #mark}ed until it marks the next. Confined to its thread.
 */
final class TextMarks {
  private static final ThreadLocal<TextMarks> OF_THREAD = ThreadLocal.withInitial(TextMarks::new);

  private static final long[] DEADLINE_KEYS = TextChars.charSet(DeadlineReader.KEY_CHARS);
  private static final long[] FIGURE_CANDIDATES = FigureScanner.candidateChars();
  private static final long[] OPENING_MARKS = QuotedRegions.openingChars();
  /** The chars that the walk stops at: all of the above, the clause breaks and the ASCII period. */
  private static final long[] MARKED = markedChars();
  /** A figure may start at the char: {@link #FIGURE_CANDIDATES}. */
  private static final int CANDIDATE = 1;
  /** A quotation or title may open at the char: {@link #OPENING_MARKS}. */
  private static final int OPENING = 2;
  /** The char is a deadline's key char: {@link #DEADLINE_KEYS}. */
  private static final int KEY = 4;
  /** The char ends a clause ({@link TextChars#isClauseBreak}) and is not a deadline key. */
  private static final int CLAUSE = 8;
  /** The char ends a sentence ({@link TextChars#isSentenceBreak}) and is not a deadline key. */
  private static final int SENTENCE = 16;
  /** The ASCII period, a clause and sentence break unless it stands between digits. */
  private static final int PERIOD = 32;
  /** What each char of {@link #MARKED} is: a sum of the kinds above (0 for every other char). */
  private static final byte[] KINDS = kinds();

  private long[] clauses = new long[64];
  private long[] sentences = new long[64];
  private long[] keys = new long[64];
  private long[] candidates = new long[64];
  private long[] openings = new long[64];
  private int length;

  private TextMarks() {}

  /** {@return the index of the current thread, describing the text it last marked} */
  static TextMarks ofThread() {
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

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int w = 0; w < MARKED.length; w++) {
      for (long bits = MARKED[w]; bits != 0; bits &= bits - 1) {
        char c = (char) (w << 6 | Long.numberOfTrailingZeros(bits));
        int kind = 0;
        if (TextChars.in(FIGURE_CANDIDATES, c)) {
          kind |= CANDIDATE;
        }
        if (TextChars.in(OPENING_MARKS, c)) {
          kind |= OPENING;
        }
        if (TextChars.in(DEADLINE_KEYS, c)) {
          kind |= KEY;
        } else if (TextChars.isClauseBreak(c)) {
          kind |= TextChars.isSentenceBreak(c) ? CLAUSE | SENTENCE : CLAUSE;
        } else if (c == '.') {
          kind |= PERIOD;
        }
        kinds[c] = (byte) kind;
      }
    }
    return kinds;
  }

  /** Marks the breaks and key chars of {@code folded}, forgetting the last text's; returns this. */
  TextMarks mark(CharSequence folded) {
    int n = folded.length();
    int words = (n >>> 6) + 1;
    if (clauses.length < words) {
      clauses = new long[words];
      sentences = new long[words];
      keys = new long[words];
      candidates = new long[words];
      openings = new long[words];
    }
    length = n;
    char[] chars = folded instanceof TextWindow window ? window.array() : folded.toString().toCharArray();
    for (int w = 0; w < words; w++) {
      int from = w << 6;
      int to = Math.min(n, from + 64);
      long marked = TextChars.memberBits(MARKED, chars, from, to);
      long clause = 0;
      long sentence = 0;
      long key = 0;
      long candidate = 0;
      long opening = 0;
      while (marked != 0) {
        int at = Long.numberOfTrailingZeros(marked);
        marked &= marked - 1;
        int kind = KINDS[chars[from + at]];
        candidate |= (long) (kind & 1) << at;
        opening |= (long) (kind >>> 1 & 1) << at;
        key |= (long) (kind >>> 2 & 1) << at;
        clause |= (long) (kind >>> 3 & 1) << at;
        sentence |= (long) (kind >>> 4 & 1) << at;
        if (kind >= PERIOD && isPeriodBreak(chars, from + at, n)) {
          clause |= 1L << at;
          sentence |= 1L << at;
        }
      }
      clauses[w] = clause;
      sentences[w] = sentence;
      keys[w] = key;
      candidates[w] = candidate;
      openings[w] = opening;
    }
    return this;
  }

  /**
   * {@link TextChars#isPeriodBreak} of the ASCII period at {@code chars[i]} of a text of {@code n}
   * chars: a full stop unless a digit stands on both sides of it.
   */
  private static boolean isPeriodBreak(char[] chars, int i, int n) {
    return !(i > 0 && TextChars.isDigit(chars[i - 1]) && i + 1 < n && TextChars.isDigit(chars[i + 1]));
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
