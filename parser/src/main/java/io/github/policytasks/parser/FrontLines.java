package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores the paragraph breaks a copy lost in the front matter (annotation guide §6, lost line
 * breaks): a crawl that joins the notice, its signature and the plan title on one line keeps each
 * paragraph's indent of two or more ideographic spaces ({@code …贯彻落实。　　国务院办公厅　　2016年4月21日
 * 　　（此件公开发布）　　　　促进科技成果转移转化行动方案　　…}), and a document number runs straight
 * into the addressees ({@code 国办发〔2016〕28号各省、自治区…：}). A front line longer than a title
 * is cut at each such indent and after such a number, so the front matter read from the flat copy
 * is the one read from the original. Shorter lines are kept whole. Stateless and thread-safe.
 */
final class FrontLines {
  /** The longest document number read at the start of a run-on line. */
  private static final int MAX_NUMBER = 30;

  private FrontLines() {}

  /**
   * The lines of {@code front} with the lines over {@code maxTitle} characters cut at paragraph
   * indents, {@code text} the input as given (its ideographic spaces intact) and {@code folded}
   * its folded form, offset for offset.
   */
  static List<Line> split(String text, String folded, List<Line> front, int maxTitle) {
    List<Line> out = new ArrayList<>(front.size());
    for (Line line : front) {
      if (line.length() <= maxTitle) {
        out.add(line);
        continue;
      }
      int from = line.contentStart();
      int i = from;
      while (i < line.contentEnd()) {
        if (text.charAt(i) == '\u3000' && i + 1 < line.contentEnd() && text.charAt(i + 1) == '\u3000') {
          int runEnd = i;
          while (runEnd < line.contentEnd() && TextChars.isBlank(folded.charAt(runEnd))) {
            runEnd++;
          }
          addPiece(folded, out, from, i);
          from = runEnd;
          i = runEnd;
        } else {
          i++;
        }
      }
      addPiece(folded, out, from, line.contentEnd());
    }
    return out;
  }

  /** Adds {@code [start, end)} as a line, cut after a document number that opens it. */
  private static void addPiece(String folded, List<Line> out, int start, int end) {
    if (start >= end) {
      return;
    }
    int numberEnd = openingNumberEnd(folded, start, end);
    if (numberEnd > start && numberEnd < end) {
      out.add(Line.of(folded, start, numberEnd, numberEnd));
      out.add(Line.of(folded, numberEnd, end, end));
    } else {
      out.add(Line.of(folded, start, end, end));
    }
  }

  /** Where a document number opening {@code [start, end)} ends ({@code 国办发〔2016〕28号}), or -1. */
  private static int openingNumberEnd(String folded, int start, int end) {
    int limit = Math.min(end, start + MAX_NUMBER);
    int close = -1;
    for (int i = start; i < limit && close < 0; i++) {
      char c = folded.charAt(i);
      if (c == '〔' || c == '[') {
        close = i;
      } else if (!TextChars.isIdeograph(c)) {
        return -1;
      }
    }
    if (close < 0) {
      return -1;
    }
    for (int i = close; i < limit; i++) {
      if (folded.charAt(i) == '号') {
        String number = folded.substring(start, i + 1).replace(" ", "");
        return ReferenceReader.isDocumentNumber(number) ? i + 1 : -1;
      }
    }
    return -1;
  }
}
