package io.github.policytasks.parser;

import io.github.policytasks.core.Notice;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.metrics.lexicon.DocumentKinds;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Letterheads;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads what stands before the first section or task: the covering notice (its heading {@code
 * 关于印发《…》的通知}, document number, addressees line ending in a colon, body, signing office,
 * date and publication note {@code (此件公开发布)}), the plan's own title line (or, in a notice that
 * is the whole document and cites no plan — a division notice {@code 关于落实…分工的通知} — the
 * notice's heading), and the preamble with the documents it cites. Works on the non-blank lines of that stretch, header rows and page
 * furniture already removed. Not thread-safe: one reader serves one parse.
 */
final class FrontMatterReader {
  private static final int MAX_TITLE = 120;
  /** The most lines a title written at the top over its document number runs to. */
  private static final int MAX_TITLE_LINES = 3;
  private static final int MAX_ISSUER_LINES = 3;
  /** The validity marks a site prints under a document's heading ({@code 已失效}, {@code 现行有效}). */
  private static final WordTable<Boolean> VALIDITY_MARKS = WordLists.table("validity-marks.txt");
  /** The words that end a plan title of the genre ({@code …重点工作任务}, {@code …工作要点}). */
  static final String[] GENRE_WORDS = {"任务", "方案", "要点", "计划", "清单", "分工", "安排", "措施", "责任", "细则"};

  /**
   * What the front matter holds: the notice, the plan title and where its line stands, the title
   * the notice cites, the stretches that may cite documents, and where the preamble (the lines
   * after the title) starts.
   */
  record FrontMatter(
      @Nullable Notice notice,
      @Nullable String title,
      @Nullable Line titleLine,
      @Nullable String noticeTitleCitation,
      @Nullable String documentNumber,
      List<int[]> citingRanges,
      int preambleFrom,
      boolean newsCopy) {}

  private final SourceText source;
  private final String f;
  private final List<Line> lines;

  /** Where reading goes on: the index of the next unread line. */
  private int next;
  /** The last line of the plan title, where the title runs over several lines; else -1. */
  private int titleLast = -1;
  /** The document number stated under the heading or the title, or null. */
  private @Nullable String documentNumber;
  private final List<int[]> citingRanges = new ArrayList<>();

  FrontMatterReader(SourceText source, String folded, List<Line> lines) {
    this.source = source;
    this.f = folded;
    this.lines = FrontLines.split(source.text(), folded, lines, MAX_TITLE);
  }

  FrontMatter read() {
    int titleIndex = noticeTitleIndex();
    Notice notice = null;
    String citation = null;
    String heading = null;
    if (titleIndex >= 0) {
      int headingEnd = noticeHeadingEnd(titleIndex);
      heading = joined(titleIndex, headingEnd);
      citation = innerCitation(heading);
      notice = readNotice(titleIndex, headingEnd, heading, citation);
    } else if (!lines.isEmpty() && addressees(0) != null) {
      notice = readHeadlessNotice(0);
      citation = notice == null ? null : openingCitation(notice.body());
    } else if (lines.size() > 1 && isDocumentNumberLine(lines.get(0)) && addressees(1) != null) {
      documentNumber = text(lines.get(0));
      notice = readHeadlessNotice(1);
      citation = notice == null ? null : openingCitation(notice.body());
    }
    skipAttachmentLines();
    int titleAt = titleIndex >= 0 || notice != null ? titleAfterNotice(citation) : titleWithoutNotice();
    String title = null;
    Line titleLine = null;
    if (titleAt >= 0) {
      int last = titleLast >= 0 ? titleLast : titleAt;
      if (isPeriodLine(last + 1)) {
        last++;
        next = Math.max(next, last + 1);
      }
      titleLine = lines.get(titleAt);
      title = last > titleAt ? joined(titleAt, last) : planTitle(titleLine);
      if (last > titleAt) {
        Line end = lines.get(last);
        titleLine = new Line(titleLine.start(), end.end(), end.next(), titleLine.contentStart(), end.contentEnd());
      }
    }
    if (title == null && heading != null) {
      String forwarded = citation != null || notice == null ? null : forwardedCitation(notice.body());
      title = citation != null ? citation : forwarded != null ? forwarded : heading;
    }
    if (title == null && notice != null) {
      title = firstAttachmentTitle();
    }
    String inFull = notice == null ? fullTextCitation() : null;
    boolean newsCopy = inFull != null && (title == null || title.contains("《" + inFull + "》"));
    if (newsCopy) {
      title = inFull;
    }
    if (next < lines.size()) {
      citingRanges.add(new int[] {lines.get(next).contentStart(), lines.get(lines.size() - 1).contentEnd()});
    }
    return new FrontMatter(notice, title, titleLine, citation, documentNumber, citingRanges, next, newsCopy);
  }

