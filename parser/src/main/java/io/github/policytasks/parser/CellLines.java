package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * A task table that a copy of a web page gives one cell a line (annotation guide §6, Tables;
 * Lost line breaks): its header is a run of lines that each hold one column word, a number column
 * first ({@code 序号⏎重点任务⏎牵头单位⏎完成时限}), read as a task-table header ({@link
 * TaskTable#header}); then come its rows, each opening with a line that holds its number alone
 * ({@code 1}, {@code 2}, …) and running to the next such line (a blank line in a row is an empty
 * cell); the last row holds as many lines as the header. The line breaks inside the header and
 * inside each row are cell separators: {@link #joined} writes them as pipes ({@code \r\n} as a
 * pipe and a blank), so the folded text keeps its length and every offset, and the table reads as
 * a pipe table. Stateless and thread-safe.
 */
final class CellLines {
  /** The fewest column lines of a header. */
  private static final int MIN_COLUMNS = 3;
  /** The most column lines of a header. */
  private static final int MAX_COLUMNS = 16;
  /** The longest column word a header's line may hold. */
  private static final int MAX_WORD = 12;

  private CellLines() {}

  /** {@code f} with the cell separators of each table laid out one cell a line written as pipes; {@code f} itself when it holds none. */
  static String joined(String f) {
    List<int[]> lines = null;
    char[] out = null;
    int start = 0;
    int length = f.length();
    while (start < length) {
      int end = lineEnd(f, start);
      if (end - start <= MAX_WORD && isNumberColumn(f, start, end)) {
        if (lines == null) {
          lines = lines(f);
        }
        int k = indexOf(lines, start);
        int tableEnd = k < 0 ? -1 : table(f, lines, k);
        if (tableEnd > k) {
          if (out == null) {
            out = f.toCharArray();
          }
          join(f, out, lines, k, tableEnd);
          start = next(f, lines.get(tableEnd - 1)[1]);
          continue;
        }
        List<int[]> paragraphs = k < 0 ? List.of() : paragraphs(f, lines, k);
        int paragraphEnd = paragraphs.isEmpty() ? -1 : table(f, paragraphs, 0);
        if (paragraphEnd > 0) {
          if (out == null) {
            out = f.toCharArray();
          }
          joinParagraphs(f, out, paragraphs, paragraphEnd);
          start = next(f, paragraphs.get(paragraphEnd - 1)[1]);
          continue;
        }
      }
      start = next(f, end);
    }
    return out == null ? f : new String(out);
  }

  /**
   * Where the table whose header opens at line {@code k} ends (the index after its last line, its
   * header's and rows' cell separators marked in {@code lines} as joins), or -1 when no such table
   * opens there.
   */
  private static int table(String f, List<int[]> lines, int k) {
    List<PipeCells.Cell> header = new ArrayList<>();
    int i = k;
    while (i < lines.size() && header.size() < MAX_COLUMNS) {
      int[] line = lines.get(i);
      int a = LineShapes.skipBlanks(f, line[0], line[1]);
      int b = LineShapes.skipBlanksBack(f, a, line[1]);
      if (a == b || b - a > MAX_WORD || !isColumnWord(LineShapes.compact(f, a, b))) {
        break;
      }
      header.add(new PipeCells.Cell(a, b));
      i++;
    }
    int columns = header.size();
    if (columns < MIN_COLUMNS || TaskTable.header(f, header) == null || !isNumber(f, lines, i, 1)) {
      return -1;
    }
    mark(lines, k, i);
    int row = 1;
    while (i < lines.size() && isNumber(f, lines, i, row)) {
      int next = -1;
      for (int j = i + 1; j < lines.size() && j - i <= columns; j++) {
        if (j - i >= columns - 1 && isNumber(f, lines, j, row + 1)) {
          next = j;
          break;
        }
      }
      int rowEnd = next >= 0 ? next : Math.min(lines.size(), i + columns);
      if (next < 0 && rowEnd - i < columns - 1) {
        break;
      }
      mark(lines, i, rowEnd);
      i = rowEnd;
      row++;
      if (next < 0) {
        break;
      }
    }
    return row > 1 ? i : -1;
  }

  /** Marks the lines {@code [from, to)} as cells of one row: each but the last ends with a separator. */
  private static void mark(List<int[]> lines, int from, int to) {
    for (int j = from; j < to - 1; j++) {
      lines.get(j)[2] = 1;
    }
  }

  /** Writes the marked separators of lines {@code [from, to)} as pipes. */
  private static void join(String f, char[] out, List<int[]> lines, int from, int to) {
    for (int j = from; j < to; j++) {
      int[] line = lines.get(j);
      if (line[2] != 1) {
        continue;
      }
      int end = line[1];
      boolean crlf = end + 1 < f.length() && f.charAt(end) == '\r' && f.charAt(end + 1) == '\n';
      if (end < f.length()) {
        out[end] = '|';
      }
      if (crlf) {
        out[end + 1] = ' ';
      }
    }
  }

  /**
   * The lines from line {@code k} on of a table copied one cell a paragraph (each cell's line
   * followed by one blank line, {@code 序号⏎⏎主要工作任务⏎⏎责任单位⏎⏎1⏎⏎…}): every other line, as long
   * as exactly one blank line stands between two of them; empty when line {@code k} is not followed
   * so. Each holds, as its fourth value, where the next one starts.
   */
  private static List<int[]> paragraphs(String f, List<int[]> lines, int k) {
    List<int[]> paragraphs = new ArrayList<>();
    int j = k;
    while (j < lines.size() && !isBlank(f, lines.get(j))) {
      int[] line = lines.get(j);
      paragraphs.add(new int[] {line[0], line[1], 0, -1});
      boolean spaced = j + 2 < lines.size() && isBlank(f, lines.get(j + 1)) && !isBlank(f, lines.get(j + 2));
      if (!spaced) {
        break;
      }
      paragraphs.get(paragraphs.size() - 1)[3] = lines.get(j + 2)[0];
      j += 2;
    }
    return paragraphs.size() > 1 ? paragraphs : List.of();
  }

  /**
   * Writes the marked separators of the paragraphs {@code [0, to)} as a pipe and blanks: the line
   * break after the cell a pipe, the blank line after it and its break blanks.
   */
  private static void joinParagraphs(String f, char[] out, List<int[]> paragraphs, int to) {
    for (int j = 0; j < to; j++) {
      int[] cell = paragraphs.get(j);
      if (cell[2] != 1) {
        continue;
      }
      out[cell[1]] = '|';
      for (int i = cell[1] + 1; i < cell[3]; i++) {
        if (f.charAt(i) == '\n' || f.charAt(i) == '\r') {
          out[i] = ' ';
        }
      }
    }
  }

  private static boolean isBlank(String f, int[] line) {
    return LineShapes.skipBlanks(f, line[0], line[1]) == line[1];
  }

  /** Whether line {@code i} holds the row number {@code number} alone. */
  private static boolean isNumber(String f, List<int[]> lines, int i, int number) {
    if (i >= lines.size()) {
      return false;
    }
    int[] line = lines.get(i);
    int a = LineShapes.skipBlanks(f, line[0], line[1]);
    int b = LineShapes.skipBlanksBack(f, a, line[1]);
    String digits = Integer.toString(number);
    return b - a == digits.length() && f.startsWith(digits, a);
  }

  private static boolean isNumberColumn(String f, int start, int end) {
    int a = LineShapes.skipBlanks(f, start, end);
    int b = LineShapes.skipBlanksBack(f, a, end);
    return a < b && FlatTable.couldOpenHeader(f.charAt(a)) && TableHeaders.field(f.substring(a, b)) == ColumnField.NUMBER;
  }

  /** Whether a compact line is a column's header word: a table header or a note key, nothing added. */
  private static boolean isColumnWord(String compact) {
    if (TableHeaders.field(compact) != null || TaskTable.isYearColumn(compact)) {
      return true;
    }
    NoteKeyReader.Match key = NoteKeyReader.at(compact, 0, compact.length());
    return key != null && key.end() == compact.length();
  }

  /** Each line as {start, end, joined}: its content's range, and whether its line break separates cells. */
  private static List<int[]> lines(String f) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= f.length()) {
      int end = lineEnd(f, start);
      lines.add(new int[] {start, end, 0});
      if (end >= f.length()) {
        break;
      }
      start = next(f, end);
    }
    return lines;
  }

  private static int indexOf(List<int[]> lines, int start) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = lines.get(mid)[0];
      if (s == start) {
        return mid;
      }
      if (s < start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** Where the line that starts at {@code start} ends (before its {@code \r\n}, {@code \n} or {@code \r}). */
  private static int lineEnd(String f, int start) {
    int i = start;
    while (i < f.length() && f.charAt(i) != '\n' && f.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Where the next line starts after a line that ends at {@code end}. */
  private static int next(String f, int end) {
    if (end >= f.length()) {
      return f.length() + 1;
    }
    return f.charAt(end) == '\r' && end + 1 < f.length() && f.charAt(end + 1) == '\n' ? end + 2 : end + 1;
  }
}
