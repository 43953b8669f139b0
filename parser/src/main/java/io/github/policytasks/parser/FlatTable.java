package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A task table whose line breaks and cell separators a web copy lost (annotation guide §6, Lost
 * line breaks; Tables), in folded text. Its header is its column words separated by blanks, a
 * number column first, run straight into the first row ({@code 序号 重点任务 责任部门 时间进度1发布…});
 * each row opens with the next number in sequence ({@code …持续推进4开展…}). A row's cells are
 * found from its end, column by column: a deadline column holds a date or a pace ({@code
 * 2016年6月底前完成}, {@code 持续推进}) right after a unit list; a unit column holds the names listed
 * before it ({@code 科技部、财政部等}, {@code 科技部会同有关部门}); the task's text column holds what
 * remains. The first name of a list starts where a name that the table writes after a {@code 、}
 * starts ({@link #names}), else at a level word ({@code unit-level-openings.txt}) or {@value
 * #MIN_NAME} characters before its end. Each call looks at
 * the characters it is given a bounded number of times. Stateless and thread-safe.
 */
final class FlatTable {
  private static final int MIN_COLUMNS = 3;
  private static final int MAX_HEADER_WORD = 8;
  /** The longest unit name read in a list. */
  private static final int MAX_NAME = 12;
  /** The shortest unit name: a first name that the table never writes after a {@code 、} is taken this long. */
  private static final int MIN_NAME = 3;
  private static final String CO_LEAD = "会同";
  private static final String FIGURE_UNITS = "%个家项万亿千百元亩米吨人户所座条处场次名台套张辆年月日批倍号期";

  private static final List<String> LEVEL_OPENINGS = WordLists.words("unit-level-openings.txt");
  /** The number column's words (序号, 编号, 项次, …): a header opens with one. */
  private static final WordTable<Boolean> NUMBER_COLUMN_WORDS =
      WordTable.of(Boolean.TRUE, TableHeaders.headers(ColumnField.NUMBER).toArray(new String[0]));

  private FlatTable() {}

  /**
   * Whether a number column's word ({@code 序号}, {@code 编号}, …) ends at {@code end}, starting at
   * or after {@code floor}: a table's header opens with it there.
   */
  static boolean numberColumnEndsAt(String f, int end, int floor) {
    return NUMBER_COLUMN_WORDS.endsAt(f, end, floor);
  }

  /**
   * Where the first row starts when a flattened header opens {@code [s, limit)} (after blanks):
   * at least {@value #MIN_COLUMNS} column words separated by blanks, the first a number column,
   * the last followed by the row number {@code 1}, or run straight into a section row that the
   * first row follows ({@code …配合单位 完成时限一、扩大有效投资1 推进…}, {@link #sectionRowEnd}): the
   * header's column words fix where it ends; else -1.
   */
  static int headerEnd(String f, int s, int limit) {
    int i = LineShapes.skipBlanks(f, s, limit);
    if (i >= limit || !couldOpenHeader(f.charAt(i))) {
      return -1;
    }
    int words = 0;
    while (i < limit) {
      int w = i;
      while (w < limit && w - i <= MAX_HEADER_WORD && !TextChars.isBlank(f.charAt(w))
          && !TextChars.isLineBreak(f.charAt(w)) && !TextChars.isDigit(f.charAt(w))) {
        w++;
      }
      int section = words + 1 >= MIN_COLUMNS ? sectionAfterLastWord(f, i, limit) : -1;
      if (section > i) {
        return section;
      }
      if (w == i || w - i > MAX_HEADER_WORD) {
        return -1;
      }
      if (!isColumnWord(f.substring(i, w), words == 0)) {
        return -1;
      }
      words++;
      int next = LineShapes.skipBlanks(f, w, limit);
      if (next + 1 < limit && f.charAt(next) == '1' && !TextChars.isDigit(f.charAt(next + 1))) {
        return words >= MIN_COLUMNS ? next : -1;
      }
      if (next == w) {
        return -1;
      }
      i = next;
    }
    return -1;
  }

  /**
   * Where a section row starts right after a header's last column word that starts at {@code i}
   * ({@code 完成时限一、扩大有效投资1}): a column word of the lexicon, then a section row whose heading
   * runs into the first row's number ({@link #sectionRowEnd}); else -1.
   */
  private static int sectionAfterLastWord(String f, int i, int limit) {
    for (int w = Math.min(limit - 1, i + MAX_HEADER_WORD); w >= i + 2; w--) {
      if (ChineseNumerals.isNumeral(f.charAt(w)) && sectionRowEnd(f, w, limit, 1) > w
          && isColumnWord(f.substring(i, w), false)) {
        return w;
      }
    }
    return -1;
  }

  /**
   * Where row {@code number} starts after a section row of a flattened table that opens at {@code
   * s} and runs straight into it ({@code 二、培育产业集群3 壮大…}: the breaks before and after the
   * section row lost), or -1: a section label (a Chinese numeral run and {@code 、}), its heading
   * of at most {@value #MAX_SECTION_HEADING} ideographs with no punctuation and no blank, then the
   * row's number ({@link #opensRow}). A heading that holds a figure ({@code 一、2023年重点}) is no
   * such row.
   */
  static int sectionRowEnd(String f, int s, int limit, int number) {
    int numeral = ChineseNumerals.runEnd(f, s, limit);
    if (numeral <= s || numeral - s > MAX_NUMERAL || numeral >= limit || f.charAt(numeral) != '、') {
      return -1;
    }
    int p = numeral + 1;
    while (p < limit && p - numeral <= MAX_SECTION_HEADING && isHan(f.charAt(p))) {
      p++;
    }
    return p > numeral + 1 && p < limit && TextChars.isDigit(f.charAt(p)) && opensRow(f, p, limit, number) ? p : -1;
  }

  /** The longest numeral of a section label in a flattened table ({@code 二十三、}). */
  private static final int MAX_NUMERAL = 3;
  /** The longest heading of a section row run into a flattened table's next row. */
  private static final int MAX_SECTION_HEADING = 24;

  /**
   * Whether a task table's header runs from {@code s} to the end of its line at {@code limit}: at
   * least {@value #MIN_COLUMNS} column words of {@code table-headers.txt} separated by blanks (a
   * tab-separated or space-aligned header folds its separators to blanks), the first a number
   * column, and nothing after the last ({@code 序号	工作任务	具体目标	牵头单位	完成时限}).
   */
  static boolean headerRunsToLineEnd(String f, int s, int limit) {
    int i = LineShapes.skipBlanks(f, s, limit);
    int words = 0;
    while (i < limit) {
      int w = i;
      while (w < limit && w - i <= MAX_HEADER_WORD && !TextChars.isBlank(f.charAt(w))) {
        w++;
      }
      if (w - i > MAX_HEADER_WORD || !isColumnWord(f.substring(i, w), words == 0)) {
        return false;
      }
      words++;
      int next = LineShapes.skipBlanks(f, w, limit);
      if (next == w && next < limit) {
        return false;
      }
      i = next;
    }
    return words >= MIN_COLUMNS;
  }

  /**
   * Whether {@code word} is a column word of a header run into its title or its first row: the
   * number column's word when {@code first}, else any word a task table reads as a column ({@link
   * TaskTable#isColumnWord}: {@code 工作任务}, {@code 协办单位}, {@code 推进措施}).
   */
  private static boolean isColumnWord(String word, boolean first) {
    return first ? TableHeaders.field(word) == ColumnField.NUMBER : TaskTable.isColumnWord(word);
  }

  /**
   * Whether a flattened header could open at a char {@code c}: the first char of a number-column
   * word of the lexicon ({@code 序号}, {@code 编号}, {@code 项次}); the one cheap test before {@link #headerEnd}.
   */
  static boolean couldOpenHeader(char c) {
    return NUMBER_COLUMN_WORDS.couldStart(c);
  }

  /** The chars {@link #couldOpenHeader} answers yes for. */
  static String headerStarts() {
    return NUMBER_COLUMN_WORDS.firstChars();
  }

  /** The header's cells, one per column word, in {@code [s, end)} (end: where the first row starts). */
  static List<PipeCells.Cell> headerCells(String f, int s, int end) {
    List<PipeCells.Cell> cells = new ArrayList<>();
    int i = LineShapes.skipBlanks(f, s, end);
    while (i < end) {
      int w = i;
      while (w < end && !TextChars.isBlank(f.charAt(w))) {
        w++;
      }
      cells.add(new PipeCells.Cell(i, w));
      i = LineShapes.skipBlanks(f, w, end);
    }
    return cells;
  }

  /**
   * Whether {@code [s, limit)} opens with row {@code number}: its digits, then no digit, no decimal
   * point and no unit of a figure.
   */
  static boolean opensRow(String f, int s, int limit, int number) {
    String digits = Integer.toString(number);
    int after = s + digits.length();
    return f.startsWith(digits, s) && after < limit && !TextChars.isDigit(f.charAt(after))
        && f.charAt(after) != '.' && FIGURE_UNITS.indexOf(f.charAt(after)) < 0;
  }

  /**
   * Where row {@code number + 1} starts after row {@code number}, which starts at {@code s}, or
   * {@code limit}: the next number's digits, not inside a longer number.
   */
  static int rowEnd(String f, int s, int limit, int number) {
    String next = Integer.toString(number + 1);
    for (int p = s + Integer.toString(number).length(); p < limit; p++) {
      char c = f.charAt(p);
      if (c == next.charAt(0) && !TextChars.isDigit(f.charAt(p - 1)) && opensRow(f, p, limit, number + 1)) {
        return p;
      }
      if (ChineseNumerals.isNumeral(c) && !ChineseNumerals.isNumeral(f.charAt(p - 1))
          && sectionRowEnd(f, p, limit, number + 1) > p) {
        return p;
      }
    }
    return limit;
  }

  /**
   * The unit names that the table in {@code [s, end)} writes after a {@code 、} that follows a unit
   * name (not one inside a task's text, {@code 可复制、可推广的…}): each runs from the
   * {@code 、} to the first unit ending ({@code unit-endings.txt}) that another name, {@code 等},
   * {@code 会同}, a date or a pace follows.
   */
  static Set<String> names(String f, int s, int end) {
    Set<String> names = new HashSet<>();
    for (int p = s; p < end; p++) {
      if (f.charAt(p) != '、' || !endsName(f, p, s)) {
        continue;
      }
      for (int q = p + 2; q <= end && q - p - 1 <= MAX_NAME && isHan(f.charAt(q - 1)); q++) {
        if (endsName(f, q, p + 1) && endsList(f, q, end)) {
          names.add(f.substring(p + 1, q));
          break;
        }
      }
    }
    return names;
  }

  /**
   * The row's cells, one per column of {@code columns}, for the row in {@code [s, e)} that opens
   * with its number: the number, the deadline and unit columns from the end, the text what remains.
   */
  static List<PipeCells.Cell> rowCells(String f, TaskTable columns, Set<String> names, int s, int e) {
    int n = columns.columnCount();
    PipeCells.Cell[] cells = new PipeCells.Cell[n];
    int digitsEnd = ChineseNumerals.digitsEnd(f, s, e);
    int from = LineShapes.skipBlanks(f, digitsEnd, e);
    int end = LineShapes.skipBlanksBack(f, from, e);
    int text = columns.textColumn();
    for (int k = n - 1; k >= 0; k--) {
      if (k == columns.numberColumn()) {
        cells[k] = new PipeCells.Cell(s, digitsEnd);
        continue;
      }
      NoteField key = columns.key(k);
      int start = end;
      if (k > text && key == NoteField.DEADLINE) {
        int d = deadlineStart(f, from, end);
        start = d >= 0 ? d : end;
      } else if (k > text && key != null) {
        start = unitsStart(f, from, end, names);
      } else if (k == text) {
        start = from;
      }
      cells[k] = new PipeCells.Cell(start, end);
      end = start;
    }
    return List.of(cells);
  }

  /**
   * Where the row's deadline cell starts in {@code (from, end)}: the last date ({@code 2016年…})
   * or pace ({@code 持续推进}) that follows a unit list's end; else -1.
   */
  private static int deadlineStart(String f, int from, int end) {
    int found = -1;
    for (int p = from + 1; p < end; p++) {
      boolean opens = LineShapes.startsWithYear(f, p, end) && !TextChars.isDigit(f.charAt(p - 1))
          || NoteWords.progressPhrases().startsAt(f, p, end);
      if (opens && (f.charAt(p - 1) == '等' || endsName(f, p, from))) {
        found = p;
      }
    }
    return found;
  }

  /**
   * Where the unit list that ends at {@code end} starts: back over {@code 等} and a {@code 会同…}
   * clause, over the names joined by {@code 、}, to the first name's start.
   */
  private static int unitsStart(String f, int from, int end, Set<String> names) {
    int k = end;
    for (int co = end - CO_LEAD.length(); co > from && end - co <= MAX_NAME; co--) {
      if (f.startsWith(CO_LEAD, co) && endsName(f, co, from)) {
        k = co;
        break;
      }
    }
    if (k > from && f.charAt(k - 1) == '等') {
      k--;
    }
    boolean joined = true;
    while (joined) {
      joined = false;
      for (int j = k - 1; j > from && k - j <= MAX_NAME && (isHan(f.charAt(j)) || f.charAt(j) == '、'); j--) {
        if (f.charAt(j) == '、') {
          if (endsName(f, k, j + 1) && endsName(f, j, from)) {
            k = j;
            joined = true;
          }
          break;
        }
      }
    }
    int best = -1;
    for (String name : names) {
      int start = k - name.length();
      if (start >= from && f.startsWith(name, start) && (best < 0 || start < best)) {
        best = start;
      }
    }
    return best >= 0 ? best : fallbackStart(f, from, k);
  }

  /**
   * Where a first name that ends at {@code k} and that the table never writes after a {@code 、}
   * starts: at the nearest level word before its last {@value #MIN_NAME} characters ({@code
   * unit-level-openings.txt}), else {@value #MIN_NAME} characters before its end.
   */
  private static int fallbackStart(String f, int from, int k) {
    int shortest = Math.max(from, k - MIN_NAME);
    for (int p = shortest - 1; p >= from && k - p <= MAX_NAME; p--) {
      for (String opening : LEVEL_OPENINGS) {
        if (f.startsWith(opening, p) && (opening.length() > 1 || p == shortest - 1)) {
          return p;
        }
      }
    }
    return shortest;
  }

  /** Whether a unit name ends at {@code end}: its last word is a unit ending. */
  private static boolean endsName(String f, int end, int floor) {
    return end > floor && NoteWords.unitEndings().endsAt(f, end, floor);
  }

  /** Whether a list of names may end at {@code q}: another name, 等, 会同, a date, a pace or the end follow. */
  private static boolean endsList(String f, int q, int end) {
    if (q >= end) {
      return true;
    }
    char c = f.charAt(q);
    return c == '、' || c == '等' || TextChars.isDigit(c) || f.startsWith(CO_LEAD, q)
        || NoteWords.progressPhrases().startsAt(f, q, end);
  }

  private static boolean isHan(char c) {
    return TextChars.isIdeograph(c);
  }
}