  /**
   * A notice whose heading the copy lost, read from its addressees line on the first line ({@code
   * 各市人民政府…：}) when its body closes with a signature date among the front lines; null (and
   * nothing read) otherwise.
   */
  private @Nullable Notice readHeadlessNotice(int first) {
    String addressees = addressees(first);
    NoticeClose close = noticeClose(first + 1, null);
    if (close.date() == null && (close.body() == null || openingCitation(close.body()) == null
        || !close.body().contains("印发"))) {
      citingRanges.clear();
      return null;
    }
    next = close.lastLine() + 1;
    return Notice.builder()
        .addressees(addressees)
        .body(close.body())
        .issuer(close.issuer())
        .date(close.date())
        .publicationNote(close.publication())
        .span(SourceSpan.of(lines.get(first).contentStart(), lines.get(next - 1).contentEnd()))
        .build();
  }

  /**
   * The title a notice body opens by citing ({@code 《X》已经省政府同意，现印发给你们}), or the one it
   * forwards after {@code 现将} ({@code 为贯彻落实《…》…，现将 《X》(以下简称《方案》)印发给你们}), or null.
   */
  private static @Nullable String openingCitation(@Nullable String body) {
    if (body == null) {
      return null;
    }
    int open = 0;
    if (!body.startsWith("《")) {
      int now = body.indexOf("现将");
      open = now < 0 ? -1 : skipSpaces(body, now + 2);
      if (open < 0 || open >= body.length() || body.charAt(open) != '《') {
        return null;
      }
    }
    int close = body.indexOf('》', open);
    return close > open + 1 ? body.substring(open + 1, close).strip() : null;
  }

  /**
   * The title of the plan a notice's body forwards when its heading cites none ({@code 关于印发X的通知}
   * over {@code 《X》已经市政府同意，现印发给你们}, {@code 关于分解落实…的通知} over {@code 现将《X》印发给你们}):
   * the body's {@link #openingCitation opening citation} when the body says it is issued (印发), else
   * null. A page that carries the notice alone is the plan that notice forwards.
   */
  private static @Nullable String forwardedCitation(@Nullable String body) {
    String cited = openingCitation(body);
    return cited != null && !cited.isEmpty() && body.contains("印发") && isForwarded(body, cited) ? cited : null;
  }

  /** The words that may follow a forwarded title's {@code 》} ({@code 印发}, {@code 已经}…). */
  private static final WordTable<Boolean> FORWARDING = WordLists.table("forwarding-words.txt");

