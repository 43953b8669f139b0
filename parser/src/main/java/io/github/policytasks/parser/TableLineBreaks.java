package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.DocumentKinds;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Restores the line breaks a web copy lost around a pipe table's header (annotation guide §6,
 * Lost line breaks; Tables), in folded text: a line that runs text into the header ({@code
 * …分解如下：序号 | 主要工作任务 | 牵头单位}, {@code 一、项目建设序号 | …}, {@code …分解表| 序号 | …})
 * breaks where the header starts, when what follows reads as a task-table header and the line
 * as a whole does not; a header run into its rule line ({@code … | 完成时限---|---|---}) breaks
 * where the rule starts; a rule line run into the first row ({@code ---|---|---1 | 新建…}, {@code
 * |---|---|| 3 | …}) breaks where the row starts; a row run onto the closing pipe of the row
 * before it ({@code … | 县河长办 |6 | …}, {@link #gluedRowStart}) breaks after that pipe; a header run into its first row ({@code … |
 * 时间节点1 | 推行…}, {@code … | 备注 | | 总分 |}) breaks where the row starts ({@link
 * #rowAfterHeader}). A rule is a run of pipes, dashes, colons and spaces with at least two dash
 * groups of three, so a {@code ———} cell is no rule. Each call looks at the characters of one
 * logical line a bounded number of times. Stateless and thread-safe.
 */
final class TableLineBreaks {
  /** The longest header word looked for at the end of text run into a header ({@code 序号}, {@code 主要工作任务}). */
  private static final int MAX_HEADER_WORD = 8;
  private static final int MIN_DASHES = 3;
  /** The longest first cell read as a column's header rather than as text run into the header. */
  private static final int MAX_HEADER_CELL = 12;
  /** The most cells that open a header before one of them is a column word ({@code 类别 | 任务内容 | 牵头领导}). */
  private static final int MAX_WORDLESS = 3;
  /** The longest numeral of a section label run onto a table's last cell ({@code 二十三、}). */
  private static final int MAX_NUMERAL = 3;
  /** The most cells read as a header's before the row run onto it. */
  private static final int MAX_HEADER_CELLS = 16;
  /** The most digits of a row number run onto a section row ({@link #rowAfterSectionHeading}). */
  private static final int MAX_ROW_DIGITS = 3;

  private TableLineBreaks() {}

  /** The first offset in {@code (start, end)} where a lost line break of a table line lies, else {@code end}. */
  static int next(String f, int start, int end) {
    int s = LineShapes.skipBlanks(f, start, end);
    int rule = ruleStart(f, s, end);
    if (rule == s) {
      int after = ruleEnd(f, s, end);
      return after > s && after < end ? after : end;
    }
    int glued = gluedRowStart(f, s, rule < 0 ? end : rule);
    int before = glued > s ? glued : rule < 0 ? end : rule;
    int header = headerStart(f, s, before);
    if (header > s) {
      return header;
    }
    int sectionRow = rowAfterSectionHeading(f, s, before);
    if (sectionRow > s) {
      return sectionRow;
    }
    int row = rowAfterHeader(f, s, before);
    if (row > s) {
      return row;
    }
    int heading = headingAfterLastCell(f, s, before);
    if (heading > s) {
      return heading;
    }
    int closing = closingAfterLastPipe(f, s, before);
    return closing > s ? closing : before;
  }

  /**
   * Where a closing paragraph that a copy ran onto the closing pipe of a bordered table's last row
   * starts in {@code (s, end)}, or -1: the line opens with a pipe, and after its last pipe stands
   * text with no pipe in it that reads as a closing paragraph ({@code … | 2024年11月底前 |
   * |本分工表由…负责解释。}, {@link BodyReader#isClosingParagraph}). Any other text after the last
   * pipe is the last cell's.
   */
  static int closingAfterLastPipe(String f, int s, int end) {
    if (s >= end || f.charAt(s) != '|') {
      return -1;
    }
    int lastPipe = end - 1;
    while (lastPipe > s && f.charAt(lastPipe) != '|') {
      lastPipe--;
    }
    int text = LineShapes.skipBlanks(f, lastPipe + 1, end);
    if (lastPipe <= s || text >= end) {
      return -1;
    }
    String compact = LineShapes.compact(f, Line.of(f, text, end, end));
    return BodyReader.isClosingParagraph(compact) ? text : -1;
  }

  /**
   * Where the row that a copy ran onto a table's section row starts in {@code (s, end)}, or -1: the
   * line opens with a section label and its heading text, no pipe in it ({@code 一、项目建设}), and
   * straight after the text comes a row's number and its first pipe ({@code 一、项目建设1 | 实施…}).
   * A heading whose text holds a figure goes on after the digits ({@code 一、2023年重点}) and stays
   * whole.
   */
  static int rowAfterSectionHeading(String f, int s, int end) {
    Label label = LineShapes.label(f, Line.of(f, s, end, end));
    if (label == null || label.kind() != Label.Kind.SECTION) {
      return -1;
    }
    int i = label.textStart();
    while (i < end && f.charAt(i) != '|' && !TextChars.isDigit(f.charAt(i))) {
      i++;
    }
    if (i >= end || i == label.textStart() || !TextChars.isDigit(f.charAt(i))
        || !TextChars.isIdeograph(f.charAt(i - 1))) {
      return -1;
    }
    int digits = ChineseNumerals.digitsEnd(f, i, end);
    int pipe = LineShapes.skipBlanks(f, digits, end);
    return digits - i <= MAX_ROW_DIGITS && pipe < end && f.charAt(pipe) == '|' ? i : -1;
  }

  /**
   * Where a section heading that a copy ran onto a table's last row starts in {@code (s, end)}, or
   * -1: in the line's last cell (a pipe before it, none after it), a section label ({@code 二、},
   * a numeral run and {@code 、} with heading text after it, no numeral) right after the end of a
   * unit's name ({@code unit-endings.txt}) or of a sentence: {@code … | 县发展和改革局 |
   * 县市场监督管理局二、重点工作任务}. A cell's list of numerals ({@code 二、三季度}) is no label.
   */
  static int headingAfterLastCell(String f, int s, int end) {
    int lastPipe = end - 1;
    while (lastPipe > s && f.charAt(lastPipe) != '|') {
      lastPipe--;
    }
    if (lastPipe <= s || f.charAt(lastPipe) != '|') {
      return -1;
    }
    for (int mark = TextChars.indexOf(f, '、', lastPipe + 1, end); mark >= 0 && mark + 1 < end;
        mark = TextChars.indexOf(f, '、', mark + 1, end)) {
      int label = mark;
      while (label > lastPipe + 1 && mark - label < MAX_NUMERAL && ChineseNumerals.isNumeral(f.charAt(label - 1))) {
        label--;
      }
      char after = f.charAt(mark + 1);
      if (label < mark && label > lastPipe + 1 && !ChineseNumerals.isNumeral(f.charAt(label - 1))
          && TextChars.isIdeograph(after) && !ChineseNumerals.isNumeral(after)
          && (f.charAt(label - 1) == '。' || NoteWords.unitEndings().endsAt(f, label, lastPipe + 1))) {
        return label;
      }
    }
    return -1;
  }

  /**
   * Where a row starts right after the closing pipe of the row before it in {@code (s, end)}, or
   * -1: a copy writes a table's cells between spaced pipes ({@code 1 | 组织领导 | 8 |}), so a pipe
   * with a blank before it and the next row's label straight after it ({@code … | 县河长办 |6 |
   * 深化…}, {@code … | 责任单位 |一、 | …}) is where the copy ran that row onto the closing pipe of a
   * row whose line break it lost. Only where the copy does space its pipes there: the pipes on
   * either side of that one have a blank (or the line's edge) on both sides, and the cell after it
   * is a row's label alone (its number, or a section's numeral and {@code 、}). A copy that writes
   * its pipes without a blank after them ({@code | 序号 |项目名称 |牵头单位|}, {@code | 1 |新建… |})
   * runs no row on there.
   */
  static int gluedRowStart(String f, int s, int end) {
    int before = -1;
    for (int i = TextChars.indexOf(f, '|', s, end); i >= 0; i = TextChars.indexOf(f, '|', i + 1, end)) {
      char after = i + 1 < end ? f.charAt(i + 1) : ' ';
      if (i > s && before >= 0 && TextChars.isBlank(f.charAt(i - 1)) && !TextChars.isBlank(after) && after != '|'
          && !TextChars.isLineBreak(after) && isSpacedPipe(f, s, before, end)) {
        int next = TextChars.indexOf(f, '|', i + 1, end);
        if (next > 0 && isSpacedPipe(f, s, next, end) && isRowLabel(f, i + 1, LineShapes.skipBlanksBack(f, i + 1, next))) {
          return i + 1;
        }
      }
      before = i;
    }
    return -1;
  }

  /** Whether the pipe at {@code i} has a blank, the line's edge or another pipe on both sides. */
  private static boolean isSpacedPipe(String f, int s, int i, int end) {
    return (i == s || spacing(f.charAt(i - 1))) && (i + 1 >= end || spacing(f.charAt(i + 1)));
  }

  private static boolean spacing(char c) {
    return TextChars.isBlank(c) || TextChars.isLineBreak(c) || c == '|';
  }

  /** Whether {@code [a, b)} is a row's label and nothing else: at most {@value #MAX_ROW_DIGITS} digits, or a numeral run and {@code 、}. */
  private static boolean isRowLabel(String f, int a, int b) {
    if (a >= b) {
      return false;
    }
    int digits = ChineseNumerals.digitsEnd(f, a, b);
    if (digits > a) {
      return digits == b && digits - a <= MAX_ROW_DIGITS;
    }
    return ChineseNumerals.runEnd(f, a, b) == b - 1 && b - 1 > a && f.charAt(b - 1) == '、';
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
      int last = LineShapes.skipBlanksBack(f, r, i);
      int previous = LineShapes.skipBlanksBack(f, r, last - 1);
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
   * #MAX_HEADER_CELL} characters) and the line reads as a header from its first pipe, or from
   * the start of an unknown first column's word after a document title ({@link
   * #unknownFirstColumn}).
   */
  private static int headerStart(String f, int s, int end) {
    int pipe = TextChars.indexOf(f, '|', s, end);
    if (pipe <= s) {
      return -1;
    }
    int cellEnd = LineShapes.skipBlanksBack(f, s, pipe);
    String first = LineShapes.compact(f, Line.of(f, s, cellEnd, cellEnd));
    if (TableHeaders.field(first) != null) {
      return -1;
    }
    for (int k = Math.max(s + 1, cellEnd - MAX_HEADER_WORD); k < cellEnd; k++) {
      if (TableHeaders.field(f.substring(k, cellEnd)) != null && isHeader(f, k, end)) {
        return k;
      }
    }
    if (!isText(first) || !isHeader(f, pipe, end)) {
      return -1;
    }
    int column = unknownFirstColumn(f, s, cellEnd);
    return column > s && isHeader(f, column, end) ? column : pipe;
  }

  /**
   * Where the first column's header starts when a document title ran into a header whose first
   * column word is none the lexicon knows ({@code …任务分工方案类别 | 任务内容 | …}): the cell ends
   * with a title's last word ({@code document-kinds.txt}: 方案, 清单…) and then at least two and at
   * most {@value #MAX_HEADER_WORD} ideographs; else -1.
   */
  private static int unknownFirstColumn(String f, int s, int cellEnd) {
    for (int p = cellEnd - 2; p > s && cellEnd - p <= MAX_HEADER_WORD && TextChars.isIdeograph(f.charAt(p)); p--) {
      if (TextChars.isIdeograph(f.charAt(p + 1)) && DocumentKinds.endsTitle(f.subSequence(s, p))) {
        return p;
      }
    }
    return -1;
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

  /**
   * Where the first row that a copy ran onto the end of a header starts in {@code (s, end)}, or
   * -1. The line opens with a header of at least two cells, each a short word without figures,
   * one of the first {@value #MAX_WORDLESS} a column word ({@code table-headers.txt}, a note key:
   * {@code 类别 | 任务内容 | 牵头领导}); right after
   * its last cell comes
   *
   * <ul>
   *   <li>an empty cell: the first cell of a row after a header closed by a pipe ({@code … | 备注 |
   *       | 总分 | 100 |}), where the row starts after the header's closing pipe, or the border of
   *       a bordered table's row ({@code | … | 完成时限 || 1 | …}), where it starts at that border;
   *   <li>the first row's number or a section row's numeral in a cell of its own ({@code … |
   *       完成时限 |1 | 新建…}, {@code … | 备注 |一、 | 共性考核项目 |});
   *   <li>or the header's last column word runs straight into the row's first cell: the first row's
   *       number ({@code … | 时间节点1 | 推行…}, {@code 一、}) in a table numbered in its first
   *       column, else any text when that text or the cell after it holds a row's text, with a
   *       figure or a clause's punctuation ({@code … | 责任单位扩大有效投资 | 全年实施重点项目120个，…}).
   * </ul>
   *
   * In each case the cells before the row read as a task-table header ({@link TaskTable#header}).
   * Looks at no more than the header's cells and the first row's first two.
   */
  static int rowAfterHeader(String f, int s, int end) {
    boolean bordered = s < end && f.charAt(s) == '|';
    List<PipeCells.Cell> cells = new ArrayList<>();
    boolean columnWord = false;
    boolean numbered = false;
    int cellStart = bordered ? s + 1 : s;
    while (cells.size() < MAX_HEADER_CELLS && cellStart < end) {
      int pipe = TextChars.indexOf(f, '|', cellStart, end);
      int cellEnd = pipe < 0 ? end : pipe;
      int a = LineShapes.skipBlanks(f, cellStart, cellEnd);
      int b = LineShapes.skipBlanksBack(f, a, cellEnd);
      int k = cells.size();
      if (k == MAX_WORDLESS && !columnWord) {
        return -1;
      }
      String compact = PipeCells.compact(f, new PipeCells.Cell(a, b));
      if (a == b && (pipe < 0 || !isColumnWord(nextCell(f, pipe + 1, end)))) {
        return pipe >= 0 && k >= 2 && TaskTable.header(f, cells) != null ? (bordered ? pipe : cellStart) : -1;
      }
      if (k >= 2 && !compact.isEmpty() && !FieldLabels.namesProgress(compact)
          && opensFirstRow(compact, 0, compact.length())) {
        return TaskTable.header(f, cells) != null ? a : -1;
      }
      if (isColumnWord(compact)) {
        columnWord = true;
        numbered |= k == 0 && TableHeaders.field(compact) == ColumnField.NUMBER;
      } else if (a < b) {
        int word = k >= 1 ? columnWordEnd(f, a, b) : -1;
        if (word > a && (numbered ? opensFirstRow(f, LineShapes.skipBlanks(f, word, b), b)
            : pipe >= 0 && (holdsRowText(f, word, end) || holdsRowText(f, pipe + 1, end)))) {
          cells.add(new PipeCells.Cell(a, word));
          return TaskTable.header(f, cells) != null ? LineShapes.skipBlanks(f, word, b) : -1;
        }
        int unknown = numbered && k >= 2 && pipe >= 0 ? unknownWordBeforeFirstRow(f, a, b) : -1;
        if (unknown > a) {
          cells.add(new PipeCells.Cell(a, unknown));
          return TaskTable.header(f, cells) != null ? LineShapes.skipBlanks(f, unknown, b) : -1;
        }
        if (compact.length() > MAX_HEADER_CELL || isText(compact) || hasDigit(compact)) {
          return -1;
        }
      }
      cells.add(new PipeCells.Cell(a, b));
      if (pipe < 0) {
        return -1;
      }
      cellStart = pipe + 1;
    }
    return -1;
  }

  /** The compact text of the cell that starts at {@code from}. */
  private static String nextCell(String f, int from, int end) {
    int pipe = TextChars.indexOf(f, '|', from, end);
    return PipeCells.compact(f, new PipeCells.Cell(from, pipe < 0 ? end : pipe));
  }

  /**
   * Whether a compact cell is a column's header word: a table header, an indicator table's header
   * after its year ({@code 2022年完成值}, {@link TaskTable#isYearColumn}), a progress column's header
   * ({@code 1-10月推进情况}, {@link FieldLabels#namesProgress}: no first row, though it opens with a
   * number) or a note key, nothing added.
   */
  private static boolean isColumnWord(String compact) {
    if (TableHeaders.field(compact) != null || TaskTable.isYearColumn(compact) || FieldLabels.namesProgress(compact)) {
      return true;
    }
    NoteKeyReader.Match key = compact.isEmpty() ? null : NoteKeyReader.at(compact, 0, compact.length());
    return key != null && key.end() == compact.length();
  }

  /** Where the longest column word that opens the cell {@code [a, b)} and leaves text after it ends, or -1. */
  private static int columnWordEnd(String f, int a, int b) {
    for (int w = Math.min(b - 1, a + MAX_HEADER_WORD); w >= a + 2; w--) {
      if (isColumnWord(f.substring(a, w))) {
        return w;
      }
    }
    return -1;
  }

  /**
   * Where a column word the lexicon does not know ends when the first row's label alone runs into
   * it ({@code … | 时间节点 | 督办领导1 | 区应急管理局 | …}, {@code … | 时间节点 | 备注一、 | 提升… |}),
   * or -1: the cell {@code [a, b)} is a run of two to {@value #MAX_HEADER_WORD} ideographs, blanks,
   * then the first row's number {@code 1} or a section row's numeral and {@code 、}, and nothing
   * else, so that the label cannot belong to the header's word. The caller asks the cells before it
   * to read as a task-table header numbered in its first column.
   */
  private static int unknownWordBeforeFirstRow(String f, int a, int b) {
    for (int w = a + 2; w < b && w - a <= MAX_HEADER_WORD && TextChars.isIdeograph(f.charAt(w - 1)); w++) {
      if (isWholeFirstRowLabel(f, LineShapes.skipBlanks(f, w, b), b)) {
        return w;
      }
    }
    return -1;
  }

  /** Whether {@code [i, b)} is the first row's label and nothing else: {@code 1}, or a numeral run and {@code 、}. */
  private static boolean isWholeFirstRowLabel(String f, int i, int b) {
    if (i >= b) {
      return false;
    }
    if (f.charAt(i) == '1') {
      return i + 1 == b;
    }
    return ChineseNumerals.runEnd(f, i, b) == b - 1 && f.charAt(b - 1) == '、';
  }

  /** Whether the first row's label opens {@code [i, b)}: its number {@code 1} or a section's {@code 一、}. */
  private static boolean opensFirstRow(String f, int i, int b) {
    if (f.charAt(i) == '1') {
      return i + 1 == b || !TextChars.isDigit(f.charAt(i + 1));
    }
    int numeral = ChineseNumerals.runEnd(f, i, b);
    return numeral > i && numeral < b && f.charAt(numeral) == '、';
  }

  /** Whether the cell that starts at {@code from} holds a row's text: a figure or a clause's punctuation. */
  private static boolean holdsRowText(String f, int from, int end) {
    int pipe = TextChars.indexOf(f, '|', from, end);
    int cellEnd = pipe < 0 ? end : pipe;
    for (int i = from; i < cellEnd; i++) {
      char c = f.charAt(i);
      if (TextChars.isDigit(c) || ":。,;".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String compact) {
    for (int i = 0; i < compact.length(); i++) {
      if (TextChars.isDigit(compact.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cells from {@code s} read as a task-table header, up to the first row run onto it:
   * {@link #rowAfterHeader} finds such a row only after the cells before it read as one, so only a
   * line with no row run onto it is asked again, whole.
   */
  private static boolean isHeader(String f, int s, int end) {
    if (rowAfterHeader(f, LineShapes.skipBlanks(f, s, end), end) > s) {
      return true;
    }
    return TaskTable.header(f, PipeCells.split(f, Line.of(f, s, end, end))) != null;
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
