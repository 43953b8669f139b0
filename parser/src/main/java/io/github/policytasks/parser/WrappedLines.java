package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;

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
 * #SLACK} (a paragraph's own lines vary and run longer), and at least {@value #MIN_CUT_LINES} of
 * its breaks cut as below. Lines that open with a heading's numbering ({@code 一、}, {@code 第一章})
 * are not counted: a heading ends where its words end, so headings of one width show no page. A
 * break is a cut where the line before it is at least {@code W - }{@value #SLACK} wide, ends
 * inside a sentence (after an ideograph, a digit or a comma; never after a sentence end, a colon
 * or a bracket) and the line after it opens with no numbering label and no note key and holds no
 * table's cells; a line wider than {@code W} (two page lines a copy ran together) is cut so too. A line that holds a
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
  /**
   * The fewest chars of a line that can be cut: {@code W - }{@value #SLACK} wide at least, where
   * {@code W} is {@value #MIN_WIDTH} at least and a char is 2 wide at most.
   */
  static final int FEWEST_CUT_CHARS = (MIN_WIDTH - SLACK + 1) / 2;
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
    LineFacts line = new LineFacts();
    int start = 0;
    while (start < length) {
      line.scan(text, start);
      if (line.width >= MIN_WIDTH && !line.cells && !opensWithHeadingLabel(text, start, line.content)) {
        if (histogram == null) {
          histogram = new int[256];
        }
        if (line.width < histogram.length) {
          histogram[line.width]++;
        }
      }
      start = next(text, line.end);
    }
    if (histogram == null) {
      return;
    }
    int page = pageWidth(histogram);
    if (page < 0) {
      return;
    }
    int[] cuts = new int[16];
    int count = 0;
    start = 0;
    while (start < length) {
      line.scan(text, start);
      int content = line.content;
      int next = next(text, line.end);
      if (content > start && next < length && line.width >= page - SLACK
          && mayBeCutAfter(text.charAt(content - 1)) && !line.cells && continues(text, next)) {
        if (count + 2 > cuts.length) {
          cuts = Arrays.copyOf(cuts, cuts.length * 2);
        }
        cuts[count++] = content;
        cuts[count++] = next;
      }
      start = next;
    }
    if (count / 2 < MIN_CUT_LINES) {
      return;
    }
    for (int k = 0; k < count; k += 2) {
      out.add(cuts[k], cuts[k + 1]);
    }
  }

  /**
   * One line's facts, found in one pass over its chars: where it ends (before its line break),
   * where its content ends (before its trailing blanks), the display width of its content (a wide
   * char counts 2, an ASCII one 1) and whether its content holds a table's cells (a tab, a pipe,
   * or a run of two blanks or more after its first char: a PDF table's columns, {@link
   * SpacedColumns}); such a line is no cut prose. Mutable, reused line after line by one caller.
   */
  static final class LineFacts {
    int end;
    int content;
    int width;
    boolean cells;

    /** Reads the line that starts at {@code start} of {@code text}. */
    void scan(String text, int start) {
      int length = text.length();
      int w = 0;
      int firstCell = -1;
      int firstPair = -1;
      int i = start;
      while (i < length) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          break;
        }
        w += c < 0x80 ? 1 : 2;
        if (c == ' ') {
          if (firstPair < 0 && i > start && i + 1 < length && text.charAt(i + 1) == ' ') {
            firstPair = i;
          }
        } else if ((c == '\t' || c == '|' || c == '\uff5c') && firstCell < 0) {
          firstCell = i;
        }
        i++;
      }
      int e = i;
      while (e > start && text.charAt(e - 1) == ' ') {
        e--;
        w--;
      }
      end = i;
      content = e;
      width = w;
      cells = firstCell >= 0 || firstPair >= 0 && firstPair < e;
    }
  }

  /**
   * Whether fewer than {@value #MIN_CUT_LINES} lines of {@code text} (its lines parted by LF alone)
   * could be cut: ending inside a sentence, long enough for the narrowest page ({@value #MIN_WIDTH}
   * wide, so 16 chars at least), and, as a cut needs, at least {@value #MIN_CUT_LINES} such lines
   * that are also wide enough to be cut ({@link #FEWEST_CUT_CHARS} chars at least) and followed by
   * a line that {@link #continues} them. Most plans' lines end their sentences, are short, or are
   * headings followed by a numbered line, and for them no width is measured: a look at each line's
   * last char (lines found by {@link String#indexOf(int, int)}), and at the next line's opening only
   * after a line that ends inside a sentence.
   */
  private static boolean fewOpenLines(String text) {
    int open = 0;
    int cuttable = 0;
    int start = 0;
    int length = text.length();
    while (start < length && (open < MIN_CUT_LINES || cuttable < MIN_CUT_LINES)) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int content = LineShapes.skipBlanksBack(text, start, end);
      if (content - start >= FEWEST_CUT_CHARS && mayBeCutAfter(text.charAt(content - 1))) {
        if (content - start >= MIN_WIDTH / 2) {
          open++;
        }
        if (cuttable < MIN_CUT_LINES && end + 1 < length && continues(text, end + 1)) {
          cuttable++;
        }
      }
      start = end + 1;
    }
    return open < MIN_CUT_LINES || cuttable < MIN_CUT_LINES;
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
   * Whether the line {@code [start, end)} opens with a heading's numbering ({@code 一、}, {@code
   * 第一章}, {@code 第一节}): a heading ends where its words end, so its width tells nothing of the
   * page's.
   */
  private static boolean opensWithHeadingLabel(String text, int start, int end) {
    String head = head(text, start, end);
    Label label = LineShapes.label(head, Line.of(head, 0, head.length(), head.length()));
    return label != null && (label.kind() == Label.Kind.SECTION || label.kind() == Label.Kind.CHAPTER
        || label.kind() == Label.Kind.PART);
  }

  /**
   * Whether the line at {@code next} continues the one before: it holds text and opens with no
   * numbering label ({@code 2.}, {@code （一）}) and no note key ({@code 牵头单位：}).
   */
  private static boolean continues(String text, int next) {
    LineFacts after = new LineFacts();
    after.scan(text, next);
    if (after.content <= next || TextChars.isBlank(text.charAt(next)) || after.cells) {
      return false;
    }
    String head = head(text, next, after.content);
    return LineShapes.label(head, Line.of(head, 0, head.length(), head.length())) == null
        && !NoteKeyReader.isKeyAt(head, 0, head.length());
  }

  /** The folded opening of the line {@code [start, end)}: enough for its label or note key. */
  private static String head(String text, int start, int end) {
    return Folding.fold(text.substring(start, Math.min(end, start + 16)));
  }

  /**
   * Whether a page may cut a line after {@code c}: an ideograph, a digit or a comma inside a
   * sentence; never after a sentence's or a note's end, a colon, a bracket or a cell's pipe.
   */
  private static boolean mayBeCutAfter(char c) {
    return Character.isIdeographic(c) || c >= '0' && c <= '9' || c >= '０' && c <= '９' || CUT_AFTER.indexOf(c) >= 0;
  }

  /** Where the next line starts after the line break at {@code end} (CRLF, LF or CR). */
  private static int next(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
  }
}
