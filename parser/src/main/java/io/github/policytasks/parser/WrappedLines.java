package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;

/**
 * The line breaks of a text copied from a PDF whose lines were cut at the page's width, inside a
 * sentence, a word or a note ({@code 其中新开工项⏎目40个。}, {@code 配合⏎单位：…}, {@code 县财⏎政局}):
 * breaks of the page, not of the text, so the plan is read from the text without them ({@link
 * ReadingText}), as a careful reader joins the lines (guide §6: the plan of a copy is the plan of
 * the original).
 *
 * <p>A text is read so only where it shows itself cut at a width: at least {@value #MIN_CUT_LINES}
 * lines of one most common display width {@code W} (a wide char counts 2, an ASCII one 1) of at
 * least {@value #MIN_WIDTH}, and at most a quarter as many lines wider than {@code W + }{@value
 * #SLACK} (a paragraph's own lines vary and run longer). A break is a cut where the line before
 * it is at least {@code W - }{@value #SLACK} wide, ends inside a sentence (after an ideograph, a
 * digit or a comma; never after a sentence end, a colon or a bracket) and the line after it opens with no numbering label and no note key; a line
 * wider than {@code W} (two page lines a copy ran together) is cut so too. A line that holds a
 * table's cells (a tab, a pipe, two blanks in a row) is never counted or cut. Stateless and
 * thread-safe.
 */
final class WrappedLines {
  /** The narrowest page width read as cut: 16 ideographs. */
  static final int MIN_WIDTH = 32;
  /** How far a cut line's width may stand from the page's: a wide char and a half. */
  static final int SLACK = 3;
  /** The fewest lines of the page's width that show a text cut at a width. */
  static final int MIN_CUT_LINES = 3;
  /** The chars inside a sentence after which a page may cut a line, besides ideographs and digits. */
  private static final String CUT_AFTER = "、,，";

  private WrappedLines() {}

  /** Adds the cut line breaks of {@code text} (with blanks before them) to {@code out}, in order. */
  static void find(String text, ReadingText.Ranges out) {
    if (text.indexOf('\r') < 0 && fewOpenLines(text)) {
      return;
    }
    int length = text.length();
    int[] histogram = null;
    int start = 0;
    while (start < length) {
      int end = lineEnd(text, start);
      int content = contentEnd(text, start, end);
      int width = width(text, start, content);
      if (width >= MIN_WIDTH && !holdsCells(text, start, content)) {
        if (histogram == null) {
          histogram = new int[256];
        }
        if (width < histogram.length) {
          histogram[width]++;
        }
      }
      start = next(text, end);
    }
    if (histogram == null) {
      return;
    }
    int page = pageWidth(histogram);
    if (page < 0) {
      return;
    }
    start = 0;
    while (start < length) {
      int end = lineEnd(text, start);
      int content = contentEnd(text, start, end);
      int next = next(text, end);
      if (content > start && next < length && width(text, start, content) >= page - SLACK
          && mayBeCutAfter(text.charAt(content - 1)) && !holdsCells(text, start, content) && continues(text, next)) {
        out.add(content, next);
      }
      start = next;
    }
  }

  /**
   * Whether fewer than {@value #MIN_CUT_LINES} lines of {@code text} (its lines parted by LF alone)
   * could be cut: long enough for the narrowest page ({@value #MIN_WIDTH} wide, so 16 chars at
   * least) and ending inside a sentence. Most plans' lines end their sentences or are short, and
   * for them no width is measured: a look at each line's last char, lines found by {@link
   * String#indexOf(int, int)}.
   */
  private static boolean fewOpenLines(String text) {
    int open = 0;
    int start = 0;
    int length = text.length();
    while (start < length && open < MIN_CUT_LINES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int content = contentEnd(text, start, end);
      if (content - start >= MIN_WIDTH / 2 && mayBeCutAfter(text.charAt(content - 1))) {
        open++;
      }
      start = end + 1;
    }
    return open < MIN_CUT_LINES;
  }

  /**
   * The most common width of {@code histogram} when it shows a page cut at it ({@value
   * #MIN_CUT_LINES} lines at least, few lines wider), else -1.
   */
  private static int pageWidth(int[] histogram) {
    int best = -1;
    for (int w = MIN_WIDTH; w < histogram.length; w++) {
      if (best < 0 || histogram[w] > histogram[best]) {
        best = w;
      }
    }
    int near = 0;
    int wider = 0;
    for (int w = MIN_WIDTH; w < histogram.length; w++) {
      if (Math.abs(w - best) <= SLACK) {
        near += histogram[w];
      } else if (w > best + SLACK) {
        wider += histogram[w];
      }
    }
    return histogram[best] >= MIN_CUT_LINES && wider * 4 <= near ? best : -1;
  }

  /**
   * Whether the line at {@code next} continues the one before: it holds text and opens with no
   * numbering label ({@code 2.}, {@code （一）}) and no note key ({@code 牵头单位：}).
   */
  private static boolean continues(String text, int next) {
    int end = contentEnd(text, next, lineEnd(text, next));
    int s = next;
    while (s < end && TextChars.isBlank(text.charAt(s))) {
      s++;
    }
    if (s >= end || s > next) {
      return false;
    }
    String head = Folding.fold(text.substring(s, Math.min(end, s + 16)));
    return LineShapes.label(head, Line.of(head, 0, head.length(), head.length())) == null
        && !NoteKeyReader.isKeyAt(head, 0, head.length());
  }

  /**
   * Whether the line {@code [start, end)} holds a table's cells: a tab, a pipe, or a run of two
   * blanks or more inside it (a PDF table's columns, {@link SpacedColumns}); such a line is no cut
   * prose.
   */
  private static boolean holdsCells(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '|' || c == '｜'
          || TextChars.isBlank(c) && i + 1 < end && TextChars.isBlank(text.charAt(i + 1)) && i > start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a page may cut a line after {@code c}: an ideograph, a digit or a comma inside a
   * sentence; never after a sentence's or a note's end, a colon, a bracket or a cell's pipe.
   */
  private static boolean mayBeCutAfter(char c) {
    return Character.isIdeographic(c) || c >= '0' && c <= '9' || c >= '０' && c <= '９' || CUT_AFTER.indexOf(c) >= 0;
  }

  /** The display width of {@code [start, end)}: a wide char counts 2, an ASCII one 1. */
  private static int width(String text, int start, int end) {
    int width = 0;
    for (int i = start; i < end; i++) {
      width += text.charAt(i) < 0x80 ? 1 : 2;
    }
    return width;
  }

  private static int lineEnd(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Where the line's content ends: before its trailing blanks. */
  private static int contentEnd(String text, int start, int end) {
    int e = end;
    while (e > start && TextChars.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Where the next line starts after the line break at {@code end} (CRLF, LF or CR). */
  private static int next(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
  }
}
