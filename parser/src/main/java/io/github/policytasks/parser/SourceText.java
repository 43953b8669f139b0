package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;

/**
 * The exact input text of one parse, its folded form, and an index of its line starts, so that any UTF-16
 * offset can be told as a 1-based line and column. LF, CRLF and a lone CR each end one line.
 * Immutable and thread-safe.
 *
 * <p>The text is read once: its chars are copied into a per-thread buffer (reused from one parse to
 * the next up to {@value #REUSED_CHARS} chars), read 64 at a time into a bit word of the chars that
 * matter ({@link #FLAGGED}) and then, for those chars only, into four bit words by one look-up
 * each ({@link #CHAR_FLAGS}), folded there in place where those words say while the line starts are
 * noted, and the folded string is made from that buffer. The folded text is the one
 * {@link Folding#fold(String)} gives: the input itself when folding changes no char. The line
 * starts are noted in a per-thread buffer too (reused up to {@value #REUSED_LINES} lines) and kept
 * in an array of exactly one entry per line.
 */
final class SourceText {
  /** The longest text whose fold reuses its thread's buffer (2 MB per thread at most). */
  static final int REUSED_CHARS = 1 << 20;
  /** Each thread's buffer for the fold, grown to the longest text up to {@link #REUSED_CHARS}. */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[0]);
  /** The most lines whose starts are noted in their thread's reused buffer (256 KB per thread at most). */
  static final int REUSED_LINES = 1 << 16;
  /** Each thread's buffer for the line starts, grown to the most lines up to {@link #REUSED_LINES}. */
  private static final ThreadLocal<int[]> STARTS = ThreadLocal.withInitial(() -> new int[64]);
  /** {@link #CHAR_FLAGS}: the char is one of {@link CellMarks#MARKED} (bit {@value #MARK_BIT}). */
  private static final int MARK_BIT = 0;
  private static final int MARK = 1 << MARK_BIT;
  /** {@link #CHAR_FLAGS}: {@link Folding#fold(char)} changes the char (bit {@value #FOLD_BIT}). */
  private static final int FOLD_BIT = 1;
  private static final int FOLD = 1 << FOLD_BIT;
  /** {@link #CHAR_FLAGS}: the char's folded form {@link LineCursor#mayAct may act} (bit {@value #ACT_BIT}). */
  private static final int ACT_BIT = 2;
  private static final int ACT = 1 << ACT_BIT;
  /** {@link #CHAR_FLAGS}: the char is a line break the fold leaves ({@code \n}, {@code \r}; bit {@value #BREAK_BIT}). */
  private static final int BREAK_BIT = 3;
  private static final int BREAK = 1 << BREAK_BIT;
  /**
   * What each char is, one byte a char ({@link #MARK}, {@link #FOLD}, {@link #ACT}, {@link #BREAK};
   * 0 for most ideographs), read only for the chars {@link #FLAGGED} marks, into four bit words; the
   * chars that fold and the line breaks are then visited by their bits.
   */
  private static final byte[] CHAR_FLAGS = charFlags();
  /**
   * One bit per char, set where its {@link #CHAR_FLAGS} byte is not 0: a text's chars are first read
   * 64 at a time against this 8 KB set (a plan's ideographs lie in 2.6 KB of it, which stay in the
   * nearest cache from one parse to the next where the 64 KB table does not), and the table is read
   * only for the chars it marks.
   */
  private static final long[] FLAGGED = flagged();

  private final String text;
  private final String folded;
  /** Where each line starts, one entry per line. */
  private final int[] lineStarts;
  /**
   * One bit per char of {@link #folded} (bit {@code i & 63} of word {@code i >>> 6}), set where
   * {@link LineCursor#mayAct} holds: noted while folding, so that the line cursor passes the chars
   * at which it can do nothing 64 at a time.
   */
  private final long[] mayAct;
  /**
   * One bit per char of {@link #folded}, set where {@link CellMarks} must look: where the input
   * char is one of {@link CellMarks#MARKED} or the folded one is a blank; noted while folding.
   */
  private final long[] cellMarks;

  SourceText(String text) {
    this.text = text;
    int length = text.length();
    char[] chars = BUFFER.get();
    if (chars.length < length) {
      chars = new char[length];
      if (length <= REUSED_CHARS) {
        BUFFER.set(chars);
      }
    }
    text.getChars(0, length, chars, 0);
    int[] starts = STARTS.get();
    int count = 0;
    starts[count++] = 0;
    boolean changed = false;
    int words = (length + 63) >>> 6;
    long[] acts = new long[words];
    long[] marks = new long[words];
    byte[] flags = CHAR_FLAGS;
    long[] flagged = FLAGGED;
    for (int w = 0; w < words; w++) {
      int base = w << 6;
      int n = Math.min(64, length - base);
      long flaggedWord = TextChars.memberBits(flagged, chars, base, base + n);
      long markWord = 0;
      long foldWord = 0;
      long actWord = 0;
      long breakWord = 0;
      while (flaggedWord != 0) {
        int j = Long.numberOfTrailingZeros(flaggedWord);
        flaggedWord &= flaggedWord - 1;
        int v = flags[chars[base + j]];
        markWord |= (long) (v >>> MARK_BIT & 1) << j;
        foldWord |= (long) (v >>> FOLD_BIT & 1) << j;
        actWord |= (long) (v >>> ACT_BIT & 1) << j;
        breakWord |= (long) (v >>> BREAK_BIT & 1) << j;
      }
      while (breakWord != 0) {
        int i = base + Long.numberOfTrailingZeros(breakWord);
        breakWord &= breakWord - 1;
        if (chars[i] == '\n' || i + 1 >= length || chars[i + 1] != '\n') {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            if (starts.length <= REUSED_LINES) {
              STARTS.set(starts);
            }
          }
          starts[count++] = i + 1;
        }
      }
      if (foldWord != 0) {
        changed = true;
        do {
          int i = base + Long.numberOfTrailingZeros(foldWord);
          foldWord &= foldWord - 1;
          chars[i] = Folding.fold(chars[i]);
        } while (foldWord != 0);
      }
      acts[w] = actWord;
      marks[w] = markWord;
    }
    if (text.indexOf('<') >= 0 && Folding.blankBreakTags(text, 0, length, chars)) {
      changed = true;
      for (int i = 0; i < length; i++) {
        if (TextChars.isBlank(chars[i])) {
          marks[i >>> 6] |= 1L << i;
        }
      }
    }
    this.folded = changed ? new String(chars, 0, length) : text;
    this.lineStarts = Arrays.copyOf(starts, count);
    this.mayAct = acts;
    this.cellMarks = marks;
  }

  /**
   * The {@link CellMarks} bits of {@link #folded} (bit {@code i & 63} of word {@code i >>> 6}): the
   * array itself, which callers read and never change.
   */
  long[] cellMarks() {
    return cellMarks;
  }

  /**
   * The first offset in {@code [from, to)} whose folded char {@link LineCursor#mayAct may act},
   * else {@code to} ({@code 0 <= from}, {@code to <= folded().length()}).
   */
  int nextMayAct(int from, int to) {
    if (from >= to) {
      return to;
    }
    int w = from >>> 6;
    long word = mayAct[w] & -1L << from;
    while (word == 0) {
      w++;
      if (w << 6 >= to) {
        return to;
      }
      word = mayAct[w];
    }
    return Math.min(to, (w << 6) + Long.numberOfTrailingZeros(word));
  }

  private static byte[] charFlags() {
    byte[] flags = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = Folding.fold((char) c);
      int v = TextChars.in(CellMarks.MARKED, (char) c) ? MARK : 0;
      v |= folded != c ? FOLD : 0;
      v |= LineCursor.mayAct(folded) ? ACT : 0;
      v |= folded == c && (c == '\n' || c == '\r') ? BREAK : 0;
      flags[c] = (byte) v;
    }
    return flags;
  }

  private static long[] flagged() {
    long[] flagged = new long[(Character.MAX_VALUE + 1) >>> 6];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (CHAR_FLAGS[c] != 0) {
        flagged[c >>> 6] |= 1L << c;
      }
    }
    return flagged;
  }

  /** The whole input. */
  String text() {
    return text;
  }

  /**
   * The whole input folded once ({@link Folding}: Traditional to Simplified, full-width to
   * half-width, spaces to {@code ' '}), of the same length: every reading rule matches this.
   */
  String folded() {
    return folded;
  }

  /** The number of lines: one more than the line breaks (a text ending in a break ends with an empty line). */
  int lines() {
    return lineStarts.length;
  }

  /** Where the line of 0-based index {@code k} starts. */
  int lineStart(int k) {
    return lineStarts[k];
  }

  /**
   * Where the content of the line of 0-based index {@code k} ends: before its line break ({@code
   * \n}, {@code \r\n} or {@code \r}), or at the end of the text for the last line.
   */
  int lineEnd(int k) {
    if (k + 1 == lineStarts.length) {
      return text.length();
    }
    int next = lineStarts[k + 1];
    return next - 2 >= lineStarts[k] && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r'
        ? next - 2 : next - 1;
  }

  /** The 1-based line of {@code offset}. */
  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column (in UTF-16 units) of {@code offset}. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
