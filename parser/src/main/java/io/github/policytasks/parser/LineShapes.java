package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.time.LocalDate;
import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Recognises what a line opens with, in folded text: a numbering label ({@code 一、}, {@code ①}, {@code
 * 第一章}, {@code (一)}, {@code 第一条}, {@code 1.}, {@code 1、}, {@code 1 }), page furniture
 * ({@code 扫一扫在手机打开当前页}), a pipe-table separator. A figure such as {@code 4.5%} or
 * {@code 2023年} is never a label. Each test looks at a bounded prefix of the line. Stateless and
 * thread-safe.
 */
final class LineShapes {
  private static final int MAX_NUMERAL = 4;
  private static final char CIRCLED_ONE = '\u2460';
  private static final char CIRCLED_TWENTY = '\u2473';
  private static final String NOT_AFTER_SPACE_NUMBER = "%年月日个家项万亿千百元亩米吨人户所座条处场次名台套张辆号届批期部倍";
  private static final String[] FURNITURE_PREFIXES = {
    "扫一扫", "微信扫一扫", "手机扫一扫", "打印本页", "关闭窗口", "【打印", "【关闭", "[打印", "[关闭",
    "返回顶部", "分享到", "当前位置", "您当前的位置", "您当前所在位置", "您所在的位置", "【字体", "[字体",
    "字体:", "字号:", "浏览次数", "阅读次数", "访问次数", "责任编辑", "相关附件", "附件下载", "相关链接",
    "上一篇", "下一篇", "网站地图", "版权所有", "主办单位:", "【大】", "【中】", "【小】", "视力保护色",
    "首页>", "首页»", "网站首页>", "网站首页»", "您现在所在的位置", "您现在的位置"
  };
  /** The key a portal's page footer opens with, which is also a note key ({@code note-keys.txt}). */
  private static final String HOST_KEY = "主办单位:";
  /** The words of a portal's page footer besides its host key ({@code site-footer-words.txt}). */
  private static final WordTable<Boolean> SITE_FOOTER_WORDS = WordLists.table("site-footer-words.txt");
  private static final String[] FURNITURE_LINES = {"打印", "关闭", "收藏", "分享", "【打印】", "【关闭】", "大中小", "字号:大中小",
    "全文", "【全文】", "正文"};
  private static final int MAX_FURNITURE = 60;
  /**
   * The first chars of every line {@link #isFurniture} takes: of its prefixes, its whole lines and
   * its page numbers ({@code -3-}, {@code 第3页}); a line that opens with none of them is no furniture.
   */
  private static final String FURNITURE_FIRST = furnitureFirstChars();
  /**
   * Lines of a web page's furniture that pages write alike, word for word: where a copy that lost
   * its line breaks runs one on after the end of a sentence, it is still a line of its own.
   */
  private static final WordTable<Boolean> FURNITURE_PHRASES =
      WordTable.of(Boolean.TRUE, "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "返回顶部");

  private LineShapes() {}

  /** The numbering label that opens {@code line}, or null. */
  static @Nullable Label label(String f, Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    if (s >= e) {
      return null;
    }
    char c = f.charAt(s);
    if (c == '第') {
      return ordinal(f, s, e);
    }
    if (c == '(' || c == '〔') {
      return parenthesised(f, s, e);
    }
    if (TextChars.isDigit(c)) {
      return arabic(f, s, e);
    }
    if (ChineseNumerals.isNumeral(c)) {
      return section(f, s, e);
    }
    if (isCircledNumeral(c)) {
      return circled(f, s, e);
    }
    return Character.isIdeographic(c) ? recordNumber(f, s, e) : null;
  }

  /**
   * {@code 序号：3} alone on its line: the row number of a task table written as records, one
   * {@code key：value} line a field ({@code 序号：3⏎工作任务：…⏎牵头单位：…}), a table's number
   * column header ({@code table-headers.txt}, kind number: 序号, 编号, 项次…), a colon and one to
   * three digits, nothing after: an {@link Label.Kind#ARABIC} label of that number whose text is
   * empty (the record's fields follow on their lines); else null.
   */
  private static @Nullable Label recordNumber(String f, int s, int e) {
    int digitsEnd = recordNumberEnd(f, s, e);
    if (digitsEnd < 0 || skipBlanks(f, digitsEnd, e) < e) {
      return null;
    }
    int digits = digitsEnd;
    while (digits > s && TextChars.isDigit(f.charAt(digits - 1))) {
      digits--;
    }
    int number = ChineseNumerals.parse(f, digits, digitsEnd);
    return number < 1 ? null : new Label(Label.Kind.ARABIC, number, s, e, e);
  }

  /**
   * Where the digits of a record's row number that opens {@code [s, e)} end ({@code 序号：3}, a
   * number column header, a colon, one to three digits; whatever follows), or -1.
   */
  static int recordNumberEnd(String f, int s, int e) {
    int colon = keyColon(f, s, e);
    if (colon < 0 || keyField(f, s, colon) != ColumnField.NUMBER) {
      return -1;
    }
    int digits = skipBlanks(f, colon + 1, e);
    int digitsEnd = ChineseNumerals.digitsEnd(f, digits, Math.min(e, digits + 4));
    return digitsEnd == digits || digitsEnd - digits > 3 ? -1 : digitsEnd;
  }

  /**
   * Where the colon after a table's column header that opens {@code [s, e)} ends ({@code 工作任务：},
   * {@code 序号：}: a word of {@code table-headers.txt} of at most {@value #MAX_FIELD_KEY} chars), or
   * -1: a record's field key.
   */
  static int fieldKeyEnd(String f, int s, int e) {
    int colon = keyColon(f, s, e);
    return colon >= 0 && keyField(f, s, colon) != null ? colon + 1 : -1;
  }

  /**
   * Where the colon after a record field key of a table's title column that opens {@code [s, e)}
   * ends ({@code 工作任务：}), or -1.
   */
  static int titleFieldEnd(String f, int s, int e) {
    int colon = keyColon(f, s, e);
    return colon >= 0 && keyField(f, s, colon) == ColumnField.TITLE ? colon + 1 : -1;
  }

  /** The colon within {@value #MAX_FIELD_KEY} chars after {@code s} that may close a field key, or -1. */
  private static int keyColon(String f, int s, int e) {
    int colon = s + 1;
    while (colon < e && colon - s <= MAX_FIELD_KEY && f.charAt(colon) != ':') {
      colon++;
    }
    return colon < e && f.charAt(colon) == ':' ? colon : -1;
  }

  /** The column the words {@code [s, colon)} name as a table header, or null. */
  private static @Nullable ColumnField keyField(String f, int s, int colon) {
    return TableHeaders.field(f.substring(s, skipBlanksBack(f, s, colon)));
  }

  /** The longest column header read before a record field's colon ({@code 主要工作任务}). */
  private static final int MAX_FIELD_KEY = 6;



  /** Whether {@code c} is a circled numeral {@code ①} to {@code ⑳}. */
  static boolean isCircledNumeral(char c) {
    return c >= CIRCLED_ONE && c <= CIRCLED_TWENTY;
  }

  /**
   * {@code ①推行…}, {@code ② 提升…}: a circled numeral, the third level of the genre's numbering
   * beside {@code (1)}, with text after it (an optional {@code 、} or {@code .} after the numeral
   * is part of the label): a sub-item, a task of its own when it ends with its own note.
   */
  private static @Nullable Label circled(String f, int s, int e) {
    int end = s + 1;
    int text = skipBlanks(f, end, e);
    if (text < e && (f.charAt(text) == '、' || f.charAt(text) == '.')) {
      end = text + 1;
      text = skipBlanks(f, end, e);
    }
    if (text >= e) {
      return null;
    }
    return new Label(Label.Kind.SUB_ITEM, f.charAt(s) - CIRCLED_ONE + 1, s, end, text);
  }

  private static @Nullable Label section(String f, int s, int e) {
    int numeralEnd = ChineseNumerals.runEnd(f, s, Math.min(e, s + MAX_NUMERAL + 1));
    if (numeralEnd - s > MAX_NUMERAL) {
      return null;
    }
    int i = skipBlanks(f, numeralEnd, e);
    if (i >= e || (f.charAt(i) != '、' && f.charAt(i) != '.')) {
      return null;
    }
    if (f.charAt(i) == '.' && i + 1 < e && TextChars.isDigit(f.charAt(i + 1))) {
      return null;
    }
    int number = ChineseNumerals.parse(f, s, numeralEnd);
    if (number < 1 || number > 99) {
      return null;
    }
    return new Label(Label.Kind.SECTION, number, s, i + 1, skipBlanks(f, i + 1, e));
  }

  private static @Nullable Label ordinal(String f, int s, int e) {
    int numeralStart = s + 1;
    int numeralEnd = numeralStart < e && TextChars.isDigit(f.charAt(numeralStart))
        ? ChineseNumerals.digitsEnd(f, numeralStart, Math.min(e, numeralStart + 4))
        : ChineseNumerals.runEnd(f, numeralStart, Math.min(e, numeralStart + MAX_NUMERAL + 1));
    if (numeralEnd == numeralStart || numeralEnd - numeralStart > MAX_NUMERAL || numeralEnd >= e) {
      return null;
    }
    int number = ChineseNumerals.parse(f, numeralStart, numeralEnd);
    if (number < 1 || number > 999) {
      return null;
    }
    Label.Kind kind;
    int end;
    if (f.charAt(numeralEnd) == '章') {
      kind = Label.Kind.CHAPTER;
      end = numeralEnd + 1;
    } else if (f.startsWith("部分", numeralEnd)) {
      kind = Label.Kind.CHAPTER;
      end = numeralEnd + 2;
    } else if (f.charAt(numeralEnd) == '节') {
      kind = Label.Kind.PART;
      end = numeralEnd + 1;
    } else if (f.charAt(numeralEnd) == '条') {
      kind = Label.Kind.ARTICLE;
      end = numeralEnd + 1;
    } else {
      return null;
    }
    int text = skipBlanks(f, end, e);
    if (text < e && (f.charAt(text) == '、' || f.charAt(text) == ':' || f.charAt(text) == '.')) {
      end = text + 1;
      text = skipBlanks(f, end, e);
    } else if (text < e && text == end && kind == Label.Kind.ARTICLE && !isHeadingStart(f.charAt(text))) {
      return null;
    }
    return new Label(kind, number, s, end, text);
  }

  private static boolean isHeadingStart(char c) {
    return c > 0x2E80;
  }

  private static @Nullable Label parenthesised(String f, int s, int e) {
    int numeralStart = skipBlanks(f, s + 1, e);
    if (numeralStart < e && TextChars.isDigit(f.charAt(numeralStart))) {
      return subItem(f, s, numeralStart, e);
    }
    int numeralEnd = ChineseNumerals.runEnd(f, numeralStart, Math.min(e, numeralStart + MAX_NUMERAL + 1));
    if (numeralEnd == numeralStart || numeralEnd - numeralStart > MAX_NUMERAL) {
      return null;
    }
    int close = skipBlanks(f, numeralEnd, e);
    if (close >= e || (f.charAt(close) != ')' && f.charAt(close) != '〕')) {
      return null;
    }
    int number = ChineseNumerals.parse(f, numeralStart, numeralEnd);
    if (number < 1 || number > 99) {
      return null;
    }
    int end = close + 1;
    int text = skipBlanks(f, end, e);
    if (text < e && (f.charAt(text) == '、' || f.charAt(text) == '.')) {
      end = text + 1;
      text = skipBlanks(f, end, e);
    }
    return new Label(Label.Kind.PARENTHESISED, number, s, end, text);
  }

  /** {@code (1)}, {@code （12）}: a sub-item of one or two digits in round brackets, text after it. */
  private static @Nullable Label subItem(String f, int s, int digitsStart, int e) {
    int digitsEnd = ChineseNumerals.digitsEnd(f, digitsStart, Math.min(e, digitsStart + 3));
    if (digitsEnd - digitsStart > 2 || digitsEnd >= e || f.charAt(s) != '(' || f.charAt(digitsEnd) != ')') {
      return null;
    }
    int number = ChineseNumerals.parse(f, digitsStart, digitsEnd);
    int text = skipBlanks(f, digitsEnd + 1, e);
    if (number < 1 || text >= e) {
      return null;
    }
    return new Label(Label.Kind.SUB_ITEM, number, s, digitsEnd + 1, text);
  }

  private static @Nullable Label arabic(String f, int s, int e) {
    int digitsEnd = ChineseNumerals.digitsEnd(f, s, Math.min(e, s + 5));
    if (digitsEnd - s > 4) {
      return null;
    }
    int number = ChineseNumerals.parse(f, s, digitsEnd);
    if (number < 1 || number >= 1900 && number <= 2100) {
      return null;
    }
    int i = skipBlanks(f, digitsEnd, e);
    if (i >= e) {
      return null;
    }
    char c = f.charAt(i);
    if (c == '.' || c == '、') {
      if (c == '.' && i + 1 < e && TextChars.isDigit(f.charAt(i + 1)) && !startsWithYear(f, i + 1, e)) {
        return digitsEnd - s <= 2 && i == digitsEnd ? sectionNumbered(f, s, i + 1, e) : null;
      }
      return new Label(Label.Kind.ARABIC, number, s, i + 1, skipBlanks(f, i + 1, e));
    }
    if (digitsEnd - s <= 3 && i > digitsEnd && !TextChars.isDigit(c) && NOT_AFTER_SPACE_NUMBER.indexOf(c) < 0
        && isHeadingStart(c) && c != '、' && c != '。' && c != ',') {
      return new Label(Label.Kind.ARABIC_SPACE, number, s, digitsEnd, i);
    }
    return null;
  }

  /**
   * {@code 【政务服务】} alone on its line: a category heading in square corner brackets, 2 to
   * {@value #MAX_BRACKET_HEADING} ideographs (a list's {@code 、}, quotes and a middle dot
   * allowed), no page furniture ({@code 【打印】}, {@code 【全文】}): a {@link Label.Kind#CHAPTER}
   * label of number 0 (it states none), from its opening to past its closing bracket, its text
   * after the opening bracket. Read as a section heading only where a numbered item follows it
   * ({@link LayoutSurvey}); else null.
   */
  static @Nullable Label bracketHeading(String f, Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    if (e - s < 4 || e - s - 2 > MAX_BRACKET_HEADING || f.charAt(s) != '【' || f.charAt(e - 1) != '】') {
      return null;
    }
    for (int k = s + 1; k < e - 1; k++) {
      char c = f.charAt(k);
      if (!Character.isIdeographic(c) && "、“”·".indexOf(c) < 0) {
        return null;
      }
    }
    return isFurniture(f, line) ? null : new Label(Label.Kind.CHAPTER, 0, s, e, s + 1);
  }

  /** The longest category heading read in square corner brackets ({@link #bracketHeading}). */
  static final int MAX_BRACKET_HEADING = 16;

  /**
   * {@code 1.1 扩大有效投资}, {@code 2.3　…}: a task numbered within its section, the section's
   * number, a point and the task's own number (one or two digits each), then a space or an
   * ideographic space and the task's words: an {@link Label.Kind#ARABIC} label whose number is the
   * task's own ({@code 1.1} is task 1 of its section, the label written whole). A decimal figure
   * is never so written: its unit follows it with no blank, and a blank before a unit or a
   * magnitude ({@code 12.5 公里}, a spaced PDF copy's figure) or a tab (a table's cells) makes none.
   */
  private static @Nullable Label sectionNumbered(String f, int s, int minorStart, int e) {
    int minorEnd = ChineseNumerals.digitsEnd(f, minorStart, Math.min(e, minorStart + 3));
    if (minorEnd - minorStart > 2 || minorEnd >= e || f.charAt(minorEnd) != ' ' && f.charAt(minorEnd) != '\u3000') {
      return null;
    }
    int number = ChineseNumerals.parse(f, minorStart, minorEnd);
    int text = skipBlanks(f, minorEnd, e);
    if (number < 1 || text >= e || f.charAt(text) == '\t' || !isHeadingStart(f.charAt(text))
        || NOT_AFTER_SPACE_NUMBER.indexOf(f.charAt(text)) >= 0 || ChineseNumerals.isNumeral(f.charAt(text))
        || UNITS.matchAt(f, text, e).isPresent()) {
      return null;
    }
    for (int k = minorEnd; k < text; k++) {
      if (f.charAt(k) == '\t') {
        return null;
      }
    }
    return new Label(Label.Kind.ARABIC, number, s, minorEnd, text);
  }

  /** The units a figure may be followed by: a blank before one of them ends no label. */
  private static final io.github.policytasks.metrics.UnitCatalogue UNITS =
      io.github.policytasks.metrics.UnitCatalogue.standard();

  /**
   * The label {@code 11.} of a line that opens like a decimal ({@code 11.121人才梯队项目}): a task
   * number of at most three digits whose text opens with a figure, or null. Only its place in the
   * numbering tells it from a decimal ({@code 3.5万亩…}), so a caller accepts it only as the number
   * that follows the last task's on.
   */
  static @Nullable Label labelBeforeFigure(String f, Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    if (s >= e || !TextChars.isDigit(f.charAt(s))) {
      return null;
    }
    int digitsEnd = ChineseNumerals.digitsEnd(f, s, Math.min(e, s + 4));
    if (digitsEnd - s > 3 || digitsEnd + 1 >= e || f.charAt(digitsEnd) != '.'
        || !TextChars.isDigit(f.charAt(digitsEnd + 1))) {
      return null;
    }
    int number = ChineseNumerals.parse(f, s, digitsEnd);
    return number < 1 ? null : new Label(Label.Kind.ARABIC, number, s, digitsEnd + 1, digitsEnd + 1);
  }

  /**
   * Whether a year opens {@code [i, e)}: four digits from 1900 to 2100 followed by {@code 年} or a
   * range dash ({@code 2018年}, {@code 2019-2022年}), so that {@code 1.2018年，…} is task 1 whose
   * text starts with a year, not the decimal 1.2018.
   */
  static boolean startsWithYear(String f, int i, int e) {
    int digitsEnd = ChineseNumerals.digitsEnd(f, i, Math.min(e, i + 5));
    if (digitsEnd - i != 4 || digitsEnd >= e) {
      return false;
    }
    int year = ChineseNumerals.parse(f, i, digitsEnd);
    char after = f.charAt(digitsEnd);
    return year >= 1900 && year <= 2100 && (after == '年' || after == '-' || after == '—' || after == '–');
  }

  /**
   * The end of a label that is written like {@code 1.} or {@code 1、} but has more digits than a
   * task number can ({@code 11111.}), or -1 when the line opens otherwise. Reads the line's
   * leading digits once.
   */
  static int oversizedArabicLabelEnd(String f, Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    int digitsEnd = ChineseNumerals.digitsEnd(f, s, e);
    if (digitsEnd - s <= MAX_NUMERAL) {
      return -1;
    }
    int i = skipBlanks(f, digitsEnd, e);
    if (i >= e || f.charAt(i) != '.' && f.charAt(i) != '、'
        || f.charAt(i) == '.' && i + 1 < e && TextChars.isDigit(f.charAt(i + 1))) {
      return -1;
    }
    return i + 1;
  }

  /** Whether a whole line of page furniture written alike on every page could open with {@code c}. */
  static boolean couldOpenFurniturePhrase(char c) {
    return FURNITURE_PHRASES.couldStart(c);
  }

  /**
   * Where the whole line of page furniture that opens at {@code i} ends ({@code 扫一扫在手机打开当前页},
   * {@code 打印本页}: pages write them alike, word for word), or -1.
   */
  static int furniturePhraseEnd(String f, int i, int end) {
    WordTable.Match<Boolean> phrase = FURNITURE_PHRASES.matchAt(f, i, end);
    return phrase == null ? -1 : phrase.end();
  }

  /** The chars {@link #couldOpenFurniturePhrase} answers yes for. */
  static String furniturePhraseOpenings() {
    return FURNITURE_PHRASES.firstChars();
  }

  /** Whether the line is page furniture of a web copy, not content. */
  static boolean isFurniture(String f, Line line) {
    if (line.length() > MAX_FURNITURE) {
      return false;
    }
    if (isAttachmentLink(f, line)) {
      return true;
    }
    int first = skipBlanks(f, line.contentStart(), line.contentEnd());
    if (first == line.contentEnd() || FURNITURE_FIRST.indexOf(f.charAt(first)) < 0) {
      return false;
    }
    String compact = compact(f, line);
    for (String prefix : FURNITURE_PREFIXES) {
      if (compact.startsWith(prefix)) {
        return true;
      }
    }
    for (String whole : FURNITURE_LINES) {
      if (compact.equals(whole)) {
        return true;
      }
    }
    return isPageNumber(compact);
  }

  /** The extensions of the office files a page links as attachments ({@code ….docx}). */
  private static final String[] FILE_EXTENSIONS = {".doc", ".docx", ".xls", ".xlsx", ".pdf", ".wps", ".et", ".ofd"};

  /**
   * Whether the line is a link to an attached file, its name ending in an office file's extension
   * ({@code 附:1、创建国家卫生城市目标任务分解和分值责任细则.docx}, {@code 2、县各单位创城主要工作任务.docx}):
   * page furniture, never a task or a title, however it is numbered.
   */
  static boolean isAttachmentLink(String f, Line line) {
    int end = line.contentEnd();
    for (String extension : FILE_EXTENSIONS) {
      int at = end - extension.length();
      if (at > line.contentStart() + 1 && f.regionMatches(true, at, extension, 0, extension.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line opens with the host key of a portal's page footer ({@code 主办单位:}) and holds
   * none of the footer's other words ({@code site-footer-words.txt}: 网站标识码, ICP, 技术支持…): a
   * line {@link #isFurniture} takes that, standing after a task, is the task's own-line note
   * ({@code 主办单位：市文化广电旅游局}) rather than the page's footer.
   */
  static boolean isHostKeyOnly(String f, Line line) {
    if (!compact(f, line).startsWith(HOST_KEY)) {
      return false;
    }
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if (SITE_FOOTER_WORDS.couldStart(f.charAt(i)) && SITE_FOOTER_WORDS.matchAt(f, i, line.contentEnd()) != null) {
        return false;
      }
    }
    return true;
  }

  /** The longest line, blanks removed, that {@link #dateOf} reads as a date alone. */
  private static final int MAX_DATE_LINE = 20;

  /**
   * The date a line states and nothing else ({@code 2023年3月1日}, {@code 二〇二三年三月一日}): a
   * notice's or signature's date line; null when the line, blanks removed, is longer than a date or
   * reads as none.
   */
  static @Nullable LocalDate dateOf(String f, Line line) {
    String compact = compact(f, line);
    return compact.length() <= MAX_DATE_LINE ? DateReader.read(compact, 0, compact.length()) : null;
  }

  /** Whether the compact line is a page number of a printed copy: {@code — 3 —}, {@code -12-}, {@code 第3页}. */
  private static String furnitureFirstChars() {
    StringBuilder chars = new StringBuilder(PAGE_NUMBER_DASHES + "第");
    for (String prefix : FURNITURE_PREFIXES) {
      chars.append(prefix.charAt(0));
    }
    for (String whole : FURNITURE_LINES) {
      chars.append(whole.charAt(0));
    }
    return chars.toString();
  }

  /** The dashes around a page number ({@code -3-}, {@code —3—}). */
  private static final String PAGE_NUMBER_DASHES = "-—–";
  /** The most digits of a page number a copy ran into the text ({@link #pageNumberEnd}). */
  private static final int MAX_PAGE_DIGITS = 3;

  /** The dashes that open a printed page number ({@code — 3 —}). */
  static String pageNumberDashes() {
    return PAGE_NUMBER_DASHES;
  }

  /**
   * Whether a printed page number ({@link #pageNumberEnd}) ends right at {@code i}, blanks after it
   * allowed, after a char that is no digit or dash (or at {@code floor}): {@code …260家。— 2 —} before
   * the {@code 责任单位} that a copy ran onto it. The number is read forward, as {@link #pageNumberEnd}
   * reads it, from each dash that could open it among the dashes, digits and blanks before {@code i}.
   */
  static boolean endsPageNumber(String f, int i, int floor) {
    for (int k = skipBlanksBack(f, floor, i) - 1; k >= floor && isPageNumberChar(f.charAt(k)); k--) {
      boolean opens = PAGE_NUMBER_DASHES.indexOf(f.charAt(k)) >= 0
          && (k == floor || PAGE_NUMBER_DASHES.indexOf(f.charAt(k - 1)) < 0 && !TextChars.isDigit(f.charAt(k - 1)));
      if (opens) {
        int end = pageNumberEnd(f, k, i);
        if (end > k && skipBlanks(f, end, i) == i) {
          return true;
        }
      }
    }
    return false;
  }

  /** A dash, a digit or a blank: the chars a printed page number is written with ({@link #pageNumberEnd}). */
  private static boolean isPageNumberChar(char c) {
    return PAGE_NUMBER_DASHES.indexOf(c) >= 0 || TextChars.isDigit(c) || TextChars.isBlank(c);
  }

  /**
   * Where the printed page number that opens at {@code i} ends ({@code — 3 —}, {@code -12-}: dashes,
   * one to three digits, dashes, blanks between them allowed), or -1; a digit right after it makes
   * it none ({@code -1234-5678}). The caller sees that no digit or dash stands right before it.
   */
  static int pageNumberEnd(String f, int i, int end) {
    int j = i;
    while (j < end && PAGE_NUMBER_DASHES.indexOf(f.charAt(j)) >= 0) {
      j++;
    }
    if (j == i) {
      return -1;
    }
    int digits = skipBlanks(f, j, end);
    int digitsEnd = ChineseNumerals.digitsEnd(f, digits, end);
    if (digitsEnd == digits || digitsEnd - digits > MAX_PAGE_DIGITS) {
      return -1;
    }
    int k = skipBlanks(f, digitsEnd, end);
    int dashes = k;
    while (k < end && PAGE_NUMBER_DASHES.indexOf(f.charAt(k)) >= 0) {
      k++;
    }
    return k > dashes && (k == end || !TextChars.isDigit(f.charAt(k))) ? k : -1;
  }

  private static boolean isPageNumber(String compact) {
    int i = 0;
    int n = compact.length();
    boolean dashed = false;
    while (i < n && PAGE_NUMBER_DASHES.indexOf(compact.charAt(i)) >= 0) {
      i++;
      dashed = true;
    }
    if (dashed) {
      int digits = ChineseNumerals.digitsEnd(compact, i, n);
      if (digits == i) {
        return false;
      }
      int j = digits;
      while (j < n && PAGE_NUMBER_DASHES.indexOf(compact.charAt(j)) >= 0) {
        j++;
      }
      return j == n && j > digits;
    }
    if (compact.startsWith("第") && compact.endsWith("页")) {
      for (int k = 1; k < n - 1; k++) {
        char c = compact.charAt(k);
        if (!TextChars.isDigit(c) && c != '页' && c != '共' && c != '/' && c != ',') {
          return false;
        }
      }
      return n > 2;
    }
    return false;
  }

  /** Whether the line is a pipe-table separator such as {@code ---|---|}. */
  static boolean isTableSeparator(String f, Line line) {
    boolean dash = false;
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      char c = f.charAt(i);
      if (c == '-' || c == '—' || c == '─') {
        dash = true;
      } else if (c != '|' && c != ':' && c != ' ' && c != '+') {
        return false;
      }
    }
    return dash;
  }

  /** The longest line read as an annex label ({@code 附件：重点任务分工表}), spaces removed. */
  private static final int MAX_ANNEX_LABEL = 40;

  /**
   * Whether the line is an annex label ({@code 附件}, {@code 附件：重点任务分工表}, {@code 附件1}): it
   * opens with {@code 附件} and is short; what follows it is an attachment, not the body.
   */
  static boolean isAnnexLabel(String f, Line line) {
    return f.startsWith("附件", skipBlanks(f, line.contentStart(), line.contentEnd()))
        && isAnnexLabel(compact(f, line));
  }

  /** {@link #isAnnexLabel(String, Line)} of a line already compacted ({@link #compact}). */
  static boolean isAnnexLabel(String compact) {
    return compact.startsWith("附件") && compact.length() <= MAX_ANNEX_LABEL;
  }

  /** The line's content with every space removed. */
  static String compact(String f, Line line) {
    return compact(f, line.contentStart(), line.contentEnd());
  }

  /**
   * {@code f[start, end)} with every space removed: the substring itself when it holds none (most
   * lines and cells), which copies the chars once instead of through a builder.
   */
  static String compact(String f, int start, int end) {
    int i = start;
    while (i < end && !TextChars.isBlank(f.charAt(i))) {
      i++;
    }
    if (i == end) {
      return f.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    out.append(f, start, i);
    for (; i < end; i++) {
      char c = f.charAt(i);
      if (!TextChars.isBlank(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The offset of the first non-space at or after {@code i}, at most {@code end}. */
  static int skipBlanks(String f, int i, int end) {
    while (i < end && TextChars.isBlank(f.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset right after the last non-space before {@code end}, at least {@code start}. */
  static int skipBlanksBack(String f, int start, int end) {
    int e = end;
    while (e > start && TextChars.isBlank(f.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
