package io.github.policytasks.metrics.lexicon;

import java.util.List;

/**
 * Folds text, one character for one character, into the form every vocabulary of this package is
 * matched against: full-width ASCII to half-width ({@code （１．：％} → {@code (1.:%)}), every space
 * within a line (full-width, no-break, zero-width, tab, BOM) to {@code ' '}, and Traditional
 * characters to Simplified ({@code 牽頭單位} → {@code 牵头单位}, {@code 萬畝} → {@code 万亩}). The
 * mappings are data: {@code folding-width.txt} and {@code folding-traditional.txt} next to this
 * class. The folded text has exactly the input's length, so an offset into it is an offset into
 * the input; folding is idempotent. Line breaks (LF, CR) are kept; every other Unicode space
 * character ({@link Character#isWhitespace}, {@link Character#isSpaceChar}) is listed in {@code
 * folding-width.txt} and folds to {@code ' '}. A markup tag that stands for a line break, left in
 * the text as written ({@link MarkupBreaks}: {@code <br>}), folds to blanks of its length in a
 * folded string ({@link #fold(String)}, {@link #fold(CharSequence, int, int)}); {@link #fold(char)}
 * and {@link #view} fold one character at a time and leave it. Immutable and thread-safe.
 */
public final class Folding {
  private static final char[] MAP = buildMap();

  private Folding() {}

  private static char[] buildMap() {
    char[] map = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      map[c] = (char) c;
    }
    for (LexiconFile.Row row : LexiconFile.read("folding-width.txt", 2, 2)) {
      int[] from = codeRange(row, row.field(0));
      int[] to = codeRange(row, row.field(1));
      boolean toOne = to[0] == to[1];
      if (!toOne && from[1] - from[0] != to[1] - to[0]) {
        throw row.error("the two ranges differ in length");
      }
      for (int c = from[0]; c <= from[1]; c++) {
        map[c] = (char) (toOne ? to[0] : to[0] + c - from[0]);
      }
    }
    List<LexiconFile.Row> traditional = LexiconFile.read("folding-traditional.txt", 2, 2);
    for (LexiconFile.Row row : traditional) {
      map[LexiconFile.single(row, row.field(0))] = LexiconFile.single(row, row.field(1));
    }
    for (LexiconFile.Row row : traditional) {
      char simplified = row.field(1).charAt(0);
      if (map[simplified] != simplified) {
        throw row.error("the Simplified form " + simplified + " is itself folded to "
            + map[simplified] + "; folding must be idempotent");
      }
    }
    return map;
  }

  /** {@code U+XXXX}, {@code U+XXXX..U+YYYY} or one character, as an inclusive range of code units. */
  private static int[] codeRange(LexiconFile.Row row, String field) {
    int dots = field.indexOf("..");
    if (dots >= 0) {
      return new int[] {code(row, field.substring(0, dots)), code(row, field.substring(dots + 2))};
    }
    int c = code(row, field);
    return new int[] {c, c};
  }

  private static int code(LexiconFile.Row row, String field) {
    if (field.startsWith("U+")) {
      try {
        return Integer.parseInt(field.substring(2), 16);
      } catch (NumberFormatException e) {
        throw row.error("\"" + field + "\" is not a code point U+XXXX");
      }
    }
    return LexiconFile.single(row, field);
  }

  /**
   * {@return the folded form of {@code c}}
   *
   * @param c a char
   */
  public static char fold(char c) {
    return MAP[c];
  }

  /**
   * {@return the folded form of {@code text}, of the same length; the same instance when nothing
   * changes}
   *
   * @param text the text to fold
   */
  public static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MAP[c] != c || c == '<' && MarkupBreaks.tagEnd(text, i) > i) {
        char[] out = text.toCharArray();
        for (int j = i; j < out.length; j++) {
          out[j] = MAP[out[j]];
        }
        blankBreakTags(text, 0, out.length, out);
        return new String(out);
      }
    }
    return text;
  }

  /**
   * Blanks in {@code out}, which holds {@code text[start, end)} folded from {@code out[0]} on, every
   * line-break tag ({@link MarkupBreaks}) that lies within {@code [start, end)}, so that the tag
   * parts what stands around it as the break it stands for.
   *
   * @param text the text folded into {@code out}
   * @param start the index in {@code text} of {@code out[0]}
   * @param end the index just past the last char of {@code text} in {@code out}
   * @param out the folded chars
   * @return whether a tag was blanked
   */
  public static boolean blankBreakTags(CharSequence text, int start, int end, char[] out) {
    boolean found = false;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '<') {
        int tag = MarkupBreaks.tagEnd(text, i);
        if (tag > i && tag <= end) {
          for (int j = i; j < tag; j++) {
            out[j - start] = ' ';
          }
          found = true;
          i = tag - 1;
        }
      }
    }
    return found;
  }

  /**
   * {@return the folded form of {@code text[start, end)}, of length {@code end - start}}
   *
   * @param text the text to fold
   * @param start the index of the first char
   * @param end the index just past the last char to fold
   */
  public static String fold(CharSequence text, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = MAP[text.charAt(i)];
    }
    blankBreakTags(text, start, end, out);
    return new String(out);
  }

  /**
   * {@return a view of {@code text} whose chars are folded as they are read: for readers handed raw
   * text that look at a few chars of it, where folding the whole would cost more than the reading}
   *
   * @param text the text to fold
   */
  public static CharSequence view(CharSequence text) {
    return new FoldedView(text);
  }

  /** {@link #view}: the chars of a text, folded one by one on access. */
  private record FoldedView(CharSequence text) implements CharSequence {
    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      return MAP[text.charAt(index)];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return fold(text, start, end);
    }

    @Override
    public String toString() {
      return fold(text, 0, text.length());
    }
  }
}
