package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.TableHeaders;

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
   * Where the value of a title field that opens {@code folded[start, end)} starts ({@code
   * 工作任务：城镇老旧小区改造}, a record's field under its own line {@code 序号：1}: a table's title
   * column header of {@code table-headers.txt}, a colon and the value), or -1. Only where the text
   * starts a line of its own (its label's line holds no text), so that a task written on its
   * label's line ({@code 1.重点任务：…}) keeps its reading.
   */
  static int titleFieldValue(String f, int start, int end) {
    int k = start - 1;
    while (k >= 0 && TextChars.isBlank(f.charAt(k))) {
      k--;
    }
    if (k < 0 || !TextChars.isLineBreak(f.charAt(k)) && !afterRecordNumber(f, k, start)) {
      return -1;
    }
    int colon = start + 1;
    while (colon < end && colon - start <= MAX_FIELD_KEY && f.charAt(colon) != ':') {
      colon++;
    }
    if (colon >= end || f.charAt(colon) != ':'
        || TableHeaders.field(f.substring(start, colon).strip())
            != io.github.policytasks.metrics.lexicon.ColumnField.TITLE) {
      return -1;
    }
    int value = LineShapes.skipBlanks(f, colon + 1, end);
    return fieldValueEnd(f, value, end) > value ? value : -1;
  }

  /**
   * Where the field value at {@code value} ends: its line's end, or the next field's key where a
   * copy ran it on (a goal label, a note key or a column header with its colon), trailing blanks
   * and stop aside.
   */
  static int fieldValueEnd(String f, int value, int end) {
    int e = value;
    while (e < end && !TextChars.isLineBreak(f.charAt(e)) && (e == value || !opensField(f, e, end))) {
      e++;
    }
    e = LineShapes.skipBlanksBack(f, value, e);
    return e > value && f.charAt(e - 1) == '。' ? e - 1 : e;
  }

  /** Whether a field's key with its colon opens at {@code k}: a goal label, a note key, a column header. */
  private static boolean opensField(String f, int k, int end) {
    if (FieldLabels.goalLabelEnd(f, k, end) > k || LineShapes.fieldKeyEnd(f, k, end) > 0) {
      return true;
    }
    NoteKeyReader.Match key = NoteKeyReader.couldStartKey(f.charAt(k)) ? NoteKeyReader.keyAt(f, k, end) : null;
    return key != null && f.charAt(key.end() - 1) == ':';
  }

  /**
   * Whether the digit at {@code k} ends a record's row number ({@code 序号：1}) right before {@code
   * start}: a copy ran the record's first field onto its number's line ({@code 序号：1工作任务：…}).
   */
  private static boolean afterRecordNumber(String f, int k, int start) {
    int d = k;
    while (d >= 0 && TextChars.isDigit(f.charAt(d))) {
      d--;
    }
    return d < k && d >= 0 && f.charAt(d) == ':' && LineShapes.recordNumberEnd(f, lineStartBefore(f, d), start) >= 0;
  }

  /** Where the record's key that ends with the colon at {@code colon} starts ({@code 序号：}): up to 6 chars back. */
  private static int lineStartBefore(String f, int colon) {
    int k = colon;
    while (k > 0 && colon - k < 6 && !TextChars.isLineBreak(f.charAt(k - 1)) && !TextChars.isBlank(f.charAt(k - 1))
        && TableHeaders.field(f.substring(k, colon)) == null) {
      k--;
    }
    return k;
  }

  /** The longest title column header read before a record field's colon ({@code 主要工作任务}). */
  private static final int MAX_FIELD_KEY = 6;

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
