package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.DocumentKinds;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Restores the paragraph breaks a copy lost in the front matter (annotation guide §6, lost line
 * breaks): a crawl that joins the notice, its signature and the plan title on one line keeps each
 * paragraph's indent of two or more ideographic spaces ({@code …贯彻落实。　　国务院办公厅　　2016年4月21日
 * 　　（此件公开发布）　　　　促进科技成果转移转化行动方案　　…}), and a document number runs straight
 * into the addressees ({@code 国办发〔2016〕28号各省、自治区…：}). A front line longer than a title
 * is cut at each such indent and after such a number, so the front matter read from the flat copy
 * is the one read from the original. Shorter lines are kept whole, but for the notice's signature
 * run into its neighbours ({@link #signatureCut}). Stateless and thread-safe.
 */
final class FrontLines {
  /** The longest document number read at the start of a run-on line. */
  private static final int MAX_NUMBER = 30;
  /** How many first lines may hold the notice heading. */
  private static final int MAX_HEADING_LINE = 6;
  /** The longest full date read ({@code 二〇二三年十二月三十一日}). */
  private static final int MAX_DATE = 12;
  /** The longest notice heading read from its {@code 关于}. */
  private static final int MAX_HEADING = 120;
  /** The longest addressees' line read after a notice heading run into it. */
  private static final int MAX_ADDRESSEES = 80;
  /** The longest title read after a date that runs into it. */
  private static final int MAX_TITLE = 60;
  /** The longest publication note read after a date ({@code (此件公开发布)}, {@code （此件主动公开）}). */
  private static final int MAX_PUBLICATION_NOTE = 12;

  private FrontLines() {}

  /**
   * The lines of {@code front} with the lines over {@code maxTitle} characters cut at paragraph
   * indents, {@code text} the input as given (its ideographic spaces intact) and {@code folded}
   * its folded form, offset for offset.
   */
  static List<Line> split(String text, String folded, List<Line> front, int maxTitle) {
    List<Line> out = new ArrayList<>(front.size());
    for (Line raw : front) {
      Line line = withoutClosingPipe(folded, raw);
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
    return signatureCut(folded, out);
  }

  /**
   * {@code line} without the lone pipe that closes it ({@code …关于印发…的通知 |}): a header table's
   * last cell the copy kept without its opening pipe; a line holding another pipe is kept whole.
   */
  private static Line withoutClosingPipe(String folded, Line line) {
    int e = line.contentEnd();
    if (e - line.contentStart() < 3 || folded.charAt(e - 1) != '|' || !TextChars.isBlank(folded.charAt(e - 2))
        || TextChars.indexOf(folded, '|', line.contentStart(), e - 1) >= 0) {
      return line;
    }
    return Line.of(folded, line.contentStart(), e - 1, e - 1);
  }

  /**
   * The lines with a notice's signature cut off the lines a copy ran it into (annotation guide
   * §6, lost line breaks): the issuer the heading names ({@code 某市人民政府办公室} of {@code
   * 某市人民政府办公室关于印发…的通知}) at the end of a line of text or right before a date ({@code
   * …实施方案某市人民政府办公室}, {@code …办公室2023年3月6日}) is a line of its own, and so is a date
   * that opens a line and runs into a title ({@code 2023年3月6日某市优化营商环境若干措施}); a heading
   * run into the addressees ends after its {@code 的通知} ({@link #headingEnd}), and the addressees
   * after their colon.
   */
  private static List<Line> signatureCut(String folded, List<Line> lines) {
    String issuer = headingIssuer(folded, lines);
    List<Line> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      Line line = lines.get(k);
      int s = line.contentStart();
      int e = line.contentEnd();
      int heading = k < MAX_HEADING_LINE ? headingEnd(folded, s, e) : -1;
      if (heading > s) {
        out.add(Line.of(folded, s, heading, heading));
        s = LineShapes.skipBlanks(folded, heading, e);
        int colon = TextChars.indexOf(folded, ':', s, e);
        if (colon > s && colon + 1 < e) {
          out.add(Line.of(folded, s, colon + 1, colon + 1));
          s = LineShapes.skipBlanks(folded, colon + 1, e);
        }
      }
      int addressed = heading < 0 && k <= MAX_HEADING_LINE ? addresseesEnd(folded, s, e) : -1;
      if (addressed > s) {
        out.add(Line.of(folded, s, addressed, addressed));
        s = LineShapes.skipBlanks(folded, addressed, e);
      }
      int at = issuer == null ? -1 : issuerStart(folded, issuer, s, e);
      if (at > s) {
        out.add(Line.of(folded, s, at, at));
        s = at;
      }
      int signed = at < 0 ? -1 : at + issuer.length();
      if (signed > at && signed < e && dateEnd(folded, signed, e) > 0) {
        out.add(Line.of(folded, s, signed, signed));
        s = signed;
      }
      int date = dateEnd(folded, s, e);
      if (date > 0 && date < e && isTitleText(folded, LineShapes.skipBlanks(folded, date, e), e)) {
        out.add(Line.of(folded, s, date, date));
        s = LineShapes.skipBlanks(folded, date, e);
      } else if (date > 0 && date < e) {
        s = closeRunOn(folded, out, s, date, e);
      }
      out.add(s == line.contentStart() ? line : Line.of(folded, s, e, e));
    }
    return out;
  }

  /**
   * Cuts the notice's close off a line a copy ran on past it, paragraphs parted by a blank only
   * (annotation guide §6, lost line breaks: {@code …办公室 2022年4月18日 (此件公开发布) 某某重点工作责任分解}):
   * after the date, a publication note ({@code 此件…} in brackets) and the plan title that ends the
   * line are lines of their own; nothing is cut when no title follows the note. Adds the cut lines to
   * {@code out} and returns where the rest of the line starts ({@code s} when nothing is cut).
   */
  private static int closeRunOn(String folded, List<Line> out, int s, int date, int e) {
    int note = LineShapes.skipBlanks(folded, date, e);
    int noteEnd = publicationNoteEnd(folded, note, e);
    int title = noteEnd > 0 ? LineShapes.skipBlanks(folded, noteEnd, e) : -1;
    int end = e;
    while (end > title && TextChars.isBlank(folded.charAt(end - 1))) {
      end--;
    }
    if (title < 0 || !isTitleText(folded, title, end) && !isYearTitleText(folded, title, end)) {
      return s;
    }
    out.add(Line.of(folded, s, date, date));
    out.add(Line.of(folded, note, noteEnd, noteEnd));
    return title;
  }

  /**
   * Where an addressees line that a copy ran into the notice's body ends ({@code 各镇人民政府,县政府各部门:
   * 《…》已经…}, paragraphs parted by a blank): right after its colon, when the line opens with
   * {@code 各}, the colon comes within {@value #MAX_ADDRESSEES} characters before any sentence's end
   * and a blank and more text follow it; else -1.
   */
  private static int addresseesEnd(String folded, int s, int e) {
    if (s >= e || folded.charAt(s) != '各') {
      return -1;
    }
    for (int i = s + 1; i < Math.min(e - 2, s + MAX_ADDRESSEES); i++) {
      char c = folded.charAt(i);
      if (c == ':') {
        return TextChars.isBlank(folded.charAt(i + 1)) && !TextChars.isBlank(folded.charAt(i + 2)) ? i + 1 : -1;
      }
      if ("。;!?".indexOf(c) >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [s, e)} reads as a plan title by its year ({@code 政府工作报告2022年重点工作责任分解}): at
   * most {@value #MAX_TITLE} characters opening with an ideograph and ending with one, naming a year,
   * without a clause's punctuation.
   */
  private static boolean isYearTitleText(String folded, int s, int e) {
    if (s >= e || e - s > MAX_TITLE || !TextChars.isIdeograph(folded.charAt(s))
        || !TextChars.isIdeograph(folded.charAt(e - 1))) {
      return false;
    }
    boolean year = false;
    for (int i = s; i < e; i++) {
      char c = folded.charAt(i);
      if ("。;:,、!?".indexOf(c) >= 0) {
        return false;
      }
      year |= c == '年' && i >= s + 4 && LineShapes.startsWithYear(folded, i - 4, e);
    }
    return year;
  }

  /** Where a publication note opening {@code [s, e)} ({@code (此件公开发布)}) ends, or -1. */
  private static int publicationNoteEnd(String folded, int s, int e) {
    if (s + 3 >= e || !TextChars.isOpenBracket(folded.charAt(s)) || !folded.startsWith("此件", s + 1)) {
      return -1;
    }
    for (int i = s + 3; i < Math.min(e, s + MAX_PUBLICATION_NOTE); i++) {
      if (TextChars.isCloseBracket(folded.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Where a notice heading that a copy ran into its addressees ends ({@code
   * …关于印发…的通知各县(市、区)人民政府,市政府各部门:现将…}): right after its {@code 的通知}, when the
   * line opens with the heading ({@code 关于} within its first {@value OrganisationNames#MAX_NAME}
   * characters) and the addressees follow, ending with a colon before any sentence's end; else -1.
   * A {@code 关于} inside a cited title ({@code 为贯彻落实《…关于印发…的通知》(…),…提出如下意见:}, a
   * preamble's first sentence) opens no heading.
   */
  private static int headingEnd(String folded, int s, int e) {
    int about = TextChars.indexOf(folded, "关于", s, Math.min(e, s + OrganisationNames.MAX_NAME + 1));
    int notice = about < 0 ? -1 : TextChars.indexOf(folded, "的通知", about, Math.min(e, about + MAX_HEADING));
    if (notice < 0 || notice + 3 >= e || TextChars.indexOf(folded, "《", s, about) >= 0
        || folded.charAt(notice + 3) == '》') {
      return -1;
    }
    int colon = TextChars.indexOf(folded, ':', notice + 3, Math.min(e, notice + 3 + MAX_ADDRESSEES));
    int stop = TextChars.indexOf(folded, '。', notice + 3, e);
    return colon > notice + 3 && (stop < 0 || stop > colon) ? notice + 3 : -1;
  }

  /**
   * The issuer a notice heading among the first lines names before {@code 关于} ({@code
   * 某市人民政府办公室关于印发…}), when it ends as an organisation's name; else null.
   */
  private static @Nullable String headingIssuer(String folded, List<Line> lines) {
    for (int k = 0; k < Math.min(lines.size(), MAX_HEADING_LINE); k++) {
      Line line = lines.get(k);
      int about = TextChars.indexOf(folded, "关于", line.contentStart(), line.contentEnd());
      if (about > line.contentStart() && about < line.contentEnd()
          && about - line.contentStart() <= OrganisationNames.MAX_NAME) {
        String issuer = folded.substring(line.contentStart(), about);
        if (OrganisationNames.endsAsOrganisation(folded, line.contentStart(), about, false)
            && issuer.indexOf(' ') < 0) {
          return issuer;
        }
      }
    }
    return null;
  }

  /**
   * Where {@code issuer} stands in {@code [s, e)} after other text, ending the line or followed by
   * a date; else -1.
   */
  private static int issuerStart(String folded, String issuer, int s, int e) {
    int at = TextChars.indexOf(folded, issuer, s, e);
    if (at < s || at + issuer.length() > e) {
      return -1;
    }
    int after = LineShapes.skipBlanks(folded, at + issuer.length(), e);
    return after == e || dateEnd(folded, after, e) > 0 ? at : -1;
  }

  /** Where a full date opening {@code [s, e)} ({@code 2023年3月6日}, {@code 二〇二三年三月六日}) ends, or -1. */
  static int dateEnd(String folded, int s, int e) {
    int i = LineShapes.skipBlanks(folded, s, e);
    if (i >= e || !TextChars.isDigit(folded.charAt(i)) && !ChineseNumerals.isNumeral(folded.charAt(i))) {
      return -1;
    }
    int day = TextChars.indexOf(folded, '日', i, Math.min(e, i + MAX_DATE));
    return day > i && DateReader.read(folded, i, day + 1) != null ? day + 1 : -1;
  }

  /**
   * Whether {@code [s, e)} reads as a plan's title: text without a clause's punctuation, no longer
   * than a title, ending with a word that names a kind of document ({@code document-kinds.txt}:
   * 措施, 方案, 要点…).
   */
  private static boolean isTitleText(String folded, int s, int e) {
    if (s >= e || e - s > MAX_TITLE || !TextChars.isIdeograph(folded.charAt(s))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if ("。;:,!?".indexOf(folded.charAt(i)) >= 0) {
        return false;
      }
    }
    return DocumentKinds.endsTitle(folded.substring(s, e));
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
