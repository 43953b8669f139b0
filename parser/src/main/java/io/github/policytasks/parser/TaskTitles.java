package io.github.policytasks.parser;

/**
 * Tells a task's title: its first sentence when that sentence is a short heading ({@code
 * 搭建创新平台。}, {@code 搭建创新平台：}, or a heading alone on the task's first line) followed by
 * more text; a sentence with a comma or semicolon, or one that states a figure ({@code
 * 新建8个智慧社区。}), is text, not a heading (a figure inside a name, {@code 121人才梯队项目。}, states
 * none). A heading in 【】 brackets that opens the text is the title too ({@link #bracketTitleOpen}, {@link
 * #bracketTitleEnd}).
 * Stateless and thread-safe.
 */
final class TaskTitles {
  static final int MAX_TITLE = 40;
  private static final String FIGURE_UNITS = "%个家项万亿千百元亩米吨人户所座条处场次名台套张辆年月日批倍";

  private TaskTitles() {}

  /**
   * The end of the title that opens {@code folded[start, end)} (the body, note excluded), or -1
   * when the text opens with no heading. {@code lineEnd} is where the text's first line ends at a
   * line break that a copy lost and the reader restored, or -1: it ends a heading alone on that
   * line as a written break does.
   */
  static int titleEnd(String f, int start, int end, int lineEnd) {
    int limit = Math.min(end, start + MAX_TITLE + 1);
    boolean quoted = false;
    for (int i = start; i < limit; i++) {
      char c = f.charAt(i);
      if (c == '“' || c == '”' || c == '"') {
        quoted = c == '“' || (c == '"' && !quoted);
        continue;
      }
      if (quoted) {
        continue;
      }
      boolean lineBreak = TextChars.isLineBreak(c) || i == lineEnd;
      if (c == '。' || c == ':' || c == '!' || lineBreak) {
        if (i - start < 2 || (lineBreak && endsWithPunctuation(f, start, i))) {
          return -1;
        }
        return hasTextAfter(f, i + 1, end) ? LineShapes.skipBlanksBack(f, start, i) : -1;
      }
      if (c == ',' || c == ';' || c == '?') {
        return -1;
      }
      if (TextChars.isDigit(c) && i + 1 < end && FIGURE_UNITS.indexOf(f.charAt(i + 1)) >= 0
          && !NotATargetRules.CLASSIFIER_WORDS.startsAt(f, i + 1, end)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the {@code 【} that may open a bracketed heading of {@code folded[start, end)} stands (its
   * first char after any blanks), or -1 when the text opens with none: where {@link
   * #bracketTitleEnd} reads from.
   */
  static int bracketTitleOpen(String f, int start, int end) {
    int open = LineShapes.skipBlanks(f, start, end);
    return open < end && f.charAt(open) == '【' ? open : -1;
  }

  /**
   * Where the bracketed heading whose {@code 【} stands at {@code open} ({@link #bracketTitleOpen})
   * ends (the index of its {@code 】}), within {@code end}, or -1: a task of a work-points list or
   * ledger that opens {@code 【开展消费促进活动】围绕…} is titled by the words in the brackets, whatever
   * follows them (a colon, {@code 主要目标：①…}, or the text at once). The brackets hold 2 to {@value
   * #MAX_TITLE} characters with no sentence or clause punctuation, and text follows them.
   */
  static int bracketTitleEnd(String f, int open, int end) {
    int limit = Math.min(end, open + MAX_TITLE + 2);
    for (int i = open + 1; i < limit; i++) {
      char c = f.charAt(i);
      if (c == '】') {
        return i - open > 2 && hasTextAfter(f, i + 1, end) ? i : -1;
      }
      if ("【。:;,!?".indexOf(c) >= 0 || TextChars.isLineBreak(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean endsWithPunctuation(String f, int start, int i) {
    int e = LineShapes.skipBlanksBack(f, start, i);
    return e > start && "。;:,、".indexOf(f.charAt(e - 1)) >= 0;
  }

  private static boolean hasTextAfter(String f, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = f.charAt(i);
      if (!TextChars.isBlank(c) && !TextChars.isLineBreak(c) && "。.;,".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }
}
