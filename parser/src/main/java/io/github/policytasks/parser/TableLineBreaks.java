package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.TableHeaders;

/**
 * Restores the line breaks a web copy lost around a pipe table's header (annotation guide §6,
 * Lost line breaks; Tables), in folded text: a line that runs text into the header ({@code
 * …分解如下：序号 | 主要工作任务 | 牵头单位}, {@code 一、项目建设序号 | …}, {@code …分解表| 序号 | …})
 * breaks where the header starts, when what follows reads as a task-table header and the line
 * as a whole does not; a header run into its rule line ({@code … | 完成时限---|---|---}) breaks
 * where the rule starts; a rule line run into the first row ({@code ---|---|---1 | 新建…}, {@code
 * |---|---|| 3 | …}) breaks where the row starts. A rule is a run of pipes, dashes, colons and
 * spaces with at least two dash groups of three, so a {@code ———} cell is no rule. Each call
 * looks at the characters of one logical line a bounded number of times. Stateless and
 * thread-safe.
 */
final class TableLineBreaks {
  /** The longest header word looked for at the end of text run into a header ({@code 序号}, {@code 主要工作任务}). */
  private static final int MAX_HEADER_WORD = 8;
  private static final int MIN_DASHES = 3;
  /** The longest first cell read as a column's header rather than as text run into the header. */
  private static final int MAX_HEADER_CELL = 12;

  private TableLineBreaks() {}

  /** The first offset in {@code (start, end)} where a lost line break of a table line lies, else {@code end}. */
  static int next(String f, int start, int end) {
    int s = LineShapes.skipBlanks(f, start, end);
    int rule = ruleStart(f, s, end);
    if (rule == s) {
      int after = ruleEnd(f, s, end);
      return after > s && after < end ? after : end;
    }
    int header = headerStart(f, s, rule < 0 ? end : rule);
    if (header > s) {
      return header;
    }
    return rule > s ? rule : end;
  }

  /** Where the first rule in {@code [s, end)} starts (its leading pipes and spaces included), or -1. */
  private static int ruleStart(String f, int s, int end) {
    for (int i = s; i < end; i++) {
      if (isDash(f.charAt(i)) && dashGroupEnd(f, i, end) - i >= MIN_DASHES) {
        int r = i;
        while (r > s && isRuleChar(f.charAt(r - 1))) {
          r--;
        }
        if (ruleEnd(f, r, end) > r) {
          return r;
        }
        i = dashGroupEnd(f, i, end);
      }
    }
    return -1;
  }

  /**
   * The end of the rule that starts at {@code r}, or -1 when no rule of two dash groups starts
   * there; where the rule is followed by a row, the end is where that row starts (a second pipe
   * after the rule's closing one is the next row's border).
   */
  private static int ruleEnd(String f, int r, int end) {
    int groups = 0;
    int i = r;
    while (i < end && isRuleChar(f.charAt(i))) {
      if (isDash(f.charAt(i))) {
        int g = dashGroupEnd(f, i, end);
        groups += g - i >= MIN_DASHES ? 1 : 0;
        i = g;
      } else {
        i++;
      }
    }
    if (groups < 2) {
      return -1;
    }
    if (i < end) {
      int last = i;
      while (last > r && TextChars.isBlank(f.charAt(last - 1))) {
        last--;
      }
      int previous = last - 1;
      while (previous > r && TextChars.isBlank(f.charAt(previous - 1))) {
        previous--;
      }
      if (last - 1 > r && f.charAt(last - 1) == '|' && previous > r && f.charAt(previous - 1) == '|') {
        return last - 1;
      }
    }
    return i;
  }

  /**
   * Where a header run onto the end of text starts in {@code [s, end)}, or -1: the first cell is
   * no column word but ends with one ({@code …如下：序号}) from which the line reads as a
   * task-table header; or the first cell is text (punctuated, or longer than {@value
   * #MAX_HEADER_CELL} characters) and the line reads as a header from its first pipe.
   */
  private static int headerStart(String f, int s, int end) {
    int pipe = TextChars.indexOf(f, '|', s, end);
    if (pipe <= s) {
      return -1;
    }
    int cellEnd = pipe;
    while (cellEnd > s && TextChars.isBlank(f.charAt(cellEnd - 1))) {
      cellEnd--;
    }
    String first = LineShapes.compact(f, Line.of(f, s, cellEnd, cellEnd));
    if (TableHeaders.field(first) != null) {
      return -1;
    }
    for (int k = Math.max(s + 1, cellEnd - MAX_HEADER_WORD); k < cellEnd; k++) {
      if (TableHeaders.field(f.substring(k, cellEnd)) != null && isHeader(f, k, end)) {
        return k;
      }
    }
    return isText(first) && isHeader(f, pipe, end) ? pipe : -1;
  }

  /** Whether a first cell is text rather than a column's header: it holds a clause's punctuation or is long. */
  private static boolean isText(String compact) {
    if (compact.length() > MAX_HEADER_CELL) {
      return true;
    }
    for (int i = 0; i < compact.length(); i++) {
      if (":。,;".indexOf(compact.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeader(String f, int s, int end) {
    Line line = Line.of(f, s, end, end);
    return TaskTable.header(f, PipeCells.split(f, line)) != null;
  }

  private static int dashGroupEnd(String f, int i, int end) {
    int j = i;
    while (j < end && isDash(f.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '─';
  }

  private static boolean isRuleChar(char c) {
    return isDash(c) || c == '|' || c == ':' || c == '+' || TextChars.isBlank(c);
  }
}
