package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;

/**
 * {@link WrappedLines} as it was before its gate counted only the lines whose next line continues
 * them ({@code WrappedLinesGateProperties}): kept as the reference the faster gate is held to.
 * Stateless and thread-safe.
 */
final class WrappedLinesReference {
  /** The narrowest page width read as cut: 16 ideographs. */
  static final int MIN_WIDTH = 32;
  /** How far a cut line's width may stand from the page's: a wide char and a half. */
  static final int SLACK = 3;
  /** The fewest lines of the page's width that show a text cut at a width. */
  static final int MIN_CUT_LINES = 3;
  /** The chars inside a sentence after which a page may cut a line, besides ideographs and digits. */
  private static final String CUT_AFTER = "、,，";

  private WrappedLinesReference() {}

  /** Adds the cut line breaks of {@code text} (with blanks before them) to {@code out}, in order. */
  static int[] find(String text) {
    int[] none = new int[0];
    if (text.indexOf('\r') < 0 && fewOpenLines(text)) {
      return none;
    }
    int length = text.length();
    int[] histogram = null;
    WrappedLines.LineFacts line = new WrappedLines.LineFacts();
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
      return none;
    }
    int page = pageWidth(histogram);
    if (page < 0) {
      return none;
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
      return none;
    }
    return Arrays.copyOf(cuts, count);
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
      int content = LineShapes.skipBlanksBack(text, start, end);
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
    WrappedLines.LineFacts after = new WrappedLines.LineFacts();
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
