package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * The parts of a text that are names, not statements: quotations ({@code “四个一”}, {@code
 * "1+N"}, {@code 「…」}), titles ({@code 《…》}) and document-number brackets ({@code 〔2023〕},
 * {@code 【…】}, {@code [2023]}). A figure inside one of them is never a target (annotation guide
 * §3, "Not targets"). A crawled copy may close {@code “} with the ASCII {@code "}. An opening mark without its closing mark within a short reach is taken as
 * a stray mark and opens nothing, so one unbalanced quote cannot hide the rest of a task.
 * Computed once per text in linear time and kept as a sorted list of regions (nothing is
 * allocated for a text without any); immutable after construction, but for the regions a reader
 * {@linkplain #mark marks} again in one instance it keeps from task to task ({@link TargetReader}).
 */
final class QuotedRegions {
  private static final int QUOTE_REACH = 32;
  private static final int TITLE_REACH = 160;
  private static final int BRACKET_REACH = 16;

  private static final int[] NONE = new int[0];

  /** The marks that open a region, the chars {@link #closingMark} answers for: one bit each. */
  private static final long[] OPENING_MARKS = TextChars.charSet("“‘\"「『《〈〔【[");

  /** Region {@code k} is {@code [bounds[2k], bounds[2k + 1])}, in increasing order, disjoint. */
  private int[] bounds;
  private int count;

  private QuotedRegions(int[] bounds, int count) {
    this.bounds = bounds;
    this.count = count;
  }

  /** The quoted regions of {@code text}. */
  static QuotedRegions of(String text) {
    return of(text, 0, text.length());
  }

  /**
   * The quoted regions of {@code text.substring(from, to)}, read in place, as offsets into that
   * substring.
   */
  static QuotedRegions of(String text, int from, int to) {
    int[] bounds = NONE;
    int count = 0;
    int i = from;
    while (i < to) {
      char open = text.charAt(i);
      if (!TextChars.in(OPENING_MARKS, open)) {
        i++;
        continue;
      }
      char close = closingMark(open);
      int reach = Math.min(to, i + 1 + reachOf(open));
      int j = i + 1;
      while (j < reach && text.charAt(j) != close && !closesCrawledQuote(open, text.charAt(j))) {
        j++;
      }
      if (j < reach) {
        if (2 * count == bounds.length) {
          bounds = Arrays.copyOf(bounds, Math.max(8, bounds.length * 2));
        }
        bounds[2 * count] = i - from;
        bounds[2 * count + 1] = j + 1 - from;
        count++;
        i = j + 1;
      } else {
        i++;
      }
    }
    return new QuotedRegions(bounds, count);
  }

  /**
   * The quoted regions of {@code folded}, a task's folded text that {@code marks} marked: the
   * regions {@link #of(String, int, int)} finds, its walk going from opening mark to opening mark.
   */
  static QuotedRegions of(CharSequence folded, TextMarks marks) {
    return new QuotedRegions(NONE, 0).mark(folded, marks);
  }

  /**
   * Makes these the regions {@link #of(CharSequence, TextMarks)} finds in {@code folded}, forgetting
   * the last text's and reusing their array; returns this. For the one reader that keeps an
   * instance from task to task, confined to its thread.
   */
  QuotedRegions mark(CharSequence folded, TextMarks marks) {
    int[] bounds = this.bounds;
    int count = 0;
    int to = folded.length();
    int i = marks.nextOpening(0, to);
    while (i < to) {
      char open = folded.charAt(i);
      char close = closingMark(open);
      int reach = Math.min(to, i + 1 + reachOf(open));
      int j = i + 1;
      while (j < reach && folded.charAt(j) != close && !closesCrawledQuote(open, folded.charAt(j))) {
        j++;
      }
      if (j < reach) {
        if (2 * count == bounds.length) {
          bounds = Arrays.copyOf(bounds, Math.max(8, bounds.length * 2));
        }
        bounds[2 * count] = i;
        bounds[2 * count + 1] = j + 1;
        count++;
        i = marks.nextOpening(j + 1, to);
      } else {
        i = marks.nextOpening(i + 1, to);
      }
    }
    this.bounds = bounds;
    this.count = count;
    return this;
  }

  /** {@return a new set of {@link TextChars#charSet} holding the marks that may open a region} */
  static long[] openingChars() {
    return OPENING_MARKS.clone();
  }

  /** A crawl may close {@code “} with the ASCII mark: {@code “7×24小时"}. */
  private static boolean closesCrawledQuote(char open, char c) {
    return open == '“' && c == '"';
  }

  private static char closingMark(char open) {
    switch (open) {
      case '“': return '”';
      case '‘': return '’';
      case '"': return '"';
      case '「': return '」';
      case '『': return '』';
      case '《': return '》';
      case '〈': return '〉';
      case '〔': return '〕';
      case '【': return '】';
      case '[': return ']';
      default: return 0;
    }
  }

  private static int reachOf(char open) {
    switch (open) {
      case '《':
      case '〈':
        return TITLE_REACH;
      case '〔':
      case '【':
      case '[':
        return BRACKET_REACH;
      default:
        return QUOTE_REACH;
    }
  }

  /** Whether the character at {@code index} lies inside a quotation, title or bracket. */
  boolean contains(int index) {
    return touches(index, index + 1);
  }

  /** Whether any character of {@code [start, end)} lies inside a quotation, title or bracket. */
  boolean touches(int start, int end) {
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bounds[2 * mid + 1] <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < count && bounds[2 * low] < end && start < end;
  }
}
