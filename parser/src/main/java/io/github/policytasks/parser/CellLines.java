package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task table that a copy of a web page gives one cell a line (annotation guide §6, Tables;
 * Lost line breaks): its header is a run of lines that each hold one column word, a number column
 * first ({@code 序号⏎重点任务⏎牵头单位⏎完成时限}), read as a task-table header ({@link
 * TaskTable#header}); then come its rows, each opening with a line that holds its number alone
 * ({@code 1}, {@code 2}, …) and running to the next such line (a blank line in a row is an empty
 * cell); the last row holds as many lines as the header. The line breaks inside the header and
 * inside each row are cell separators: {@link #joined} writes them as pipes ({@code \r\n} as a
 * pipe and a blank), so the folded text keeps its length and every offset, and the table reads as
 * a pipe table. A header copied one cell a paragraph whose narrow columns broke some cells over two
 * lines ({@code 责任⏎⏎领导}) is joined to the column count of its first row ({@link SplitHeaderCells}).
 * Stateless and thread-safe.
 */
final class CellLines {
  /** The fewest column lines of a header. */
  private static final int MIN_COLUMNS = 3;
  /** The most column lines of a header. */
  private static final int MAX_COLUMNS = 16;
  /** The longest column word a header's line may hold. */
  private static final int MAX_WORD = 12;

  private CellLines() {}

  /**
   * The folded text of {@code source} with the cell separators of each table laid out one cell a
   * line written as pipes; the folded text itself when it holds none. Reads the lines {@code
   * source} has already found.
   */
  static String joined(SourceText source) {
    String f = source.folded();
    int count = source.lines();
    boolean[] joins = null;
    boolean[] inner = null;
    char[] out = null;
    int k = 0;
    while (k < count) {
      int start = source.lineStart(k);
      int end = source.lineEnd(k);
      if (end - start <= MAX_WORD && PipeClosedCells.opensTable(f, source, k)) {
        int tableEnd = PipeClosedCells.join(f, source, null, k);
        if (tableEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          PipeClosedCells.join(f, source, out, k);
          k = tableEnd;
          continue;
        }
      }
      if (BlankPartedCells.opensTable(f, source, k)) {
        int tableEnd = BlankPartedCells.join(f, source, null, k);
        if (tableEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          BlankPartedCells.join(f, source, out, k);
          k = tableEnd;
          continue;
        }
      }
      if (end - start <= MAX_WORD && UnopenedPipeCells.opensTable(f, source, k)) {
        int tableEnd = UnopenedPipeCells.join(f, source, null, k);
        if (tableEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          UnopenedPipeCells.join(f, source, out, k);
          k = tableEnd;
          continue;
        }
      }
      if (end - start <= MAX_WORD && (isNumberColumn(f, start, end) || isCategoryColumn(f, start, end))) {
        if (joins == null) {
          joins = new boolean[count];
          inner = new boolean[count];
        }
        int tableEnd = table(f, new SourceLines(source), joins, inner, k);
        if (tableEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          join(source, out, joins, inner, k, tableEnd);
          k = tableEnd;
          continue;
        }
        int columns = headerColumns(f, new SourceLines(source), k);
        byte[] marks = columns < 0 ? null : new byte[count];
        int blocksEnd = marks == null ? -1 : CellBlocks.read(f, source, marks, k, columns);
        if (blocksEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          joinBlocks(source, out, marks, k, blocksEnd);
          k = blocksEnd;
          continue;
        }
        Paragraphs paragraphs = Paragraphs.from(f, source, k);
        boolean[] cellJoins = paragraphs == null ? null : new boolean[paragraphs.count()];
        boolean[] cellInner = paragraphs == null ? null : new boolean[paragraphs.count()];
        int paragraphEnd = paragraphs == null ? -1 : table(f, paragraphs, cellJoins, cellInner, 0);
        if (paragraphEnd > 0) {
          if (out == null) {
            out = f.toCharArray();
          }
          paragraphs.join(f, out, cellJoins, cellInner, paragraphEnd);
          k = paragraphs.sourceLine(paragraphEnd - 1) + 1;
          continue;
        }
        SplitTable split = paragraphs == null ? null : splitHeaderTable(f, paragraphs);
        if (split != null) {
          if (out == null) {
            out = f.toCharArray();
          }
          paragraphs.join(f, out, split.joins(), split.inner(), split.end());
          k = paragraphs.sourceLine(split.end() - 1) + 1;
          continue;
        }
      }
      k++;
    }
    return out == null ? f : new String(out);
  }

  /**
   * Where the table whose header opens at line {@code k} ends (the index after its last line, its
   * header's and rows' cell separators marked in {@code joins}, the breaks inside a unit cell
   * written one unit a line in {@code inner}), or -1 when no such table opens there.
   */
  private static int table(String f, LineList lines, boolean[] joins, boolean[] inner, int k) {
    int columns = headerColumns(f, lines, k);
    if (columns < 0) {
      return -1;
    }
    boolean category = isCategoryColumn(f, lines.start(k), lines.end(k));
    return rows(f, lines, joins, inner, k, k + columns, columns, category);
  }

  /**
   * Where the rows of a table of {@code columns} columns end whose header takes lines {@code [k,
   * i)} (the index after its last row, the header's and rows' cell separators marked in {@code
   * joins}), or -1 when no row numbered 1 follows the header. With a {@code category} column first
   * ({@code 分类 | 序号 | …}), a group's first row opens with its category cell, a short line before
   * its number: that row runs from that line, and a short line after a full row, before the next
   * number, opens the next row. A row longer than the header whose extra lines are units' names
   * after its unit cell's first line (a cell written one unit a line, {@link #unitLinesEnd}) runs to
   * the next row's number, those lines' breaks marked in {@code inner} (null: no such rows read).
   */
  private static int rows(String f, LineList lines, boolean[] joins, boolean @Nullable [] inner, int k, int i,
      int columns, boolean category) {
    int count = lines.count();
    int first = isSectionRow(f, lines, i) ? i + 1 : i;
    if (!isNumber(f, lines, first, 1) && !(category && opensWithCategory(f, lines, first, 1))) {
      return -1;
    }
    mark(joins, k, i);
    i = first;
    int row = 1;
    int rows = 0;
    int unitColumn = -2;
    while (i < count && (isNumber(f, lines, i, row) || category && opensWithCategory(f, lines, i, row))) {
      int own = category && !isNumber(f, lines, i, row) ? 1 : 0;
      int span = category ? columns - 1 + own : columns;
      int next = -1;
      boolean section = false;
      for (int j = i + 1; j < count && j - i <= span; j++) {
        if (category && j - i >= span && opensWithCategory(f, lines, j, row + 1)) {
          next = j;
          break;
        }
        if (j - i >= span - 1 && isNumber(f, lines, j, row + 1)) {
          next = j;
          break;
        }
        if (j - i >= span - 1 && isSectionRow(f, lines, j)
            && (isNumber(f, lines, j + 1, row + 1) || isNumber(f, lines, j + 1, 1))) {
          next = j;
          section = true;
          break;
        }
      }
      if (next < 0 && inner != null && !category) {
        if (unitColumn == -2) {
          unitColumn = unitColumn(f, lines, k, columns);
        }
        next = unitLinesEnd(f, lines, inner, i, row, columns, unitColumn);
      }
      int rowEnd = next >= 0 ? next : Math.min(count, i + span);
      if (next < 0 && rowEnd - i < span - 1 && !(lines.dropsEmptyCells() && rowEnd == count
          && rowEnd - i >= MIN_LAST_ROW)) {
        break;
      }
      mark(joins, i, rowEnd);
      i = rowEnd;
      row++;
      rows++;
      if (next < 0) {
        break;
      }
      if (section) {
        i++;
        row = isNumber(f, lines, i, row) ? row : 1;
      }
    }
    return rows > 0 ? i : -1;
  }

  /**
   * Whether line {@code i} is a category cell that opens row {@code number} of a table with a
   * category column: a short line without sentence marks, the row's number on the line after it.
   */
  private static boolean opensWithCategory(String f, LineList lines, int i, int number) {
    if (i + 1 >= lines.count() || !isNumber(f, lines, i + 1, number)) {
      return false;
    }
    int a = LineShapes.skipBlanks(f, lines.start(i), lines.end(i));
    int b = LineShapes.skipBlanksBack(f, a, lines.end(i));
    return a < b && b - a <= MAX_WORD && !holdsSentenceMark(f, a, b) && !TextChars.isDigit(f.charAt(a));
  }

  /** Whether a line holds a category column's header word alone ({@code 分类}; {@link TaskTable#isCategory}). */
  private static boolean isCategoryColumn(String f, int start, int end) {
    int a = LineShapes.skipBlanks(f, start, end);
    int b = LineShapes.skipBlanksBack(f, a, end);
    return a < b && b - a <= MAX_WORD && TaskTable.isCategory(LineShapes.compact(f, a, b));
  }

  /**
   * The fewest cells of a last row that the run of paragraphs ends before its trailing columns (its
   * number, its text and one more): a copy one cell a paragraph writes no paragraph for an empty cell.
   */
  private static final int MIN_LAST_ROW = 3;

  /** The most lines a header whose cells are broken over two lines may take. */
  private static final int MAX_SPLIT_HEADER_LINES = 2 * MAX_COLUMNS;

  /**
   * A table whose header cells are broken over two lines: the header's and rows' cell separators
   * ({@code joins}), the breaks inside a header cell ({@code inner}), and the index after its last line.
   */
  private record SplitTable(boolean[] joins, boolean[] inner, int end) {}

  /**
   * The table whose header opens at line 0 of {@code lines} with cells broken over two lines
   * ({@code 责任⏎⏎领导}: {@link SplitHeaderCells}), or null when none opens there (checked before
   * anything is allocated for its marks). The header runs to the line that holds the number 1, each line a short piece
   * without sentence marks; the first row, from the number 1 to the number 2, gives the column count.
   */
  private static @Nullable SplitTable splitHeaderTable(String f, LineList lines) {
    int count = lines.count();
    List<String> pieces = new ArrayList<>();
    int m = 0;
    while (m < count && !isNumber(f, lines, m, 1)) {
      int a = LineShapes.skipBlanks(f, lines.start(m), lines.end(m));
      int b = LineShapes.skipBlanksBack(f, a, lines.end(m));
      if (a == b || b - a > MAX_WORD || m == MAX_SPLIT_HEADER_LINES || holdsSentenceMark(f, a, b)) {
        return null;
      }
      pieces.add(LineShapes.compact(f, a, b));
      m++;
    }
    int columns = -1;
    for (int j = m + MIN_COLUMNS; j < count && j - m < m; j++) {
      if (isNumber(f, lines, j, 2)) {
        columns = j - m;
        break;
      }
    }
    if (columns < MIN_COLUMNS || columns >= m) {
      return null;
    }
    int[] starts = SplitHeaderCells.cellStarts(pieces, columns,
        word -> isColumnWord(word) || TaskTable.isColumnWord(word));
    if (starts == null || !isTaskHeader(pieces, starts)) {
      return null;
    }
    boolean[] joins = new boolean[count];
    int end = rows(f, lines, joins, null, 0, m, columns, false);
    if (end < 0) {
      return null;
    }
    boolean[] inner = new boolean[count];
    for (int c = 0; c < columns; c++) {
      int last = c + 1 < columns ? starts[c + 1] - 1 : m - 1;
      for (int j = starts[c]; j < last; j++) {
        joins[j] = false;
        inner[j] = true;
      }
    }
    return new SplitTable(joins, inner, end);
  }

  /** Whether the header cells made of {@code pieces} from {@code starts} on head a task table. */
  private static boolean isTaskHeader(List<String> pieces, int[] starts) {
    StringBuilder header = new StringBuilder();
    List<PipeCells.Cell> cells = new ArrayList<>();
    for (int c = 0; c < starts.length; c++) {
      int from = header.length();
      int to = c + 1 < starts.length ? starts[c + 1] : pieces.size();
      for (int j = starts[c]; j < to; j++) {
        header.append(pieces.get(j));
      }
      cells.add(new PipeCells.Cell(from, header.length()));
      header.append('|');
    }
    return TaskTable.header(header.toString(), cells) != null;
  }

  /** Whether {@code f[a, b)} holds a mark that ends or parts a sentence, which no header piece does. */
  private static boolean holdsSentenceMark(String f, int a, int b) {
    for (int i = a; i < b; i++) {
      if ("。,;:!?".indexOf(f.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is a section row of the table, one line across all its columns that
   * opens with a section label ({@code 一、主要经济社会发展指标…工作目标（牵头领导：…）}): it stays a line
   * of its own, the heading of the rows under it, and the rows after it number on or start again
   * at 1.
   */
  private static boolean isSectionRow(String f, LineList lines, int i) {
    if (i >= lines.count()) {
      return false;
    }
    Label label = LineShapes.label(f, Line.of(f, lines.start(i), lines.end(i), lines.end(i)));
    return label != null && (label.kind() == Label.Kind.SECTION || label.kind() == Label.Kind.CHAPTER);
  }

  /**
   * How many lines, each a column word, make the task-table header that opens at line {@code k}
   * (a number column first); -1 when none opens there.
   */
  private static int headerColumns(String f, LineList lines, int k) {
    List<PipeCells.Cell> header = new ArrayList<>();
    int count = lines.count();
    int i = k;
    while (i < count && header.size() < MAX_COLUMNS) {
      int a = LineShapes.skipBlanks(f, lines.start(i), lines.end(i));
      int b = LineShapes.skipBlanksBack(f, a, lines.end(i));
      if (a == b || b - a > MAX_WORD || !isColumnWord(LineShapes.compact(f, a, b))) {
        break;
      }
      header.add(new PipeCells.Cell(a, b));
      i++;
    }
    return header.size() < MIN_COLUMNS || TaskTable.header(f, header) == null ? -1 : header.size();
  }

  /**
   * Writes the marks of a table read by {@link CellBlocks} over lines {@code [from, to)}: a
   * separator as a pipe (a {@code \r\n} as a pipe and a blank), a break inside a cell as blanks.
   */
  private static void joinBlocks(SourceText lines, char[] out, byte[] marks, int from, int to) {
    for (int j = from; j < to; j++) {
      if (marks[j] == 0) {
        continue;
      }
      int end = lines.lineEnd(j);
      out[end] = marks[j] == CellBlocks.SEPARATOR ? '|' : ' ';
      if (lines.lineStart(j + 1) == end + 2) {
        out[end + 1] = ' ';
      }
    }
  }

  /** The most unit lines a cell written one unit a line may hold. */
  private static final int MAX_UNIT_LINES = 12;

  /**
   * Where row {@code row}, opening at line {@code i} of a table of {@code columns} columns, ends
   * when its unit cell (column {@code unit}) was written one unit a line: at the next row's number
   * (or a blank line, or the end of the lines) after more lines than columns, its last line not blank, every extra line after the unit
   * cell's first line the name of a unit (an organisation's ending, no sentence mark); those lines'
   * breaks are marked in {@code inner}. -1 when the row is not so written.
   */
  private static int unitLinesEnd(String f, LineList lines, boolean[] inner, int i, int row, int columns, int unit) {
    if (unit < 0) {
      return -1;
    }
    int count = lines.count();
    int first = i + unit;
    int j = first + 1;
    while (j < count && j - first <= MAX_UNIT_LINES && !isNumber(f, lines, j, row + 1) && isUnitLine(f, lines, j)) {
      j++;
    }
    int extra = j - first - 1;
    if (extra < 1 || !isUnitLine(f, lines, first)) {
      return -1;
    }
    int end = i + columns + extra;
    if (end > count || isBlank(f, lines, end - 1)
        || end < count && !isNumber(f, lines, end, row + 1) && !isBlank(f, lines, end)) {
      return -1;
    }
    for (int m = first; m < first + extra; m++) {
      inner[m] = true;
    }
    return end;
  }

  /** Whether line {@code j} holds nothing but blanks. */
  private static boolean isBlank(String f, LineList lines, int j) {
    return LineShapes.skipBlanks(f, lines.start(j), lines.end(j)) == lines.end(j);
  }

  /** Whether line {@code j} holds a unit's name alone: an organisation's ending, no sentence mark. */
  private static boolean isUnitLine(String f, LineList lines, int j) {
    int a = LineShapes.skipBlanks(f, lines.start(j), lines.end(j));
    int b = LineShapes.skipBlanksBack(f, a, lines.end(j));
    return a < b && b - a <= MAX_UNIT_NAME && !holdsSentenceMark(f, a, b)
        && OrganisationNames.endsAsOrganisation(f, a, b, true);
  }

  /** The longest line read as a unit's name in a cell written one unit a line. */
  private static final int MAX_UNIT_NAME = 20;

  /** The first unit column of the header of {@code columns} lines that opens at line {@code k}, or -1. */
  private static int unitColumn(String f, LineList lines, int k, int columns) {
    List<PipeCells.Cell> header = new ArrayList<>();
    for (int i = k; i < k + columns; i++) {
      int a = LineShapes.skipBlanks(f, lines.start(i), lines.end(i));
      header.add(new PipeCells.Cell(a, LineShapes.skipBlanksBack(f, a, lines.end(i))));
    }
    TaskTable table = TaskTable.header(f, header);
    if (table == null) {
      return -1;
    }
    for (int c = 0; c < columns; c++) {
      if (TaskTable.isUnitKey(table.key(c))) {
        return c;
      }
    }
    return -1;
  }

  /** Marks the lines {@code [from, to)} as cells of one row: each but the last ends with a separator. */
  private static void mark(boolean[] joins, int from, int to) {
    for (int j = from; j < to - 1; j++) {
      joins[j] = true;
    }
  }

  /**
   * Writes the marked separators of lines {@code [from, to)} as pipes (a marked line always has a
   * next line; a {@code \r\n} becomes a pipe and a blank).
   */
  private static void join(SourceText lines, char[] out, boolean[] joins, boolean[] inner, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!joins[j] && !inner[j]) {
        continue;
      }
      int end = lines.lineEnd(j);
      out[end] = inner[j] ? ' ' : '|';
      if (lines.lineStart(j + 1) == end + 2) {
        out[end + 1] = ' ';
      }
    }
  }

  /** Lines as the table finder reads them: a source's lines, or the cell paragraphs of a spaced copy. */
  private interface LineList {
    int count();

    /**
     * Whether an empty cell leaves no line at all (a copy one cell a paragraph), rather than a
     * blank line of its own, so that a last row may end before its trailing columns.
     */
    default boolean dropsEmptyCells() {
      return false;
    }

    int start(int k);

    int end(int k);
  }

  /** The source's own lines. */
  private record SourceLines(SourceText source) implements LineList {
    @Override
    public int count() {
      return source.lines();
    }

    @Override
    public int start(int k) {
      return source.lineStart(k);
    }

    @Override
    public int end(int k) {
      return source.lineEnd(k);
    }
  }

  /**
   * The lines from a line on of a table copied one cell a paragraph (each cell's line followed by
   * one blank line, {@code 序号⏎⏎主要工作任务⏎⏎责任单位⏎⏎1⏎⏎…}): every other source line, as long as
   * exactly one blank line stands between two of them.
   */
  private static final class Paragraphs implements LineList {
    private final int[] lines;
    private final SourceText source;

    private Paragraphs(int[] lines, SourceText source) {
      this.lines = lines;
      this.source = source;
    }

    /** The paragraphs from source line {@code k} on, or null when line {@code k} is not followed so. */
    static @Nullable Paragraphs from(String f, SourceText source, int k) {
      int count = source.lines();
      int[] lines = new int[Math.max(0, (count - k + 1) / 2)];
      int n = 0;
      int j = k;
      while (j < count && !isBlank(f, source, j) && n < lines.length) {
        lines[n++] = j;
        if (!(j + 2 < count && isBlank(f, source, j + 1) && !isBlank(f, source, j + 2))) {
          break;
        }
        j += 2;
      }
      return n > 1 ? new Paragraphs(java.util.Arrays.copyOf(lines, n), source) : null;
    }

    @Override
    public int count() {
      return lines.length;
    }

    @Override
    public boolean dropsEmptyCells() {
      return true;
    }

    @Override
    public int start(int k) {
      return source.lineStart(lines[k]);
    }

    @Override
    public int end(int k) {
      return source.lineEnd(lines[k]);
    }

    /** The source line of paragraph {@code k}. */
    int sourceLine(int k) {
      return lines[k];
    }

    /**
     * Writes the marked separators of the paragraphs {@code [0, to)}: the line break after the cell
     * a pipe, the blank line after it and the breaks around it blanks; a break marked in {@code
     * inner} (inside a header cell) and the breaks after it all blanks.
     */
    void join(String f, char[] out, boolean[] joins, boolean @Nullable [] inner, int to) {
      for (int j = 0; j < to; j++) {
        boolean within = inner != null && inner[j];
        if (!joins[j] && !within) {
          continue;
        }
        int end = end(j);
        out[end] = within ? ' ' : '|';
        for (int i = end + 1; i < start(j + 1); i++) {
          if (f.charAt(i) == '\n' || f.charAt(i) == '\r') {
            out[i] = ' ';
          }
        }
      }
    }

    private static boolean isBlank(String f, SourceText source, int k) {
      return LineShapes.skipBlanks(f, source.lineStart(k), source.lineEnd(k)) == source.lineEnd(k);
    }
  }

  /** Whether source line {@code i} holds the row number {@code number} alone. */
  static boolean isNumberLine(String f, SourceText source, int i, int number) {
    return isNumber(f, new SourceLines(source), i, number);
  }

  /** Whether line {@code i} holds the row number {@code number} alone. */
  private static boolean isNumber(String f, LineList lines, int i, int number) {
    if (i >= lines.count()) {
      return false;
    }
    int a = LineShapes.skipBlanks(f, lines.start(i), lines.end(i));
    int b = LineShapes.skipBlanksBack(f, a, lines.end(i));
    String digits = Integer.toString(number);
    return b - a == digits.length() && f.startsWith(digits, a);
  }

  private static boolean isNumberColumn(String f, int start, int end) {
    int a = LineShapes.skipBlanks(f, start, end);
    int b = LineShapes.skipBlanksBack(f, a, end);
    return a < b && FlatTable.couldOpenHeader(f.charAt(a)) && TableHeaders.field(f.substring(a, b)) == ColumnField.NUMBER;
  }

  /** Whether a compact line is a column's header word: a table header, a category column's or a note key, nothing added. */
  private static boolean isColumnWord(String compact) {
    if (TableHeaders.field(compact) != null || TaskTable.isYearColumn(compact) || TaskTable.isCategory(compact)) {
      return true;
    }
    NoteKeyReader.Match key = NoteKeyReader.at(compact, 0, compact.length());
    return key != null && key.end() == compact.length();
  }
}
