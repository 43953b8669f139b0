package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;

/**
 * {@link SourceText} as it was before it read a text's chars 64 at a time into bit words (one
 * branch per char then for the chars that fold): the reference that {@code SourceTextBitsProperties}
 * holds it to. Immutable and thread-safe.
 */
final class SourceTextReference {
  /** The longest text whose fold reuses its thread's buffer (2 MB per thread at most). */
  static final int REUSED_CHARS = 1 << 20;
  /** Each thread's buffer for the fold, grown to the longest text up to {@link #REUSED_CHARS}. */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[0]);
  /** The most lines whose starts are noted in their thread's reused buffer (256 KB per thread at most). */
  static final int REUSED_LINES = 1 << 16;
  /** Each thread's buffer for the line starts, grown to the most lines up to {@link #REUSED_LINES}. */
  private static final ThreadLocal<int[]> STARTS = ThreadLocal.withInitial(() -> new int[64]);
  /**
   * One bit per char: set where {@link Folding#fold(char)} changes the char. Most chars of a plan
   * fold to themselves, and this 8 KB set stays in the nearest cache where the 128 KB fold table
   * does not, so the fold table is read only for the chars that change.
   */
  private static final long[] FOLDS = folds();

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

  SourceTextReference(String text) {
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
    long[] acts = new long[(length + 63) >>> 6];
    long[] marks = new long[acts.length];
    long word = 0;
    long markWord = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      markWord |= (CellMarks.MARKED[c >>> 6] >>> c & 1L) << i;
      if (TextChars.in(FOLDS, c)) {
        c = Folding.fold(c);
        chars[i] = c;
        changed = true;
      } else if (c == '\n' || c == '\r' && (i + 1 >= length || chars[i + 1] != '\n')) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          if (starts.length <= REUSED_LINES) {
            STARTS.set(starts);
          }
        }
        starts[count++] = i + 1;
      }
      word |= (LineCursor.MAY_ACT[c >>> 6] >>> c & 1L) << i;
      if ((i & 63) == 63) {
        acts[i >>> 6] = word;
        word = 0;
        marks[i >>> 6] = markWord;
        markWord = 0;
      }
    }
    if ((length & 63) != 0) {
      acts[length >>> 6] = word;
      marks[length >>> 6] = markWord;
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

  private static long[] folds() {
    long[] folds = TextChars.charSet("");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Folding.fold((char) c) != c) {
        TextChars.add(folds, (char) c);
      }
    }
    return folds;
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
