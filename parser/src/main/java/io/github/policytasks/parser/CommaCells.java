package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a spreadsheet saved as comma-separated text (annotation guide §6, Tables: a task
 * ledger exported from Excel as CSV, RFC 4180): cells parted by ASCII commas of the input; a cell
 * that opens with a double quote runs to the quote that closes it, commas, doubled quotes ({@code
 * ""}) and line breaks inside it included, so a quoted cell may run over up to {@value
 * #MAX_ROW_LINES} lines. The input's commas are read, not the folded text's, where a full-width
 * {@code ，} inside a cell folds to a comma too. A sheet's row with its first cell filled and only
 * empty cells after it ({@code 某县2025年重点工作任务台账,,,,,,}) is that cell's text. Stateless and
 * thread-safe.
 */
final class CommaCells {
  /** The most lines one row's quoted cells may run over. */
  static final int MAX_ROW_LINES = 20;
  /** The fewest commas closing a line that make it a sheet's row with one filled cell. */
  private static final int MIN_EMPTY_CELLS = 2;

  private CommaCells() {}

  /** The fewest cells of a comma-separated header that are a table header's word and nothing else. */
  private static final int MIN_HEADER_WORDS = 2;

  /**
   * Whether the cells read as a task table's header: a task-table header ({@link TaskTable#header})
   * in which at least {@value #MIN_HEADER_WORDS} cells are a header word and nothing else ({@code
   * 序号}, {@code 重点任务}, {@code 牵头单位}) and no cell holds a colon, so that a note's line with
   * half-width commas ({@code 责任单位:县财政局,县科学技术局,…}) opens no table.
   */
  static boolean isHeader(String folded, List<PipeCells.Cell> cells) {
    if (!TaskTable.holdsNumberOrKeyCell(folded, cells)) {
      return false;
    }
    int words = 0;
    for (PipeCells.Cell cell : cells) {
      String compact = PipeCells.compact(folded, cell);
      if (compact.indexOf(':') >= 0) {
        return false;
      }
      words += TableHeaders.field(compact) != null ? 1 : 0;
    }
    return words >= MIN_HEADER_WORDS && TaskTable.header(folded, cells) != null;
  }

  /** Whether an ASCII comma stands in the line's content in the input {@code text}. */
  static boolean holdsComma(String text, Line line) {
    return TextChars.indexOf(text, ',', line.contentStart(), line.contentEnd()) >= 0;
  }

  /**
   * Where the row that opens at {@code start} ends in the input {@code text}: at the first line
   * break outside a quoted cell, or at the end of the text; -1 when a quoted cell is still open
   * after {@value #MAX_ROW_LINES} lines or at the end of the text (an unpaired quote: no row of
   * quoted cells).
   */
  static int rowEnd(String text, int start) {
    int lines = 1;
    boolean quoted = false;
    boolean cellStart = true;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        } else if (TextChars.isLineBreak(c) && (c != '\r' || i + 1 >= text.length() || text.charAt(i + 1) != '\n')
            && ++lines > MAX_ROW_LINES) {
          return -1;
        }
      } else if (TextChars.isLineBreak(c)) {
        return i;
      } else if (c == ',') {
        cellStart = true;
      } else if (c == '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else if (!TextChars.isBlank(c)) {
        cellStart = false;
      }
    }
    return quoted ? -1 : text.length();
  }

  /**
   * The cells of the row {@code [start, end)} of the input {@code text}, empty ones included, each
   * without the blanks around it and, when quoted, without its quotes.
   */
  static List<PipeCells.Cell> split(String text, String folded, int start, int end) {
    List<PipeCells.Cell> cells = new ArrayList<>();
    int i = start;
    while (true) {
      int a = LineShapes.skipBlanks(folded, i, end);
      int cellEnd;
      int next;
      if (a < end && text.charAt(a) == '"') {
        int close = closingQuote(text, a + 1, end);
        int comma = TextChars.indexOf(text, ',', close, end);
        cellEnd = close;
        next = comma < 0 ? end : comma;
        a = LineShapes.skipBlanks(folded, a + 1, close);
      } else {
        int comma = TextChars.indexOf(text, ',', a, end);
        next = comma < 0 ? end : comma;
        cellEnd = next;
      }
      int b = LineShapes.skipBlanksBack(folded, a, cellEnd);
      cells.add(new PipeCells.Cell(a, Math.max(a, b)));
      if (next >= end) {
        return cells;
      }
      i = next + 1;
    }
  }

  /** The offset of the quote that closes a quoted cell opened before {@code from}, doubled quotes skipped; else {@code end}. */
  private static int closingQuote(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == '"') {
        if (i + 1 < end && text.charAt(i + 1) == '"') {
          i++;
        } else {
          return i;
        }
      }
    }
    return end;
  }

  /**
   * Where the text of a sheet's row with one filled cell ends ({@code 某县…台账,,,,,,}): before the
   * run of at least {@value #MIN_EMPTY_CELLS} commas (blanks between them allowed) that closes the
   * line's content in the input {@code text}; the content's end when no such run closes it.
   */
  static int filledEnd(String text, Line line) {
    int i = line.contentEnd();
    int commas = 0;
    while (i > line.contentStart() && (text.charAt(i - 1) == ',' || TextChars.isBlank(text.charAt(i - 1)))) {
      commas += text.charAt(i - 1) == ',' ? 1 : 0;
      i--;
    }
    return commas >= MIN_EMPTY_CELLS && i > line.contentStart() ? i : line.contentEnd();
  }
}
