package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task table a portal's page gives with its cells parted by one blank each (annotation guide §6,
 * Tables; Lost line breaks; tables parted by tabs or aligned by runs of blanks have rules of their
 * own): a header line of column words parted so, a number column first ({@code 序号 重点工作任务 主要责任单位 协同配合单位}), then rows that each open with their row number
 * and a blank ({@code 1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,…}), section rows ({@code
 * 一、…}) between them. A cell the page broke over lines leaves a row whose first line holds fewer
 * cells than the header: the lines after it, up to the next row, fill the missing cells from the
 * last one back (the row's last line is its last cell), and any line more continues the first
 * line's last cell ({@code 2 一般公共预算收入增长5%左右。 区财政局⏎区税务局⏎区政府有关部门,…}: the lead cell
 * holds 区财政局 and 区税务局). {@link #join} writes the blanks that part cells and the breaks between
 * cells as pipes, and the breaks inside a cell as blanks, so the table reads as a pipe table,
 * every offset kept. A row with more blank-parted pieces than the header has columns ends the
 * table. Stateless and thread-safe.
 */
final class BlankPartedCells {
  /** The fewest columns of a header. */
  private static final int MIN_COLUMNS = 3;
  /** The most columns of a header. */
  private static final int MAX_COLUMNS = 12;
  /** The longest column word. */
  private static final int MAX_WORD = 12;
  /** The longest number column's word ({@code 序号}, {@code 项次}). */
  private static final int MAX_NUMBER_WORD = 4;

  private BlankPartedCells() {}

  /** Whether line {@code k} of {@code source} opens with a number column's word and a blank: such a table may open there. */
  static boolean opensTable(String f, SourceText source, int k) {
    int end = source.lineEnd(k);
    int a = LineShapes.skipBlanks(f, source.lineStart(k), end);
    if (a >= end || !FlatTable.couldOpenHeader(f.charAt(a))) {
      return false;
    }
    int q = a;
    while (q < end && q - a <= MAX_NUMBER_WORD && !TextChars.isBlank(f.charAt(q))) {
      q++;
    }
    return q < end && TextChars.isBlank(f.charAt(q)) && TableHeaders.field(f.substring(a, q)) == ColumnField.NUMBER;
  }

  /**
   * Writes the cell separators of the table whose header is line {@code k} into {@code out} (a copy
   * of {@code f}; null to find the table's end only), and returns the index of the line after its
   * last row; {@code k} when no such table opens there (a header whose words are not a task
   * table's, or no row under it), {@code out} then untouched.
   */
  static int join(String f, SourceText source, char @Nullable [] out, int k) {
    if (!plain(f, source, k)) {
      return k;
    }
    List<PipeCells.Cell> header = pieces(f, source.lineStart(k), source.lineEnd(k));
    int columns = header.size();
    if (columns < MIN_COLUMNS || columns > MAX_COLUMNS || !allWords(header) || !singleBlanks(source.text(), header)
        || TaskTable.header(f, header) == null) {
      return k;
    }
    int count = source.lines();
    List<int[]> rows = new ArrayList<>();
    int i = k + 1;
    int number = -1;
    while (i < count) {
      if (isSectionRow(f, source, i)) {
        i++;
        continue;
      }
      int opened = rowNumber(f, source, i);
      if (opened < 0 || number >= 0 && opened != number + 1 || !plain(f, source, i)
          || pieces(f, source.lineStart(i), source.lineEnd(i)).size() > columns) {
        break;
      }
      int end = i + 1;
      while (end < count && end - i <= columns && !isBlankLine(f, source, end) && !isSectionRow(f, source, end)
          && rowNumber(f, source, end) != opened + 1) {
        end++;
      }
      if (end - i > columns) {
        break;
      }
      rows.add(new int[] {i, end});
      number = opened;
      i = end;
    }
    if (rows.isEmpty()) {
      return k;
    }
    int tableEnd = rows.get(rows.size() - 1)[1];
    if (out != null) {
      separate(f, out, header);
      for (int[] row : rows) {
        joinRow(f, source, out, row[0], row[1], columns);
      }
    }
    return tableEnd;
  }

  /** Writes the separators of the row on lines {@code [from, to)} of a table of {@code columns} columns. */
  private static void joinRow(String f, SourceText source, char[] out, int from, int to, int columns) {
    List<PipeCells.Cell> first = pieces(f, source.lineStart(from), source.lineEnd(from));
    separate(f, out, first);
    int more = to - from - 1;
    int missing = columns - first.size();
    int inside = Math.max(0, more - missing);
    for (int j = from; j < to - 1; j++) {
      writeBreak(source, out, j, j - from < inside ? ' ' : '|');
    }
  }

  /** Writes the first blank between each two of {@code cells} as a pipe. */
  private static void separate(String f, char[] out, List<PipeCells.Cell> cells) {
    for (int c = 1; c < cells.size(); c++) {
      out[cells.get(c - 1).end()] = '|';
    }
  }

  /** Writes the line break after line {@code j} as {@code mark}, a {@code \r\n}'s second char as a blank. */
  private static void writeBreak(SourceText source, char[] out, int j, char mark) {
    int end = source.lineEnd(j);
    int next = source.lineStart(j + 1);
    out[end] = mark;
    for (int p = end + 1; p < next; p++) {
      out[p] = ' ';
    }
  }

  /** The row number line {@code i} opens with, followed by a blank and more, or -1. */
  private static int rowNumber(String f, SourceText source, int i) {
    int start = source.lineStart(i);
    int end = source.lineEnd(i);
    int a = LineShapes.skipBlanks(f, start, end);
    int p = a;
    while (p < end && p - a < 4 && f.charAt(p) >= '0' && f.charAt(p) <= '9') {
      p++;
    }
    if (p == a || p >= end || !TextChars.isBlank(f.charAt(p)) || LineShapes.skipBlanks(f, p, end) == end) {
      return -1;
    }
    return Integer.parseInt(f.substring(a, p));
  }

  /**
   * Whether line {@code i} holds no pipe and no tab as the input wrote it (folding writes a tab as a
   * blank): a line of another table layout is none of this one.
   */
  private static boolean plain(String f, SourceText source, int i) {
    String text = source.text();
    for (int p = source.lineStart(i); p < source.lineEnd(i); p++) {
      char c = text.charAt(p);
      if (c == '|' || c == '｜' || c == '\t' || f.charAt(p) == '|') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSectionRow(String f, SourceText source, int i) {
    Label label = LineShapes.label(f, Line.of(f, source.lineStart(i), source.lineEnd(i), source.lineEnd(i)));
    return label != null && (label.kind() == Label.Kind.SECTION || label.kind() == Label.Kind.CHAPTER);
  }

  private static boolean isBlankLine(String f, SourceText source, int i) {
    return LineShapes.skipBlanks(f, source.lineStart(i), source.lineEnd(i)) == source.lineEnd(i);
  }

  /**
   * Whether one plain blank parts each two of {@code cells}: a table parted by tabs or aligned by
   * runs of blanks (a PDF's copy) is read by the rules for those layouts, whose cells may hold blanks.
   */
  private static boolean singleBlanks(String text, List<PipeCells.Cell> cells) {
    for (int c = 1; c < cells.size(); c++) {
      int gap = cells.get(c).start() - cells.get(c - 1).end();
      char blank = text.charAt(cells.get(c - 1).end());
      if (gap != 1 || blank != ' ' && blank != '\u3000') {
        return false;
      }
    }
    return true;
  }

  private static boolean allWords(List<PipeCells.Cell> cells) {
    for (PipeCells.Cell cell : cells) {
      if (cell.end() - cell.start() > MAX_WORD) {
        return false;
      }
    }
    return true;
  }

  /** The blank-parted pieces of {@code [start, end)}, each without blanks. */
  private static List<PipeCells.Cell> pieces(String f, int start, int end) {
    List<PipeCells.Cell> cells = new ArrayList<>();
    int p = LineShapes.skipBlanks(f, start, end);
    while (p < end) {
      int q = p;
      while (q < end && !TextChars.isBlank(f.charAt(q))) {
        q++;
      }
      cells.add(new PipeCells.Cell(p, q));
      p = LineShapes.skipBlanks(f, q, end);
    }
    return cells;
  }
}