  /**
   * Whether the body's citation of {@code cited} is itself what the body forwards: after its
   * {@code 》} (and a bracketed remark, {@code （以下简称《方案》）}) come a word of {@code
   * forwarding-words.txt} or another citation of a list ({@code 《X》《Y》印发}, {@code 《X》、《Y》}),
   * and {@code 印发} follows in the same sentence; not more of the object ({@code
   * 现将《政府工作报告》2023年6个方面243项工作任务予以分解印发}, whose citation names the source of the
   * tasks forwarded), nor a report approved in a sentence of its own ({@code 《政府工作报告》已经…审议通过。}).
   */
  private static boolean isForwarded(String body, String cited) {
    int open = body.indexOf("《" + cited);
    int close = open < 0 ? -1 : body.indexOf('》', open);
    if (close < 0) {
      return false;
    }
    int i = skipSpaces(body, close + 1);
    if (i < body.length() && TextChars.isOpenBracket(body.charAt(i))) {
      int end = i + 1;
      while (end < body.length() && !TextChars.isCloseBracket(body.charAt(end))) {
        end++;
      }
      i = skipSpaces(body, end + 1);
    }
    if (i >= body.length()) {
      return false;
    }
    char c = body.charAt(i);
    boolean forwarded = c == '《' || c == '、' || c == '和' || FORWARDING.matchAt(body, i, body.length()) != null;
    int issued = body.indexOf("印发", i);
    int stop = body.indexOf('。', i);
    return forwarded && issued >= 0 && (stop < 0 || issued < stop);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && TextChars.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether line {@code i} is a plan period alone in brackets ({@code （2021-2025年）}), part of the title above. */
  private boolean isPeriodLine(int i) {
    if (i >= lines.size()) {
      return false;
    }
    Line line = lines.get(i);
    String compact = LineShapes.compact(f, line);
    if (compact.length() < 6 || compact.length() > 16 || !TextChars.isOpenBracket(compact.charAt(0))
        || !TextChars.isCloseBracket(compact.charAt(compact.length() - 1))) {
      return false;
    }
    return PlanDraft.yearOf(compact.substring(1, compact.length() - 1)) != null
        && compact.charAt(compact.length() - 2) == '年';
  }

  /**
   * The last line of the notice heading: the line itself, or the line within {@value
   * #MAX_HEADING_LINES} where {@code 通知} closes a heading broken over lines ({@link #headingCloseAfter}).
   */
  private int noticeHeadingEnd(int titleIndex) {
    Line line = lines.get(titleIndex);
    if (contains(line, "通知") || isReportNotice(line) || titleIndex + 1 >= lines.size()) {
      int repeat = contains(line, "通知") ? repeatedHeadingEnd(titleIndex) : -1;
      return repeat >= 0 ? repeat : titleIndex;
    }
    int close = headingCloseAfter(titleIndex);
    return close >= 0 ? close : titleIndex + 1;
  }

  /**
   * The last of the lines after the heading line {@code i} that repeat it broken over lines (a
   * page title line, then the document's own heading over up to {@value #MAX_HEADING_LINES} lines:
   * {@code 江政办〔2020〕2 号 区人民政府办公室关于印发…方案的通知} over {@code 区人民政府办公室关于印发2020年区政府} /
   * {@code 工作报告确定的…责任分解} / {@code 方案的通知}): their text joined, blanks aside, ends the
   * heading line's text; -1 when no lines do.
   */
  private int repeatedHeadingEnd(int i) {
    String heading = LineShapes.compact(f, lines.get(i).contentStart(), lines.get(i).contentEnd());
    StringBuilder joined = new StringBuilder();
    for (int j = i + 1; j < Math.min(lines.size(), i + 1 + MAX_HEADING_LINES); j++) {
      Line line = lines.get(j);
      joined.append(LineShapes.compact(f, line.contentStart(), line.contentEnd()));
      if (!heading.contains(joined)) {
        return -1;
      }
      if (endsWithText(line, "通知")) {
        return joined.length() >= MIN_REPEATED_HEADING && heading.endsWith(joined.toString()) ? j : -1;
      }
    }
    return -1;
  }

  /** The fewest characters a repeated heading holds. */
  private static final int MIN_REPEATED_HEADING = 10;

  /** The most lines a notice heading broken over lines takes ({@code …关于印发某省 / 进一步… / 实施方案的通知}). */
  private static final int MAX_HEADING_LINES = 3;

  /**
   * The line after {@code i}, within {@value #MAX_HEADING_LINES} lines from it, that ends with
   * {@code 通知} and so closes the heading {@code i} opens; -1 when a line before it ends a sentence
   * ({@code 。}) or addresses the notice ({@code ：}), or none does.
   */
  private int headingCloseAfter(int i) {
    for (int j = i + 1; j < Math.min(lines.size(), i + MAX_HEADING_LINES); j++) {
      Line line = lines.get(j);
      if (contains(line, "。") || endsWith(line, ':')) {
        return -1;
      }
      if (endsWithText(line, "通知")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether {@code line} heads a 通报 that covers a report on a plan's tasks ({@code
   * 某区人民政府办公室关于2024年重点工作任务完成情况的通报}): a notice like {@code 关于…的通知}, whose
   * attached report carries the plan's title.
   */
  private boolean isReportNotice(Line line) {
    return contains(line, "关于") && endsWithText(line, "的通报");
  }

  /** The notice from its heading on: number, addressees, body, signature, date and publication note. */
  private Notice readNotice(int titleIndex, int headingEnd, String heading, @Nullable String citation) {
    int k = headingEnd + 1;
    LocalDate numberDate = null;
    if (k < lines.size() && isDocumentNumberLine(lines.get(k))) {
      documentNumber = text(lines.get(k));
      k++;
    } else if (k < lines.size() && (numberDate = datedNumber(lines.get(k))) != null) {
      k++;
    }
    while (k < lines.size() && isValidityMark(lines.get(k))) {
      k++;
    }
    String addressees = addressees(k);
    if (addressees != null) {
      k++;
    }
    NoticeClose close = noticeClose(k, citation);
    next = Math.max(close.lastLine(), headingEnd) + 1;
    return Notice.builder()
        .title(heading)
        .addressees(addressees)
        .body(close.body())
        .issuer(close.issuer())
        .date(close.date() != null ? close.date() : numberDate)
        .publicationNote(close.publication())
        .span(SourceSpan.of(lines.get(titleIndex).contentStart(), lines.get(next - 1).contentEnd()))
        .build();
  }

  /** How a notice ends: its body, signing office, date, publication note and last line. */
  private record NoticeClose(@Nullable String body, @Nullable String issuer, @Nullable LocalDate date,
      @Nullable String publication, int lastLine) {}

  /** The addressees line at {@code k} ({@code 各镇人民政府…:} or {@code 主送：…}), or null. */
  private @Nullable String addressees(int k) {
    if (k >= lines.size()) {
      return null;
    }
    Line line = lines.get(k);
    if (endsWith(line, ':') && !contains(line, "。")) {
      return text(line.contentStart(), line.contentEnd() - 1).strip();
    }
    if (startsWith(line, "主送")) {
      int colon = TextChars.indexOf(f, ':', line.contentStart(), Math.min(line.contentEnd(), line.contentStart() + 4));
      if (colon > 0) {
        int end = line.contentEnd();
        while (end > colon + 1 && "。.;".indexOf(f.charAt(end - 1)) >= 0) {
          end--;
        }
        return text(LineShapes.skipBlanks(f, colon + 1, end), end);
      }
    }
    return null;
  }

  /** The notice's body and close, from line {@code k}: up to its date line, or one body line. */
  private NoticeClose noticeClose(int k, @Nullable String citation) {
    int n = lines.size();
    for (int d = k; d < n; d++) {
      if (dateOf(lines.get(d)) != null) {
        return signedOnOwnLine(k, d);
      }
      int trailing = trailingDateStart(lines.get(d));
      if (trailing > 0) {
        return signedOnOneLine(k, d, trailing);
      }
      if (citation != null && sameText(lines.get(d), citation)) {
        break;
      }
    }
    int end = k < n && (citation == null || !opensText(lines.get(k), citation)) ? k : k - 1;
    String body = null;
    if (end >= k) {
      body = text(lines.get(k));
      citingRanges.add(new int[] {lines.get(k).contentStart(), lines.get(k).contentEnd()});
    }
    return withPublicationNote(body, null, null, end);
  }

  /**
   * Whether {@code line} holds {@code text} or its opening words: the first line of a cited title
   * broken over lines ({@code 静安区全力打响“上海服务”品牌} of {@code 静安区全力打响“上海服务”品牌加快建设…
   * 三年行动计划(2018—2020年)}), compared as {@link #sameText} compares.
   */
  private boolean opensText(Line line, String text) {
    String head = comparable(text(line));
    return !head.isEmpty() && comparable(text).startsWith(head);
  }

  /** {@code 某县人民政府办公室　2023年8月8日}: office and date on the date line. */
  private NoticeClose signedOnOneLine(int k, int dateIndex, int inlineDate) {
    Line signed = lines.get(dateIndex);
    String issuer = text(signed.contentStart(), LineShapes.skipBlanksBack(f, signed.contentStart(), inlineDate));
    String body = null;
    if (dateIndex > k) {
      body = bodyOf(k, dateIndex - 1);
    }
    String compact = LineShapes.compact(f, new Line(inlineDate, signed.contentEnd(), signed.next(), inlineDate,
        signed.contentEnd()));
    LocalDate date = DateReader.read(compact, 0, compact.length());
    return withPublicationNote(body, issuer, date, dateIndex);
  }

  /** The date on its own line, the signing office on up to three lines above it. */
  private NoticeClose signedOnOwnLine(int k, int dateIndex) {
    int bodyEnd = dateIndex;
    while (bodyEnd - 1 >= k && dateIndex - bodyEnd < MAX_ISSUER_LINES
        && isIssuerLine(lines.get(bodyEnd - 1))
        && (bodyEnd == dateIndex || endsAsOrganisation(lines.get(bodyEnd - 1)))) {
      bodyEnd--;
    }
    String issuer = bodyEnd < dateIndex
        ? text(lines.get(bodyEnd).contentStart(), lines.get(dateIndex - 1).contentEnd()) : null;
    String body = bodyEnd > k ? bodyOf(k, bodyEnd - 1) : null;
    return withPublicationNote(body, issuer, dateOf(lines.get(dateIndex)), dateIndex);
  }

  private String bodyOf(int from, int to) {
    citingRanges.add(new int[] {lines.get(from).contentStart(), lines.get(to).contentEnd()});
    return text(lines.get(from).contentStart(), lines.get(to).contentEnd());
  }

  /**
   * The close, with the {@code (此件公开发布)} line after the date when there is one; a notice's
   * contact line beside it ({@code （联系单位：省人力资源社会保障厅职业能力建设处）}) closes it too.
   */
  private NoticeClose withPublicationNote(@Nullable String body, @Nullable String issuer,
      @Nullable LocalDate date, int dateIndex) {
    int last = dateIndex;
    String publication = null;
    while (last + 1 < lines.size() && (isPublicationNote(lines.get(last + 1)) || isContactNote(lines.get(last + 1)))) {
      Line note = lines.get(++last);
      if (publication == null && isPublicationNote(note) && !isGarbledNote(note)) {
        publication = text(note.contentStart() + 1, note.contentEnd() - 1).strip();
      }
    }
    return new NoticeClose(body, issuer, date, publication, last);
  }

  private void skipAttachmentLines() {
    while (next < lines.size() && isAttachmentLine(lines.get(next))) {
      next++;
    }
  }

  /**
   * The index of the plan title after a notice: the cited title over up to {@value
   * #MAX_TITLE_LINES} lines, or a title-like line; -1 when there is none. Moves {@link #next} past it.
   */
  private int titleAfterNotice(@Nullable String citation) {
    int n = lines.size();
    if (next >= n) {
      return -1;
    }
    int at = next;
    for (int last = next + 1; citation != null && last < Math.min(n, next + MAX_TITLE_LINES)
        && !sameText(lines.get(next), citation); last++) {
      if (sameText(joined(next, last), citation)) {
        titleLast = last;
        next = last + 1;
        return at;
      }
    }
    if (isTitleLike(lines.get(next)) && !isIssuerAlone(lines.get(next))) {
      if (next + 1 < n && runsOnToKind(lines.get(next), lines.get(next + 1))) {
        next += 2;
        titleLast = at + 1;
        return at;
      }
      next++;
      return at;
    }
    return -1;
  }

  /**
   * Whether {@code line} names an organisation and nothing else ({@code 西乡县人民政府}): the
   * letterhead or issuer of a notice printed again above its official heading, never the plan's
   * title, which names a kind of document.
   */
  private boolean isIssuerAlone(Line line) {
    return line.length() <= OrganisationNames.MAX_NAME
        && OrganisationNames.endsAsOrganisation(f, line.contentStart(), line.contentEnd(), true)
        && !DocumentKinds.endsTitle(f.subSequence(line.contentStart(), line.contentEnd()));
  }

  /** The longest second line of a title broken over two lines ({@code 从业人员培训工作方案}). */
  private static final int MAX_TITLE_TAIL = 20;

  /**
   * Whether a plan title broken over two lines goes on from {@code first} to {@code second}: the
   * first does not end with a word naming a kind of document, and the second, short and
   * title-like, opens with an ideograph and ends with one ({@code 2023年河北省银行业金融机构} /
   * {@code 从业人员培训工作方案}; {@code document-kinds.txt}).
   */
  private boolean runsOnToKind(Line first, Line second) {
    CharSequence head = f.subSequence(first.contentStart(), first.contentEnd());
    CharSequence tail = f.subSequence(second.contentStart(), second.contentEnd());
    return !DocumentKinds.endsTitle(head) && tail.length() <= MAX_TITLE_TAIL && isTitleLike(second)
        && TextChars.isIdeograph(tail.charAt(0)) && ChineseNumerals.digit(tail.charAt(0)) < 0
        && DocumentKinds.endsTitle(tail);
  }

  /** The marks a title's wording may hold besides ideographs and digits ({@code “…”《…》（2023—2025年）}). */
  private static final String TITLE_MARKS = "“”‘’\"《》〈〉()（）-—·";

  /**
   * Whether {@code line} is worded as a title: ideographs, digits and the quotes, brackets and
   * dashes titles hold, with no blank (a web page's breadcrumb {@code 首页 > 政务公开 > 通知公告} is
   * not).
   */
  private boolean isTitleWording(Line line) {
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      char c = f.charAt(i);
      if (!TextChars.isIdeograph(c) && !Character.isDigit(c) && TITLE_MARKS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} is a letterhead, the issuing body's banner ({@code 某某人民政府文件};
   * {@code letterhead-words.txt}), which no title runs on from.
   */
  private boolean isLetterhead(Line line) {
    return Letterheads.endsLetterhead(f.subSequence(line.contentStart(), line.contentEnd()));
  }

  /**
   * The index of the plan title in a document without notice: a title-like line with a genre
   * word among the first four, else a lone title-like first line; -1 when there is none. A
   * document number on the line above the title ({@code 東府〔2021〕54號⏎東莞市人民政府關于…的實施意見})
   * is the document's number, as one under it is. A title
   * broken over two lines ({@code 某区政府2023年重点工作} / {@code 任务分解和责任分工方案}, the genre
   * word on either line) is joined as after a notice, never from a letterhead or an office's
   * name. Moves {@link #next} past it.
   */
  private int titleWithoutNotice() {
    int n = lines.size();
    int first = 0;
    while (first < n && first < MAX_TITLE_LINES && PipeCells.isRow(f, lines.get(first))) {
      first++;
    }
    if (first + 1 < n && isDocumentNumberLine(lines.get(first)) && isTitleLike(lines.get(first + 1))) {
      documentNumber = text(lines.get(first));
      first++;
    }
    int numbered = titleLinesBeforeNumber(first);
    if (numbered > first) {
      titleLast = numbered - 1;
      documentNumber = text(lines.get(numbered));
      next = numbered + 1;
      return first;
    }
    int limit = Math.min(n, 4);
    int chosen = -1;
    for (int j = 0; j < limit && chosen < 0; j++) {
      if (isTitleLike(lines.get(j)) && hasGenreWord(lines.get(j))) {
        chosen = j;
      }
    }
    if (chosen < 0 && n > 0 && isTitleLike(lines.get(0)) && (n == 1 || !isTitleLike(lines.get(1)))) {
      chosen = 0;
    }
    if (chosen < 0) {
      return -1;
    }
    next = chosen + 1;
    if (chosen > first && isTitleLike(lines.get(chosen - 1)) && isTitleWording(lines.get(chosen - 1))
        && !isLetterhead(lines.get(chosen - 1)) && !endsAsOrganisation(lines.get(chosen - 1))
        && runsOnToKind(lines.get(chosen - 1), lines.get(chosen))) {
      titleLast = chosen;
      return chosen - 1;
    }
    if (chosen + 1 < n && runsOnToKind(lines.get(chosen), lines.get(chosen + 1))) {
      titleLast = chosen + 1;
      next = chosen + 2;
    }
    return chosen;
  }

  /**
   * Where the document number stands under a title written over up to {@value #MAX_TITLE_LINES}
   * lines from line {@code first} ({@code 国务院关于…一个时期⏎促进就业工作的若干意见⏎国发〔2018〕39号}):
   * the index of the number line, or -1 when those lines are not title lines followed by one.
   */
  private int titleLinesBeforeNumber(int first) {
    int limit = Math.min(lines.size(), first + MAX_TITLE_LINES + 1);
    for (int k = first + 1; k < limit; k++) {
      if (!isTitleLike(lines.get(k - 1))) {
        return -1;
      }
      if (isDocumentNumberLine(lines.get(k))) {
        return k;
      }
    }
    return -1;
  }

  private int noticeTitleIndex() {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.length() > MAX_TITLE * 2 || contains(line, "。") || endsWith(line, ':')) {
        continue;
      }
      boolean notice = contains(line, "通知") && (contains(line, "关于") || contains(line, "印发")
          || contains(line, "转发")) || isReportNotice(line);
      if (notice) {
        return i;
      }
      if (contains(line, "关于") && headingCloseAfter(i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The most front lines looked at for a news copy's {@code 《X》全文如下}. */
  private static final int MAX_NEWS_LINES = 8;

  /**
   * The document a news copy gives in full ({@code 《关于推进以县城为重要载体的城镇化建设的意见》全文如下。},
   * a line of its own before the text; a Traditional news copy among the published pages): X, the
   * plan's title, also over a news headline that cites it ({@code 中辦國辦印發《X》}); null when no
   * such line stands among the first front lines.
   */
  private @Nullable String fullTextCitation() {
    for (int k = 0; k < Math.min(lines.size(), MAX_NEWS_LINES); k++) {
      Line line = lines.get(k);
      int s = line.contentStart();
      if (f.charAt(s) != '《') {
        continue;
      }
      int close = TextChars.indexOf(f, '》', s, line.contentEnd());
      int after = close < 0 ? -1 : LineShapes.skipBlanks(f, close + 1, line.contentEnd());
      if (after >= 0 && f.startsWith("全文如下", after)) {
        return text(s + 1, close).strip();
      }
    }
    return null;
  }

  /**
   * The title of the first attachment the notice lists on its annex line ({@code 附件:1.
   * 2019年…分解表}, {@code 附件：2023年…分解表}): a document title ({@code document-kinds.txt}), its
   * list number left out; null when no such line is among the front lines. A page that gives no
   * title line of the plan, only the notice and the table, gives the plan as that attachment.
   */
  private @Nullable String firstAttachmentTitle() {
    for (Line line : lines) {
      int s = line.contentStart();
      if (!f.startsWith("附件", s)) {
        continue;
      }
      int colon = LineShapes.skipBlanks(f, s + 2, line.contentEnd());
      if (colon >= line.contentEnd() || f.charAt(colon) != ':') {
        continue;
      }
      Line item = Line.of(f, colon + 1, line.end(), line.next());
      Label label = LineShapes.label(f, item);
      int start = label == null ? item.contentStart() : label.textStart();
      if (start < item.contentEnd() && DocumentKinds.endsTitle(LineShapes.compact(f, start, item.contentEnd()))) {
        return text(start, item.contentEnd()).strip();
      }
    }
    return null;
  }

  /** The title on {@code line}, an attachment label ({@code 附件1：}) left out. */
  private String planTitle(Line whole) {
    int filled = CommaCells.filledEnd(source.text(), whole);
    Line line = filled < whole.contentEnd() ? Line.of(f, whole.contentStart(), filled, filled) : whole;
    int s = line.contentStart();
    if (f.startsWith("附件", s)) {
      int colon = TextChars.indexOf(f, ':', s, Math.min(line.contentEnd(), s + 6));
      if (colon > 0 && colon + 1 < line.contentEnd()) {
        return text(LineShapes.skipBlanks(f, colon + 1, line.contentEnd()), line.contentEnd());
      }
    }
    return withoutDocumentNumber(line);
  }

  /**
   * The title {@code line} states, without a document number a portal's heading ran onto it in
   * brackets ({@code 2021年县政府重点工作任务（华政发〔2021〕2号）}; annotation guide §3: a document
   * number is no part of a name), which becomes the plan's document number when none was stated.
   */
  private String withoutDocumentNumber(Line line) {
    String folded = f.substring(line.contentStart(), line.contentEnd());
    int open = TextChars.closingBracketOpen(folded);
    if (open <= 0) {
      return text(line);
    }
    String inner = ReferenceReader.compact(folded.substring(open + 1, folded.length() - 1));
    if (!ReferenceReader.isDocumentNumber(inner) || inner.indexOf('〔') < 0 && inner.indexOf('[') < 0) {
      return text(line);
    }
    if (documentNumber == null) {
      documentNumber = text(line.contentStart() + open + 1, line.contentEnd() - 1).strip();
    }
    return text(line.contentStart(), LineShapes.skipBlanksBack(f, line.contentStart(), line.contentStart() + open));
  }

  /**
   * The title cited inside a notice heading: {@code X} in {@code 关于印发《X》的通知}, and in a heading
   * quoted whole in book-title marks ({@code 《…关于印发〈X〉的通知》}).
   */
  static @Nullable String innerCitation(String heading) {
    int open = heading.indexOf('《');
    int close = heading.lastIndexOf('》');
    if (open < 0 || close <= open) {
      return null;
    }
    int sends = Math.max(heading.lastIndexOf("印发", open), heading.lastIndexOf("转发", open));
    int end = heading.lastIndexOf("的通知");
    if (sends >= 0 && end > close + 1 && sends + 2 < open) {
      return heading.substring(sends + 2, end).strip();
    }
    String cited = heading.substring(open + 1, close).strip();
    String forwarded = forwardedInQuotedNotice(cited);
    return forwarded != null ? forwarded : cited;
  }

  /**
   * X when {@code cited}, the text of a heading's book-title marks, is itself a forwarding notice's
   * title ({@code 某市人民政府办公厅关于印发〈X〉的通知}, a policy site quoting the notice's heading):
   * the plan the notice forwards; else null.
   */
  private static @Nullable String forwardedInQuotedNotice(String cited) {
    if (!cited.endsWith("的通知")) {
      return null;
    }
    int sends = Math.max(cited.indexOf("印发"), cited.indexOf("转发"));
    int open = sends < 0 ? -1 : cited.indexOf('〈', sends);
    int close = cited.lastIndexOf('〉');
    return open == sends + 2 && close == cited.length() - 4 ? cited.substring(open + 1, close).strip() : null;
  }

  /**
   * Whether the line reads as a title: short, no clause's end, no cell, no date, number or note. A
   * spreadsheet's row with only its first cell filled ({@code 某县…台账,,,,,,}, {@link
   * CommaCells#filledEnd}) is read by that cell.
   */
  private boolean isTitleLike(Line whole) {
    int filled = CommaCells.filledEnd(source.text(), whole);
    Line line = filled < whole.contentEnd() ? Line.of(f, whole.contentStart(), filled, filled) : whole;
    if (line.length() == 0 || line.length() > MAX_TITLE) {
      return false;
    }
    char last = f.charAt(line.contentEnd() - 1);
    if ("。;:,、!?".indexOf(last) >= 0 || PipeCells.isRow(f, line)) {
      return false;
    }
    return dateOf(line) == null && !isDocumentNumberLine(line) && !isAttachmentLine(line)
        && !isPublicationNote(line) && !isContactNote(line) && !isValidityMark(line) && !isLegend(line);
  }

  /**
   * Whether {@code line} is a legend in brackets that opens with {@code 注} ({@code (注:A类指责任目标;
   * B类指激励目标)}): it explains a table's column, it titles nothing.
   */
  private boolean isLegend(Line line) {
    return line.length() >= 4 && TextChars.isOpenBracket(f.charAt(line.contentStart()))
        && TextChars.isCloseBracket(f.charAt(line.contentEnd() - 1)) && f.startsWith("注", line.contentStart() + 1);
  }

  private boolean hasGenreWord(Line line) {
    for (String word : GENRE_WORDS) {
      if (contains(line, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} may sign a notice above its date: short, worded as a title, no comma, and no
   * attachment line ({@code 附件:2023年…分解表} right above an unsigned date is the body's last line).
   */
  private boolean isIssuerLine(Line line) {
    return line.length() <= OrganisationNames.MAX_NAME && isTitleLike(line) && !contains(line, ",")
        && !startsWith(line, "附件");
  }

  /**
   * Where the date that closes {@code line} after its last blank starts ({@code 某县人民政府办公室
   * 2023年8月8日}, {@code 川办函〔2015〕160号 2015年9月1日}), or -1 when the words after that blank
   * read as no date or the line is too long for such a close.
   */
  private int dateAtEnd(Line line) {
    int e = line.contentEnd();
    int i = e;
    while (i > line.contentStart() && !TextChars.isBlank(f.charAt(i - 1))) {
      i--;
    }
    if (i <= line.contentStart() || e - i > 20
        || i - line.contentStart() > OrganisationNames.MAX_NAME + 20) {
      return -1;
    }
    String compact = LineShapes.compact(f, new Line(i, e, e, i, e));
    return DateReader.read(compact, 0, compact.length()) == null ? -1 : i;
  }

  /**
   * Where the date that closes {@code line} after a blank starts when the words before it name
   * the signing office ({@code 某县人民政府办公室　2023年8月8日}); -1 otherwise.
   */
  private int trailingDateStart(Line line) {
    int i = dateAtEnd(line);
    if (i < 0) {
      return -1;
    }
    int head = LineShapes.skipBlanksBack(f, line.contentStart(), i);
    Line office = new Line(line.contentStart(), head, head, line.contentStart(), head);
    return isIssuerLine(office) && endsAsOrganisation(office) ? i : -1;
  }

  private boolean endsAsOrganisation(Line line) {
    return OrganisationNames.endsAsOrganisation(f, line.contentStart(), line.contentEnd(), false);
  }

  private boolean isDocumentNumberLine(Line line) {
    String compact = LineShapes.compact(f, line);
    return compact.length() <= 40 && ReferenceReader.isDocumentNumber(compact)
        && (compact.indexOf('〔') >= 0 || compact.indexOf('[') >= 0);
  }

  /**
   * The date of a number line that carries the notice's date after the number, as a gazette prints
   * it under the heading ({@code 川办函〔2015〕160号 2015年9月1日}), the number then taken as the
   * document's; null (nothing taken) for any other line.
   */
  private @Nullable LocalDate datedNumber(Line line) {
    int dateStart = dateAtEnd(line);
    if (dateStart <= line.contentStart()) {
      return null;
    }
    int numberEnd = LineShapes.skipBlanksBack(f, line.contentStart(), dateStart);
    Line number = new Line(line.contentStart(), numberEnd, numberEnd, line.contentStart(), numberEnd);
    if (!isDocumentNumberLine(number)) {
      return null;
    }
    documentNumber = text(number);
    String compact = LineShapes.compact(f, new Line(dateStart, line.contentEnd(), line.contentEnd(), dateStart,
        line.contentEnd()));
    return DateReader.read(compact, 0, compact.length());
  }

  /**
   * A site's validity mark on a line of its own ({@code (已失效)}, {@code 【现行有效】}; lexicon {@code
   * validity-marks.txt}): a bracketed line that holds one mark and nothing else, part of the notice's
   * front, never a title.
   */
  private boolean isValidityMark(Line line) {
    int a = line.contentStart();
    int b = line.contentEnd();
    if (b - a < 3 || !TextChars.isOpenBracket(f.charAt(a)) && f.charAt(a) != '【'
        || !TextChars.isCloseBracket(f.charAt(b - 1)) && f.charAt(b - 1) != '】') {
      return false;
    }
    int s = LineShapes.skipBlanks(f, a + 1, b - 1);
    int e = LineShapes.skipBlanksBack(f, s, b - 1);
    WordTable.Match<Boolean> mark = VALIDITY_MARKS.matchAt(f, s, e);
    return mark != null && mark.end() == e;
  }

  private boolean isAttachmentLine(Line line) {
    String compact = LineShapes.compact(f, line);
    return compact.startsWith("附件") && compact.length() <= 6;
  }

  /**
   * A bracketed line that names the notice's contact ({@code （联系单位：…）}, {@code （联系人：…）}):
   * part of the notice's close, never a title.
   */
  private boolean isContactNote(Line line) {
    return line.length() >= 4 && TextChars.isOpenBracket(f.charAt(line.contentStart()))
        && TextChars.isCloseBracket(f.charAt(line.contentEnd() - 1)) && f.startsWith("联系", line.contentStart() + 1);
  }

  private boolean isPublicationNote(Line line) {
    return line.length() >= 4 && TextChars.isOpenBracket(f.charAt(line.contentStart()))
        && TextChars.isCloseBracket(f.charAt(line.contentEnd() - 1)) && contains(line, "此件")
        || isGarbledNote(line);
  }

  /** The longest line a garbled publication note takes ({@code ?。ù思鲃庸_)}). */
  private static final int MAX_GARBLED_NOTE = 16;

  /**
   * A publication note a crawl decoded in the wrong charset ({@code ?。ù思鲃庸_)} for {@code
   * （此件主动公开）}, a Fujian city page among the published pages): a short line closed by a bracket
   * that holds a question mark or a Latin letter with a diacritic, which no note, title or text of
   * the genre holds.
   */
  private boolean isGarbledNote(Line line) {
    if (line.length() > MAX_GARBLED_NOTE || !TextChars.isCloseBracket(f.charAt(line.contentEnd() - 1))) {
      return false;
    }
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      char c = source.text().charAt(i);
      if (c == '?' || c >= '\u00C0' && c <= '\u00FF') {
        return true;
      }
    }
    return false;
  }

  private @Nullable LocalDate dateOf(Line line) {
    return LineShapes.dateOf(f, line);
  }

  private boolean contains(Line line, String word) {
    int at = TextChars.indexOf(f, word, line.contentStart(), line.contentEnd());
    return at >= 0 && at + word.length() <= line.contentEnd();
  }

  private boolean startsWith(Line line, String word) {
    return f.startsWith(word, line.contentStart());
  }

  private boolean endsWith(Line line, char c) {
    return line.length() > 0 && f.charAt(line.contentEnd() - 1) == c;
  }

  private boolean endsWithText(Line line, String word) {
    return line.length() >= word.length() && f.startsWith(word, line.contentEnd() - word.length());
  }

  private boolean sameText(Line line, String text) {
    return sameText(text(line), text);
  }

  private static boolean sameText(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  /**
   * {@code text} folded, blanks removed, and the angle brackets of a title cited inside a title
   * written as title brackets ({@code 关于印发《X贯彻落实〈Y〉实施方案》的通知} cites X as {@code
   * X贯彻落实《Y》实施方案}, the way the plan's own title line writes it).
   */
  private static String comparable(String text) {
    String compact = ReferenceReader.compact(Folding.fold(text));
    return compact.replace('〈', '《').replace('〉', '》').replace('<', '《').replace('>', '》');
  }

  private String joined(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= to; i++) {
      out.append(text(lines.get(i)));
    }
    return out.toString();
  }

  private String text(Line line) {
    return text(line.contentStart(), line.contentEnd());
  }

  private String text(int start, int end) {
    return source.text().substring(start, end);
  }
}
