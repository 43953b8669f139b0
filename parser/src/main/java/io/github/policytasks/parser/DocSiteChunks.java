package io.github.policytasks.parser;

import io.github.policytasks.core.RegionKind;

/**
 * The chunk numbers a document-sharing site prints when it shows a document as numbered text
 * chunks ({@code 1、…确⏎2、保年内投产。…⏎3、…}; issue 10, published copies of plans on such
 * sites): each chunk opens a line with its number and {@code 、}, the numbers run 1, 2, 3… and the
 * chunks are cut at a fixed length, so most end in the middle of a sentence, even of a word. Such
 * a number is page furniture, not a task label: {@link #blanked} writes it as blanks, so the folded
 * text keeps its length and every offset, and the chunk's text reads on from the chunk before it.
 *
 * <p>A run of chunk numbers is taken only when it starts at 1, has at least {@value #MIN_CHUNKS}
 * numbers, each one more than the one before and on the next non-blank line (a chunk is one line
 * of the page), every chunk holds at least {@value #MIN_CHUNK}
 * characters, and all but at most one of the chunks before the last end without a sentence's end
 * ({@code 。；！？：} or a closing bracket of any kind, {@code 〕} of a note among them, or quote): a list of items numbered {@code 1、2、} ends each
 * item with its punctuation. Stateless and thread-safe.
 */
final class DocSiteChunks {
  /** The fewest chunk numbers of a run. */
  static final int MIN_CHUNKS = 3;
  /** The fewest characters of a chunk (a site cuts chunks hundreds of characters long). */
  static final int MIN_CHUNK = 100;
  /**
   * The chars besides the closing brackets ({@link TextChars#isCloseBracket}) that end a sentence or
   * a quoted or titled part: a chunk cut there, or at a closing bracket, may be a list item.
   */
  private static final String ENDS = "。；;！!？?：:）］》〉」』”\"…．.|";

  private DocSiteChunks() {}

  /**
   * The folded text {@code f} (of {@code source}, the same length) with the chunk numbers of a
   * document-sharing site written as blanks; {@code f} itself when it holds none.
   */
  static String blanked(SourceText source, String f) {
    int count = source.lines();
    int[] marks = new int[count];
    int[] markEnds = new int[count];
    int found = 0;
    int lastLine = -1;
    int previous = -1;
    for (int k = 0; k < count; k++) {
      int start = LineShapes.skipBlanks(f, source.lineStart(k), source.lineEnd(k));
      if (start == source.lineEnd(k)) {
        continue;
      }
      int before = previous;
      previous = k;
      int end = ChineseNumerals.digitsEnd(f, start, source.lineEnd(k));
      boolean marked = end > start && end - start <= 3 && end < source.lineEnd(k) && f.charAt(end) == '、';
      int number = marked ? Integer.parseInt(f.substring(start, end)) : -1;
      if (found > 0 && (number != found + 1 || lastLine != before)) {
        if (found >= MIN_CHUNKS) {
          break;
        }
        found = 0;
      }
      if (number == found + 1) {
        marks[found] = start;
        markEnds[found] = end + 1;
        found++;
        lastLine = k;
      }
    }
    if (found < MIN_CHUNKS || !isChunkRun(f, source, marks, markEnds, found)) {
      return f;
    }
    char[] out = f.toCharArray();
    for (int i = 0; i < found; i++) {
      for (int c = marks[i]; c < markEnds[i]; c++) {
        out[c] = ' ';
      }
    }
    return new String(out);
  }

  /** Whether the numbered lines are chunks of a site's text rather than items of a list. */
  private static boolean isChunkRun(String f, SourceText source, int[] marks, int[] markEnds, int found) {
    int cutInSentence = 0;
    for (int i = 0; i < found; i++) {
      int end = i + 1 < found ? marks[i + 1] : f.length();
      int last = end;
      while (last > markEnds[i] && (TextChars.isBlank(f.charAt(last - 1)) || f.charAt(last - 1) == '\n'
          || f.charAt(last - 1) == '\r')) {
        last--;
      }
      if (last - markEnds[i] < MIN_CHUNK && i + 1 < found) {
        return false;
      }
      if (i + 1 < found && last > markEnds[i] && ENDS.indexOf(f.charAt(last - 1)) < 0
          && !TextChars.isCloseBracket(f.charAt(last - 1))) {
        cutInSentence++;
      }
    }
    return cutInSentence >= found - 2;
  }

  /** Claims the blanked chunk numbers ({@link #blanked}) as page furniture, so nothing is lost. */
  static void claim(String before, String after, PlanDraft draft) {
    for (int i = 0; i < before.length(); i++) {
      if (after.charAt(i) == ' ' && before.charAt(i) != ' ') {
        int j = i;
        while (j < before.length() && after.charAt(j) == ' ' && before.charAt(j) != ' ') {
          j++;
        }
        draft.region(RegionKind.FURNITURE, i, j);
        i = j;
      }
    }
  }
}
