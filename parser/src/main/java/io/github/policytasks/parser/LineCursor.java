package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.DocumentKinds;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * Yields the lines of the folded input in order (LF, CRLF and a lone CR each end a line), and
 * restores the line breaks a web copy lost (annotation guide §6): in a line of any length, a new
 * logical line starts where a numbering label follows the end of a sentence (outside table rows,
 * whose cells hold their own numbered points) ({@code …。2. 推进…},
 * {@code …)二、聚力…}, {@code …如下:一、…}, {@code …。(三)深化…}, {@code …。第四条 …}, and before a
 * label whose text opens with a figure, which only the numbering tells from a decimal ({@code
 * …)11.121人才…}, see {@link LineShapes#labelBeforeFigure}); a {@code
 * 1.} after {@code ;} or {@code :} is a point inside a sentence, not a new item); inside a physical
 * line of {@value #LONG_LINE} or more characters, or a whole input of {@value #WHOLE_LINE} or more on
 * one line, which have lost their breaks for certain, also where
 * a label follows a heading's text run on without punctuation ({@code …城市1. 搭建…}, {@code
 * …效能(一)深化…}, {@code …发展第一条 壮大…}). In any line, a label also starts a new line
 * straight after a heading's text that ends in a quotation or a colon ({@code (一)深化“一网通办”1．},
 * {@code 一、提升效能:1.}), before a spaced number ({@code 二、保障民生4 落实…}); after the units of a
 * note outside brackets, which run on to the sentence's end ({@code 牵头单位:区农业农村局二、壮大…},
 * {@code 责任单位:各县(市、区)人民政府2．加快…}); after a listed document's title, before the next
 * item's label ({@code 1.某市优化营商环境若干措施2.某市…工作要点}); after a paragraph's indent of two or more
 * ideographic spaces in the input ({@code …如下:　　2.战略性…}); and after a plan title on the
 * document's first line ({@code 某县2023年为民办实事项目1. 新建…}). Lines that hold table cells break
 * where {@link TableLineBreaks} restores a table's lost breaks instead, and a line that lost its
 * breaks for certain at whichever comes first. Every character is looked
 * at a bounded number of times, so reading stays linear. Not thread-safe: one cursor serves one
 * pass over one input.
 */
final class LineCursor {
  /** A physical line at least this long is taken to have lost its line breaks. */
  static final int LONG_LINE = 3000;
  /** A whole input of at least this many characters on one line has lost its breaks for certain. */
  static final int WHOLE_LINE = 200;

  private static final int MAX_DIGITS = 3;
  private static final int MAX_NUMERAL = 3;
  /** The digits of a year that a heading's text may open with ({@link #opensWithYear}). */
  private static final int YEAR_DIGITS = 4;
  /** The longest first line read as a plan title run into its first item. */
  private static final int MAX_TITLE = 60;
  /** The longest document title read as an item of a notice's list of documents. */
  private static final int MAX_LISTED_TITLE = 60;
  /** The longest caption read after an annex label run onto a sentence ({@code 附件重点任务分工表}). */
  private static final int MAX_ANNEX_CAPTION = 40;
  private static final String CLAUSE_ENDS = "。;:)】〕!?";
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";
  /** The circled numerals {@code ①} to {@code ⑳} that open a sub-item ({@link LineShapes#isCircledNumeral}). */
  private static final String CIRCLED_NUMERALS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
  /** The folded chars that end a sentence before a label: {@link #isSentenceEnd}. */
  private static final String SENTENCE_ENDS = "。)!?】〕";
  private static final long[] SENTENCE_END = TextChars.charSet(SENTENCE_ENDS);
  private static final long[] CHINESE_DIGIT = TextChars.charSet(CHINESE_DIGITS);
  /** The first chars of a table's number column headers ({@code 序号}, {@code 编号}, {@code 项次}). */
  private static final String RECORD_NUMBER_STARTS = recordNumberStarts();

  private static String recordNumberStarts() {
    StringBuilder chars = new StringBuilder();
    for (String header : io.github.policytasks.metrics.lexicon.TableHeaders.headers(
        io.github.policytasks.metrics.lexicon.ColumnField.NUMBER)) {
      if (chars.indexOf(header.substring(0, 1)) < 0) {
        chars.append(header.charAt(0));
      }
    }
    return chars.toString();
  }
  /** The dashes of a printed page number that a copy ran into the text ({@link LineShapes#pageNumberEnd}). */
  private static final long[] PAGE_DASH = TextChars.charSet(LineShapes.pageNumberDashes());
  /**
   * The folded chars at which {@link #nextLabel} can do anything: end a heading's or a note's
   * run-on text, change the bracket depth, open a note key, a flattened table's header, an annex
   * label, a line of page furniture, a paragraph's indent (an ideographic space folds to {@code ' '}) or a label. At every
   * other char the scan moves on, so it skips them in one tight loop.
   */
  static final long[] MAY_ACT = mayActTable();

  // What nextLabel may do at a char of MAY_ACT, one bit per test: a test runs only where its bit is set.
  /** End a heading's or a note's run-on text: {@link #SENTENCE_ENDS}, {@code ; : 。}. */
  private static final int ENDS_RUN = 1;
  /** Change the bracket depth. */
  private static final int BRACKET = 1 << 1;
  /**
   * Open a note key or a field label ({@link #fieldLabelBreaks}, a note key run onto a line), or a
   * closing paragraph run onto a note's units ({@link ClosingParagraphs}).
   */
  private static final int KEY = 1 << 2;
  /** Open a flattened table's header or an annex label ({@link #tableOrAnnexAt}). */
  private static final int TABLE = 1 << 3;
  /** Open a line of page furniture ({@link LineShapes#couldOpenFurniturePhrase}). */
  private static final int FURNITURE = 1 << 4;
  /** Open a printed page number ({@link LineShapes#pageNumberEnd}). */
  private static final int PAGE = 1 << 5;
  /** Stand for an ideographic space of the input, which folds to {@code ' '} (a paragraph's indent). */
  private static final int BLANK = 1 << 6;
  /** Open a numbering label or a group note. */
  private static final int LABEL = 1 << 7;
  /** Every test: a scan that does not skip ({@link #skip} false) runs each test at every char. */
  private static final int EVERY_TEST = 0xFF;
  /** The bits of each char ({@code ACTS[c] & 0xFF}), 0 for a char outside {@link #MAY_ACT}. */
  private static final byte[] ACTS = actsTable();

  private final String f;
  private int physicalStart = -1;
  private int physicalEnd = -1;
  private int physicalNext = -1;
  private int softFrom = -1;
  private int softEnd = -1;
  /** Whether the current physical line is long enough to have lost its breaks for certain. */
  private boolean longLine;
  /** Where the current physical line really starts, before the first offset asked for. */
  private int lineStart = -1;
  /** Whether the current physical line holds table cells (pipes or tabs). */
  private boolean cells;
  /** Whether the logical line being cut opens with a heading whose text has not ended yet. */
  private boolean runOn;
  /**
   * Whether the logical line being cut holds a responsibility note outside brackets ({@code
   * 牵头单位:县科技局}) whose units run on to the end of the sentence: its {@code :} {@code ;} and
   * brackets end nothing.
   */
  private boolean noteRunOn;
  /** Where the colon that ended a heading's run-on text stands ({@code 一、提升效能:1.}), or -1. */
  private int headingColon;
  /** The number of the flattened table's row that opens the next logical line, or 0 outside such a table. */
  private int flatRow;
  /** Where the logical line being cut starts. */
  private int logicalStart;
  /** Whether nothing but blanks precedes the current physical line: the document's first line. */
  private boolean firstLine;
  /**
   * Whether a numbering label has started a logical line of the current physical line (this one
   * included): the body has begun, past the front matter, whose indents {@link FrontLines} reads.
   * Kept on long lines only, the one place it is asked ({@link #nextLabel}).
   */
  private boolean labelSeen;
  /** Whether every call since the physical line was last read asked for the line at its first offset. */
  private boolean pristine;
  /** Whether a pipe stands on the logical line being cut before {@link #pipeScanned} ({@link #insideCell}). */
  private boolean pipeBefore;
  /** How far the logical line being cut has been looked at for a pipe. */
  private int pipeScanned;
  /** The first pipe of the physical line after the last label asked about, or {@code physicalEnd}; -1 before any. */
  private int pipeAfter = -1;

  /** The input as given (folding turns its ideographic spaces into plain ones). */
  private final String text;
  /** Whether {@link #nextLabel} skips the chars at which it can do nothing ({@link #MAY_ACT}). */
  private final boolean skip;
  /**
   * The input's lines, when their breaks are those of {@link #f} ({@link SourceText#folded}
   * unchanged by {@link CellLines}): a physical line's end is then looked up, not looked for.
   */
  private final @Nullable SourceText lines;
  /** The first pipe at or after {@link #pipeFrom} ({@code f.length()} for none); see {@link #holdsCells}. */
  private int pipeAt = -1;
  private int pipeFrom = Integer.MAX_VALUE;
  /** The first tab at or after {@link #tabFrom} ({@code f.length()} for none). */
  private int tabAt = -1;
  private int tabFrom = Integer.MAX_VALUE;

  /** A cursor over {@code folded}, the folded form of {@code text}, offset for offset. */
  LineCursor(String folded, String text) {
    this(folded, text, true);
  }

  /**
   * A cursor over {@code folded} that, when {@code skip} is false, looks at every char for a
   * label instead of skipping those at which none can act: the reference that {@code
   * LineCursorSkipProperties} holds the skipping cursor to.
   */
  LineCursor(String folded, String text, boolean skip) {
    this.f = folded;
    this.text = text;
    this.skip = skip;
    this.lines = null;
  }

  /**
   * A cursor over {@code folded}, the folded text of {@code source} or that text with its tables'
   * cell lines joined ({@link CellLines#joined}): where it is the folded text itself, each physical
   * line's end and next start come from the lines {@code source} found while folding, and its
   * cells are told by two forward {@link String#indexOf} runs over the whole text, instead of a walk
   * over each line's chars.
   */
  LineCursor(String folded, SourceText source) {
    this.f = folded;
    this.text = source.text();
    this.skip = true;
    this.lines = folded == source.folded() ? source : null;
  }

  /**
   * {@link #MAY_ACT}, marked from the chars each test answers yes for rather than by asking every
   * test about all 65,536 chars at start-up.
   */
  private static long[] mayActTable() {
    String chars = SENTENCE_ENDS + ";:。" + TextChars.OPEN_BRACKET_CHARS + TextChars.CLOSE_BRACKET_CHARS
        + NoteKeyReader.keyStarts() + "附" + FlatTable.headerStarts() + " 0123456789" + CHINESE_DIGITS
        + "(第" + GroupNotes.openingChars() + LineShapes.furniturePhraseOpenings() + FieldLabels.firstChars()
        + LineShapes.pageNumberDashes() + ClosingParagraphs.openingChars() + CIRCLED_NUMERALS + RECORD_NUMBER_STARTS
        + ListBullets.firstChars();
    return TextChars.charSet(chars);
  }

  /**
   * {@link #ACTS}, marked from the chars each test names, as {@link #MAY_ACT} is: the bits of a
   * char are the tests that can answer yes at it.
   */
  private static byte[] actsTable() {
    byte[] acts = new byte[Character.MAX_VALUE + 1];
    mark(acts, SENTENCE_ENDS + ";:。", ENDS_RUN);
    mark(acts, TextChars.OPEN_BRACKET_CHARS + TextChars.CLOSE_BRACKET_CHARS, BRACKET);
    mark(acts, NoteKeyReader.keyStarts() + FieldLabels.firstChars() + ClosingParagraphs.openingChars(), KEY);
    mark(acts, "附" + FlatTable.headerStarts(), TABLE);
    mark(acts, LineShapes.furniturePhraseOpenings(), FURNITURE);
    mark(acts, LineShapes.pageNumberDashes(), PAGE);
    mark(acts, " ", BLANK);
    mark(acts, "0123456789" + CHINESE_DIGITS + "(第【" + GroupNotes.openingChars() + CIRCLED_NUMERALS
        + RECORD_NUMBER_STARTS + ListBullets.firstChars(), LABEL);
    return acts;
  }

  private static void mark(byte[] acts, String chars, int bit) {
    for (int k = 0; k < chars.length(); k++) {
      acts[chars.charAt(k)] |= (byte) bit;
    }
  }

  /** Whether {@link #nextLabel} can do anything at the folded char {@code c} ({@link #MAY_ACT}). */
  static boolean mayAct(char c) {
    return TextChars.in(MAY_ACT, c);
  }

  /** The logical line that starts at {@code start}; {@code start} never decreases between calls. */
  Line at(int start) {
    if (start < physicalStart || start > physicalEnd) {
      physicalStart = start;
      if (lines != null) {
        readPhysicalLine(lines, start);
      } else {
        scanPhysicalLine(start);
      }
      firstLine = true;
      for (int k = 0; k < lineStart && firstLine; k++) {
        firstLine = TextChars.isBlank(f.charAt(k)) || TextChars.isLineBreak(f.charAt(k));
      }
      softFrom = -1;
      flatRow = 0;
      labelSeen = false;
      pristine = true;
      pipeAfter = -1;
    }
    pristine &= start == physicalStart;
    longLine = physicalEnd - lineStart >= LONG_LINE
        || lineStart == 0 && physicalEnd == f.length() && physicalEnd >= WHOLE_LINE;
    if (softFrom != start) {
      softFrom = start;
      int flat = cells ? -1 : flatBreak(start);
      softEnd = flat >= 0 ? flat : !cells ? nextLabel(start + 1)
          : !longLine ? TableLineBreaks.next(f, start, physicalEnd)
          : Math.min(nextLabel(start + 1), TableLineBreaks.next(f, start, physicalEnd));
    }
    if (softEnd < physicalEnd) {
      return Line.of(f, start, softEnd, softEnd);
    }
    return Line.of(f, start, physicalEnd, physicalNext);
  }

  /**
   * Reads the physical line around {@code start} by walking the chars: back to its start, forward
   * to its break, noting whether a pipe or tab stands from {@code start} on.
   */
  private void scanPhysicalLine(int start) {
    physicalEnd = start;
    lineStart = start;
    while (lineStart > 0 && !TextChars.isLineBreak(f.charAt(lineStart - 1))) {
      lineStart--;
    }
    int length = f.length();
    cells = false;
    while (physicalEnd < length && !TextChars.isLineBreak(f.charAt(physicalEnd))) {
      char c = f.charAt(physicalEnd);
      cells |= c == '|' || c == '\t';
      physicalEnd++;
    }
    physicalNext = physicalEnd;
    if (physicalNext < length) {
      boolean crlf = f.charAt(physicalNext) == '\r' && physicalNext + 1 < length
          && f.charAt(physicalNext + 1) == '\n';
      physicalNext += crlf ? 2 : 1;
    }
  }

  /**
   * {@link #scanPhysicalLine}, the line looked up in the lines {@code source} found (walked after
   * all where {@code start} stands on a line break itself, as between {@code \r} and {@code \n}).
   */
  private void readPhysicalLine(SourceText source, int start) {
    int k = source.line(start) - 1;
    physicalEnd = source.lineEnd(k);
    if (start > physicalEnd) {
      scanPhysicalLine(start);
      return;
    }
    lineStart = source.lineStart(k);
    physicalNext = k + 1 < source.lines() ? source.lineStart(k + 1) : physicalEnd;
    cells = holdsCells(start, physicalEnd);
  }

  /**
   * Whether a pipe or a tab stands in {@code [from, end)}: the first of each at or after {@code
   * from} is found by {@link String#indexOf} and kept, so that lines asked in order cost one run
   * over the text for each char, however many lines hold none.
   */
  private boolean holdsCells(int from, int end) {
    if (from < pipeFrom || from > pipeAt) {
      int at = f.indexOf('|', from);
      pipeAt = at < 0 ? f.length() : at;
      pipeFrom = from;
    }
    if (pipeAt < end) {
      return true;
    }
    if (from < tabFrom || from > tabAt) {
      int at = f.indexOf('\t', from);
      tabAt = at < 0 ? f.length() : at;
      tabFrom = from;
    }
    return tabAt < end;
  }

  /**
   * Whether {@link #at}{@code (start)} gives the line a new cursor gives and leaves this cursor as
   * a new one that read it: the cursor reads {@code start}'s physical line afresh, or has read it
   * afresh at {@code start} and been asked for nothing else since.
   */
  boolean freshAt(int start) {
    return start < physicalStart || start > physicalEnd || pristine && start == physicalStart;
  }

  /**
   * Where the logical line at {@code start} ends inside a flattened table ({@link FlatTable}): a
   * header ends where its first row starts, a row where the next row starts; else -1.
   */
  private int flatBreak(int start) {
    int s = LineShapes.skipBlanks(f, start, physicalEnd);
    int header = FlatTable.headerEnd(f, s, physicalEnd);
    if (header > s) {
      flatRow = 1;
      return header;
    }
    if (flatRow > 0 && FlatTable.opensRow(f, s, physicalEnd, flatRow)) {
      int end = FlatTable.rowEnd(f, s, physicalEnd, flatRow);
      flatRow = end < physicalEnd ? flatRow + 1 : 0;
      return end;
    }
    flatRow = 0;
    return -1;
  }

  /**
   * Whether a flattened table's header ({@link FlatTable}) or an annex label starts at {@code i}:
   * a line break a web copy lost. An annex label ({@code 附件：}, {@code 附件1}) starts one after a
   * paragraph's indent; after the end of a sentence, {@code 附件：}, or {@code 附件} and its number
   * when nothing but a caption follows it up to the line's end or a table's first pipe ({@link
   * #annexCaptionFollows}: {@code …政策。附件}, {@code …政策。附件重点任务分工表序号 | …}), since a sentence
   * that opens with the word ({@code 附件1所列项目由…负责。}) goes on with clause punctuation. A table's
   * title that ends with a word of a table's kind ({@code document-kinds.txt}: {@code …任务分解表}) run
   * into a header that fills the rest of its line ({@code …分解表序号	工作任务	…	完成时限}, the break
   * between the two lost) is such a break too ({@link FlatTable#headerRunsToLineEnd}).
   */
  private boolean tableOrAnnexAt(int i) {
    char c = f.charAt(i);
    if (c != '附' && !FlatTable.couldOpenHeader(c) || i < 2) {
      return false;
    }
    boolean indent = text.charAt(i - 1) == '\u3000' && text.charAt(i - 2) == '\u3000';
    if (c == '附') {
      char after = i + 2 < physicalEnd ? f.charAt(i + 2) : '。';
      return f.startsWith("附件", i) && (indent ? after == ':' || TextChars.isDigit(after) || TextChars.isBlank(after)
          : isSentenceEnd(previousNonBlank(i)) && (after == ':' || annexCaptionFollows(i, i + 2)));
    }
    if ((indent || isClauseEnd(previousNonBlank(i))) && FlatTable.headerEnd(f, i, physicalEnd) > i) {
      return true;
    }
    return DocumentKinds.endsTitleAt(f, i, Math.max(0, i - MAX_TABLE_KIND))
        && (FlatTable.headerRunsToLineEnd(f, i, physicalEnd) || FlatTable.headerEnd(f, i, physicalEnd) > i);
  }

  /** The longest word of a table's kind looked for before its header ({@code 分解表}, {@code 台账}). */
  private static final int MAX_TABLE_KIND = 8;

  /**
   * Whether, from {@code i} right after the word {@code 附件} (which starts at {@code label}), only an
   * annex label's number (and its colon) and a caption follow up to the physical line's end or its
   * first pipe or tab: at most {@value #MAX_ANNEX_CAPTION} characters without a clause's punctuation
   * ({@link TextChars#isClauseBreak}). Inside a table row (a pipe stands before the label on the
   * logical line being cut), the pipe must also open a table's header: a number column's word
   * stands right before it ({@code …。附件2重点项目表序号 | …}), since a cell's last sentence that
   * opens with the word ({@code … | 改造老旧小区36个。附件1所列项目全部开工 | 张立新 | …}) only
   * refers to an annex.
   */
  private boolean annexCaptionFollows(int label, int i) {
    int k = i;
    while (k < physicalEnd && k - i < MAX_DIGITS && TextChars.isDigit(f.charAt(k))) {
      k++;
    }
    k += k < physicalEnd && f.charAt(k) == ':' ? 1 : 0;
    for (int limit = Math.min(physicalEnd, k + MAX_ANNEX_CAPTION + 1); k < limit; k++) {
      char c = f.charAt(k);
      if (c == '|' || c == '\t') {
        return !pipeBefore(label) || FlatTable.numberColumnEndsAt(f, TextChars.skipSpacesBack(f, k, i), i);
      }
      if (TextChars.isClauseBreak(c) || c == '、') {
        return false;
      }
    }
    return k == physicalEnd;
  }

  /**
   * The first offset in {@code [from, physicalEnd)} where a label follows a clause end, a heading's
   * text, a note's units or a paragraph's indent, else the end.
   */
  private int nextLabel(int from) {
    logicalStart = from - 1;
    int furnitureEnd = furnitureLineEnd(from - 1);
    if (furnitureEnd >= 0) {
      return furnitureEnd;
    }
    int headingText = headingTextStart(from - 1);
    runOn = headingText >= 0;
    if (longLine && !labelSeen) {
      labelSeen = runOn || LineShapes.label(f, Line.of(f, from - 1, physicalEnd, physicalEnd)) != null;
    }
    noteRunOn = runOn && NoteKeyReader.couldStartKey(f.charAt(LineShapes.skipBlanks(f, from - 1, physicalEnd)))
        && NoteKeyReader.keyAt(f, LineShapes.skipBlanks(f, from - 1, physicalEnd), physicalEnd) != null;
    headingColon = -1;
    pipeBefore = false;
    pipeScanned = from - 1;
    int opening = LineShapes.skipBlanks(f, from - 1, physicalEnd);
    int fieldValue = fieldLabelEnd(opening);
    boolean noteLine = noteRunOn;
    int fieldRun = fieldValue >= 0 ? fieldValue : noteLine ? headingText : -1;
    int headingRun = runOn && !noteLine ? headingText : -1;
    int goalRun = headingRun >= 0 || noteLine ? headingRun : taskTextStart(from - 1);
    if (goalRun < 0 && !noteLine) {
      int titleKey = LineShapes.titleFieldEnd(f, opening, physicalEnd);
      if (titleKey > 0) {
        goalRun = titleKey;
      }
    }
    int record = LineShapes.recordNumberEnd(f, opening, physicalEnd);
    if (record >= from && record < physicalEnd && fieldKeyAt(LineShapes.skipBlanks(f, record, physicalEnd))) {
      return record;
    }
    int depth = 0;
    for (int i = from; i < physicalEnd; i++) {
      if (skip) {
        if (lines != null) {
          i = lines.nextMayAct(i, physicalEnd);
        } else {
          while (i < physicalEnd && !TextChars.in(MAY_ACT, f.charAt(i))) {
            i++;
          }
        }
        if (i == physicalEnd) {
          break;
        }
      }
      char c = f.charAt(i);
      int acts = skip ? ACTS[c] & 0xFF : EVERY_TEST;
      if (c == ':' && depth == 0 && goalRun >= 0) {
        int goalLabel = goalLabelBreak(i, goalRun);
        if (goalLabel > 0) {
          return goalLabel;
        }
      }
      if ((acts & ENDS_RUN) != 0
          && (noteRunOn ? c == '。' : runOn && i >= headingText && (isSentenceEnd(c) || c == ';' || c == ':'))) {
        headingColon = !noteRunOn && c == ':' ? i : -1;
        runOn = false;
        noteRunOn = false;
      }
      if ((acts & BRACKET) != 0 && c == NoteKeyReader.BRACKET_OPEN && depth == 0 && !noteRunOn && i > from) {
        NoteKeyReader.Match bracketedKey = NoteKeyReader.bracketedKeyAt(f, i, physicalEnd);
        if (bracketedKey != null) {
          // a note's key in corner brackets (【牵头单位】…): the note runs on as after a key and its colon
          runOn = true;
          noteRunOn = true;
          headingText = bracketedKey.end();
          i = bracketedKey.end() - 1;
          continue;
        }
      }
      if ((acts & BRACKET) != 0) {
        depth += TextChars.isOpenBracket(c) ? 1 : TextChars.isCloseBracket(c) && depth > 0 ? -1 : 0;
      }
      if ((acts & KEY) != 0 && depth == 0) {
        if ((fieldRun >= 0 || headingRun >= 0) && fieldLabelBreaks(i, headingRun, fieldRun, fieldValue >= 0)) {
          return i;
        }
        if (noteRunOn && i > from && ClosingParagraphs.opensAt(f, i, physicalEnd)) {
          return i;
        }
        int keyEnd = noteRunOn || !NoteKeyReader.couldStartKey(c) ? -1 : noteKeyEnd(i);
        if (keyEnd > i) {
          runOn = true;
          noteRunOn = true;
          headingText = keyEnd;
          i = keyEnd - 1;
          continue;
        }
      }
      if ((acts & TABLE) != 0 && i > from && tableOrAnnexAt(i)) {
        return i;
      }
      if ((acts & FURNITURE) != 0 && LineShapes.couldOpenFurniturePhrase(c) && i > from
          && isSentenceEnd(previousNonBlank(i)) && LineShapes.furniturePhraseEnd(f, i, physicalEnd) > i) {
        return i;
      }
      if ((acts & PAGE) != 0 && TextChars.in(PAGE_DASH, c) && i > from && !TextChars.in(PAGE_DASH, f.charAt(i - 1))
          && !TextChars.isDigit(f.charAt(i - 1)) && LineShapes.pageNumberEnd(f, i, physicalEnd) > i) {
        return i;
      }
      if ((acts & BLANK) != 0 && text.charAt(i) == '\u3000' && i + 1 < physicalEnd && text.charAt(i + 1) != '\u3000'
          && (indentedLabelAt(i + 1) || longLine && labelSeen && indentedParagraphAt(i + 1))) {
        labelSeen = true;
        return i + 1;
      }
      if ((acts & LABEL) != 0 && (c >= '0' && c <= '9' ? arabicLabelAt(i) : TextChars.in(CHINESE_DIGIT, c) ? headingAt(i)
          : c == '(' ? parenthesisedAt(i) || groupNoteAt(i) : c == '第' ? chapterOrArticleAt(i)
          : LineShapes.isCircledNumeral(c) ? circledAt(i) : c == '【' ? bracketHeadingAt(i)
          : RECORD_NUMBER_STARTS.indexOf(c) >= 0 ? recordNumberAt(i, from)
          : ListBullets.endAt(f, i, physicalEnd) > 0 ? bulletAt(i, from)
          : GroupNotes.couldOpen(c) && groupNoteAt(i)) && !insideCell(i)) {
        labelSeen = true;
        return i;
      }
    }
    return physicalEnd;
  }

  /**
   * Whether the label at {@code i} stands inside a table cell, on a line that holds cells: a pipe
   * before it on the logical line being cut and one after it on the physical line. A cell holds its
   * own numbered points ({@code … | 1.健全…（25分）; 2.新建… |}), which start no item; a row or a
   * heading run onto a row is {@link TableLineBreaks}' to find. Each pipe is looked for once.
   */
  private boolean insideCell(int i) {
    if (!pipeBefore(i)) {
      return false;
    }
    if (pipeAfter <= i) {
      int pipe = TextChars.indexOf(f, '|', i + 1, physicalEnd);
      pipeAfter = pipe < 0 ? physicalEnd : pipe;
    }
    return pipeAfter < physicalEnd;
  }

  /**
   * Whether a pipe stands before {@code i} on the logical line being cut, on a line that holds
   * cells; asked at offsets that never decrease, so each char is looked at once.
   */
  private boolean pipeBefore(int i) {
    if (!cells) {
      return false;
    }
    if (!pipeBefore && pipeScanned < i) {
      pipeBefore = TextChars.indexOf(f, '|', pipeScanned, i) >= 0;
      pipeScanned = i;
    }
    return pipeBefore;
  }

  /**
   * Where the logical line at {@code start} ends when it opens with a whole line of page furniture
   * ({@link LineShapes#furniturePhraseEnd}: {@code 扫一扫在手机打开当前页}) that a copy ran into a
   * numbering label or into more furniture ({@code 扫一扫在手机打开当前页二、保障…}, {@code
   * 打印本页关闭窗口}): right after the phrase; or with a printed page number run into whatever
   * follows it ({@code — 2 —责任单位：…}, {@link LineShapes#pageNumberEnd}): right after the number;
   * else -1. A page number run on after text starts a line of its own too ({@link #nextLabel}).
   */
  private int furnitureLineEnd(int start) {
    int s = LineShapes.skipBlanks(f, start, physicalEnd);
    int page = LineShapes.pageNumberEnd(f, s, physicalEnd);
    if (page > s) {
      int after = LineShapes.skipBlanks(f, page, physicalEnd);
      return after < physicalEnd ? after : -1;
    }
    int end = LineShapes.furniturePhraseEnd(f, s, physicalEnd);
    if (end < 0) {
      return -1;
    }
    int next = LineShapes.skipBlanks(f, end, physicalEnd);
    return next < physicalEnd && (LineShapes.furniturePhraseEnd(f, next, physicalEnd) > next
        || LineShapes.label(f, Line.of(f, next, physicalEnd, physicalEnd)) != null) ? next : -1;
  }

  /**
   * Whether a group note ({@link GroupNotes}: {@code 以上任务由…牵头}, or in brackets) opens at {@code
   * i} after the end of a sentence or of a note ({@code …12座。以上任务由…}): it speaks of every task
   * above it, so it starts a line of its own.
   */
  private boolean groupNoteAt(int i) {
    int at = f.charAt(i) == '(' ? i + 1 : i;
    return at + 1 < physicalEnd && GroupNotes.couldOpen(f.charAt(at)) && isSentenceEnd(previousNonBlank(i))
        && GroupNotes.unitsStart(f, at, physicalEnd) > at;
  }

  /** Where the note key with its colon at {@code i} ends ({@code 责任单位:}), or -1. */
  /**
   * Where a field label of {@code field-labels.txt} and its colon ({@code 培训对象:}) starting at
   * {@code i} end, else -1.
   */
  private int fieldLabelEnd(int i) {
    return FieldLabels.labelEnd(f, i, physicalEnd);
  }

  /**
   * Whether a field label and its colon at {@code i} start a line a copy lost (a programme's
   * own-line fields, which end in no sentence end): a label of {@code field-labels.txt} run onto a
   * heading's text ({@code (一)预算管理业务培训班培训对象:…}, {@code headingRun} where that text starts)
   * that holds no punctuation, where another field follows ({@link #anotherFieldFollows}), or onto a field's value ({@code fieldRun} where it starts, after a
   * field label or a note key) that holds no sentence end; and a note key ({@code 主办处室:}) run onto
   * the value of a field of {@code field-labels.txt} ({@code 培训时间:4月、9月,每期4天主办处室:预算处},
   * {@code fieldLabelLine}). Both at most {@value FieldLabels#MAX_RUN} characters long, so a label inside a
   * sentence ({@code …要明确培训对象:…}) goes on.
   */
  private boolean fieldLabelBreaks(int i, int headingRun, int fieldRun, boolean fieldLabelLine) {
    char c = f.charAt(i);
    boolean label = FieldLabels.couldStart(c) && fieldLabelEnd(i) > i;
    if (!label && !(fieldLabelLine && NoteKeyReader.couldStartKey(c) && noteKeyEnd(i) > i)) {
      return false;
    }
    if (label && headingRun >= 0 && headingRun < i && i - headingRun <= FieldLabels.MAX_RUN) {
      return noneIn(headingRun, i, true) && anotherFieldFollows(fieldLabelEnd(i));
    }
    return fieldRun >= 0 && fieldRun < i && i - fieldRun <= FieldLabels.MAX_RUN && noneIn(fieldRun, i, false);
  }

  /**
   * Where a task's own-line goal field starts that a copy ran onto the heading's text starting at
   * {@code headingRun} ({@code (一)推动招商引资年度目标:引进…。牵头单位:…}), its colon at {@code colon};
   * else -1. The goal label ({@link FieldLabels#goalLabelStart}) follows at least two characters of
   * heading text that hold no punctuation and do not end in a verb taking the goal ({@code
   * (一)明确年度目标:…} stays whole), and the goal's first sentence end, within {@value
   * FieldLabels#MAX_RUN} characters, is followed by the task's note key or its next goal field
   * ({@code 工作措施:} of a task's card), on the same line or the next ({@link #noteFollowsSentence}).
   */
  private int goalLabelBreak(int colon, int headingRun) {
    int start = FieldLabels.goalLabelStart(f, colon, headingRun);
    if (start < headingRun + 2 || start - headingRun > FieldLabels.MAX_RUN || !noneIn(headingRun, start, true)) {
      return -1;
    }
    return noteFollowsSentence(colon + 1) ? start : -1;
  }

  /**
   * Whether the first sentence end of the text from {@code valueStart}, within {@value
   * FieldLabels#MAX_RUN} chars and on its line, is followed by a note key, a goal label or a progress
   * label with its colon ({@link FieldLabels#goalLabelEnd}, {@link FieldLabels#progressLabelEnd}:
   * {@code 目标任务:…。⏎完成情况:…}), right after it or at the start of the next line.
   */
  private boolean noteFollowsSentence(int valueStart) {
    int limit = Math.min(f.length(), valueStart + FieldLabels.MAX_RUN);
    for (int k = valueStart; k < limit; k++) {
      char c = f.charAt(k);
      if (TextChars.isLineBreak(c)) {
        return false;
      }
      if (TextChars.isSentenceStop(c)) {
        int next = nextContent(k + 1);
        return next < f.length() && (NoteKeyReader.couldStartKey(f.charAt(next)) && noteKeyEnd(next, f.length()) > next
            || FieldLabels.goalLabelEnd(f, next, f.length()) > next
            || FieldLabels.progressLabelEnd(f, next, f.length()) > next);
      }
    }
    return false;
  }

  /**
   * Whether another field follows the value starting at {@code valueStart} before any sentence end,
   * within {@value FieldLabels#MAX_RUN} chars: a label of {@code field-labels.txt} or a note key with
   * its colon, later on the same line (a copy that lost every break) or opening the next line. A
   * programme's fields come in runs, so a label run onto a heading is a field only where one follows
   * ({@code (一)预算管理业务培训班培训对象:…⏎培训规模:…}); a heading that names a label as its topic
   * ({@code (二)创新培训方式:推行线上线下相结合。}) stays whole.
   */
  private boolean anotherFieldFollows(int valueStart) {
    int limit = Math.min(f.length(), valueStart + FieldLabels.MAX_RUN);
    for (int k = valueStart; k < limit; k++) {
      char c = f.charAt(k);
      if (TextChars.isSentenceStop(c)) {
        return false;
      }
      if (TextChars.isLineBreak(c)) {
        int next = nextContent(k);
        return next < f.length() && fieldStartsAt(next);
      }
      if (k > valueStart && fieldStartsAt(k)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the index past the line breaks from {@code i} and the blanks after them: where the next line's content starts} */
  private int nextContent(int i) {
    int next = i;
    while (next < f.length() && TextChars.isLineBreak(f.charAt(next))) {
      next++;
    }
    return LineShapes.skipBlanks(f, next, f.length());
  }

  /** Whether a label of {@code field-labels.txt} or a note key, with its colon, starts at {@code k}. */
  private boolean fieldStartsAt(int k) {
    return FieldLabels.labelEnd(f, k, f.length()) > k
        || NoteKeyReader.couldStartKey(f.charAt(k)) && noteKeyEnd(k, f.length()) > k;
  }

  /**
   * Whether {@code f[from, to)} holds no sentence end ({@link TextChars#isSentenceStop}) and, when {@code clauses}, no
   * clause punctuation either ({@link TextChars#isClauseBreak}, {@code 、}).
   */
  private boolean noneIn(int from, int to, boolean clauses) {
    for (int k = from; k < to; k++) {
      char c = f.charAt(k);
      if (TextChars.isSentenceStop(c) || clauses && (TextChars.isClauseBreak(c) || c == '、')) {
        return false;
      }
    }
    return true;
  }

  private int noteKeyEnd(int i) {
    return noteKeyEnd(i, physicalEnd);
  }

  /** Where a note key with its colon starting at {@code i} ends, within {@code limit}; else -1. */
  private int noteKeyEnd(int i, int limit) {
    NoteKeyReader.Match key = NoteKeyReader.keyAt(f, i, limit);
    return key != null && f.charAt(key.end() - 1) == ':' ? key.end() : -1;
  }

  /**
   * Whether a label opens {@code [i, physicalEnd)} right after a paragraph's indent of two or more
   * ideographic spaces ({@code …÷2　　(二)实行…}): the indent of a line whose break was lost.
   */
  private boolean indentedLabelAt(int i) {
    int k = i - 1;
    int indent = 0;
    while (k > physicalStart && TextChars.isBlank(f.charAt(k))) {
      indent += text.charAt(k) == '\u3000' ? 1 : 0;
      k--;
    }
    return indent >= 2 && k > physicalStart && !TextChars.isBlank(f.charAt(k))
        && LineShapes.label(f, Line.of(f, i, physicalEnd, physicalEnd)) != null;
  }

  /**
   * Whether a paragraph opens at {@code i} in a line that lost its breaks for certain, once its body
   * has begun: after an indent of two or more ideographic spaces in the input that follows the end
   * of a sentence or a note ({@code …省财政厅)　　推动企业上云…}) or a heading's text run on without
   * punctuation ({@code 一、支持工业互联网平台建设　　培育…}). The front matter's indents are {@link
   * FrontLines}' to read: a title may hold one ({@code 促进某某成果　　转移转化行动方案}).
   */
  private boolean indentedParagraphAt(int i) {
    int k = i - 1;
    int indent = 0;
    while (k > physicalStart && TextChars.isBlank(f.charAt(k))) {
      indent += text.charAt(k) == '\u3000' ? 1 : 0;
      k--;
    }
    if (indent < 2 || k <= physicalStart || TextChars.isBlank(f.charAt(k)) || TextChars.isBlank(f.charAt(i))) {
      return false;
    }
    char before = f.charAt(k);
    return isSentenceEnd(before) || runOn && !noteRunOn && isIdeograph(before);
  }

  /**
   * {@code 12. } or {@code 12、} after a clause end, or {@code 12. } straight after a heading's text;
   * the text after {@code 12.} may open with a quote or a bracketed heading ({@code 1.【开展…】}).
   */
  private boolean arabicLabelAt(int i) {
    char before = previousNonBlank(i);
    if (before >= '0' && before <= '9' || before == '.' || before == ',' || before == '%') {
      return false;
    }
    int j = i;
    while (j < physicalEnd && j - i <= MAX_DIGITS && f.charAt(j) >= '0' && f.charAt(j) <= '9') {
      j++;
    }
    if (j - i > MAX_DIGITS || j >= physicalEnd) {
      return false;
    }
    char mark = f.charAt(j);
    if (mark != '.' && mark != '、' && mark != ' ') {
      return false;
    }
    boolean afterHeading = runOn && (isIdeograph(before) || isClosingQuote(before)) || previousNonBlankAt(i) == headingColon
        || isIdeograph(before) && (afterListedTitle(i) || afterNoteVerb(i) || afterDashUnits(i));
    if (!longLine && !isSentenceEnd(before) && !afterHeading
        && !(f.charAt(i) == '1' && i + 1 < physicalEnd && !TextChars.isDigit(f.charAt(i + 1)) && afterTitle(i))) {
      return false;
    }
    if (j + 1 == physicalEnd) {
      return (mark == '.' || mark == '、') && (isClauseEnd(before) || afterHeading);
    }
    char after = f.charAt(j + 1);
    if (mark == ' ' && afterHeading) {
      Label spaced = LineShapes.label(f, Line.of(f, i, physicalEnd, physicalEnd));
      return spaced != null && spaced.kind() == Label.Kind.ARABIC_SPACE;
    }
    if (mark == '.') {
      return (after == ' ' || isIdeograph(after) || isOpeningQuote(after) || after == '【'
          || LineShapes.startsWithYear(f, j + 1, physicalEnd))
          && endsTextBefore(before) || after >= '0' && after <= '9' && figureRunsIntoText(j + 1)
          && (isSentenceEnd(before) || afterHeading && opensWithMonth(j + 1))
          || after >= '0' && after <= '9' && (isSentenceEnd(before) || afterHeading) && sectionNumberedAt(i)
          || longLine && isIdeograph(before) && opensWithLatinWord(j + 1);
    }
    return mark == '、' && (isClauseEnd(before) || isIdeograph(before) && isIdeograph(after))
        && after != ' ' && !(after >= '0' && after <= '9');
  }

  /**
   * Whether a task numbered within its section ({@code 1.2 促进消费回暖}, {@link LineShapes}) opens
   * at {@code i}: after a sentence's or a heading's end it starts a line as {@code 2.} does; not on
   * a line that holds a tab, a table's row whose figure cells ({@code …以上。\t12.5\t王涛}) the
   * folded text shows parted by blanks.
   */
  private boolean sectionNumberedAt(int i) {
    Label label = LineShapes.label(f, Line.of(f, i, physicalEnd, physicalEnd));
    return label != null && label.kind() == Label.Kind.ARABIC && label.end() > i + 2
        && f.charAt(label.end() - 1) >= '0' && f.charAt(label.end() - 1) <= '9'
        && TextChars.indexOf(text, '\t', Math.max(0, logicalStart), physicalEnd) < 0;
  }

  /**
   * Whether the digits at {@code k} run on into text ({@code 11.121人才…}, {@code 3.6月底前…}), as
   * the text of a label that opens with a figure does: a figure followed by a blank or the line's
   * end ({@code …以上。\t12.5\t王涛}, a table's cell after a tab) is a decimal, not a label and its text.
   */
  private boolean figureRunsIntoText(int k) {
    int digits = k;
    while (digits < physicalEnd && TextChars.isDigit(f.charAt(digits))) {
      digits++;
    }
    return digits < physicalEnd && !TextChars.isBlank(f.charAt(digits));
  }

  /**
   * Whether a month of one or two digits opens the text at {@code k} ({@code 6月底前}): after a
   * label's {@code .} no decimal reads so ({@code 3.6个月} has its classifier), so {@code
   * …县经信局3.6月底前完成…} is task 3 run onto the note before it (annotation guide §6, Lost line
   * breaks).
   */
  private boolean opensWithMonth(int k) {
    int digits = k;
    while (digits < physicalEnd && digits - k < 2 && f.charAt(digits) >= '0' && f.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == k || digits >= physicalEnd || f.charAt(digits) != '月') {
      return false;
    }
    int month = Integer.parseInt(f, k, digits, 10);
    return month >= 1 && month <= 12;
  }

  /** {@code 一、} to {@code 二十三、} after a clause end. */
  private boolean headingAt(int i) {
    if (i > 0 && TextChars.in(CHINESE_DIGIT, f.charAt(i - 1))) {
      return false;
    }
    int j = i;
    while (j < physicalEnd && j - i < MAX_NUMERAL && TextChars.in(CHINESE_DIGIT, f.charAt(j))) {
      j++;
    }
    return j < physicalEnd && f.charAt(j) == '、'
        && (isClauseEnd(previousNonBlank(i)) || j == i + 1 && f.charAt(i) == '一' && afterTitle(i)
            || noteRunOn && isIdeograph(previousNonBlank(i))
            || (afterNoteVerb(i) || afterDashUnits(i)) && headingRunsToTask(j + 1))
        && (longLine || isHeadingText(j + 1));
  }

  /** The longest heading text read between a run-on section label and its first task's label. */
  private static final int MAX_RUN_ON_HEADING = 30;

  /**
   * Whether the text right before {@code i} ends with a verb of notes ({@code note-verbs.txt}:
   * {@code 牵头}, {@code 配合}, {@code 负责}): a task's closing note written without brackets
   * ({@code …县卫生健康局牵头，各乡镇配合二、就业社保3.…}).
   */
  private boolean afterNoteVerb(int i) {
    return i > 0 && NoteWords.verbs().matchEndingAt(f, i, Math.max(logicalStart, i - MAX_VERB)) != null;
  }

  /** The longest list of units after a dash looked back over before a run-on label. */
  private static final int MAX_DASH_UNITS = 80;

  /**
   * Whether the text right before {@code i} ends a bare list of units after a dash, a task's closing
   * note without key or verb ({@code …惠及居民1.2万户。——市住房城乡建设局、市财政局、各区人民政府2.同步…}):
   * it ends as an office's name does ({@code unit-endings.txt}) and a dash stands before it on the
   * line, within {@value #MAX_DASH_UNITS} chars and with no sentence end between.
   */
  private boolean afterDashUnits(int i) {
    WordTable.Match<UnitEnding> ending = NoteWords.unitEndings().matchEndingAt(f, i, Math.max(logicalStart, i - 4));
    if (ending == null || ending.meaning() != UnitEnding.OFFICE) {
      return false;
    }
    for (int k = i - 1; k > Math.max(logicalStart, i - MAX_DASH_UNITS); k--) {
      char c = f.charAt(k);
      if (c == '—') {
        return true;
      }
      if (isSentenceEnd(c)) {
        return false;
      }
    }
    return false;
  }

  /** The longest verb of notes looked for before a run-on label ({@code 按照职责分工配合}). */
  private static final int MAX_VERB = 8;

  /**
   * Whether a heading's text from {@code k} runs without clause punctuation, within {@value
   * #MAX_RUN_ON_HEADING} chars, into a task label that opens words ({@code 就业社保3.城镇…}) or to
   * the line's end (two lines joined: {@code …配合二、强化要素保障⏎4.…}); a numeral list in a
   * sentence ({@code 一、二级预防措施。}) does neither.
   */
  private boolean headingRunsToTask(int k) {
    int limit = Math.min(physicalEnd, k + MAX_RUN_ON_HEADING);
    for (int m = k; m < limit; m++) {
      char c = f.charAt(m);
      if ("。;:,、()!?".indexOf(c) >= 0) {
        return false;
      }
      if (TextChars.isDigit(c)) {
        int d = ChineseNumerals.digitsEnd(f, m, Math.min(physicalEnd, m + MAX_DIGITS + 1));
        return m > k && d - m <= MAX_DIGITS && d + 1 < physicalEnd && (f.charAt(d) == '.' || f.charAt(d) == '、')
            && isIdeograph(f.charAt(d + 1));
      }
    }
    return limit == physicalEnd && limit > k;
  }

  /**
   * Whether the logical line up to the label at {@code i} is an item of a list of documents whose
   * next item the label numbers ({@code 1.某市优化营商环境若干措施2.某市…}): it opens with the label
   * of the number before, and its text is a document's title alone (no clause punctuation, at most
   * {@value #MAX_LISTED_TITLE} characters, ending with a word that names a kind of document,
   * {@code document-kinds.txt}).
   */
  private boolean afterListedTitle(int i) {
    int s = LineShapes.skipBlanks(f, logicalStart, i);
    if (i - s > MAX_LISTED_TITLE + MAX_DIGITS + 1 || s >= i || !TextChars.isDigit(f.charAt(s))) {
      return false;
    }
    Label item = LineShapes.label(f, Line.of(f, s, i, i));
    int digitsEnd = ChineseNumerals.digitsEnd(f, i, Math.min(physicalEnd, i + MAX_DIGITS + 1));
    if (item == null || item.kind() != Label.Kind.ARABIC || digitsEnd - i > MAX_DIGITS
        || ChineseNumerals.parse(f, i, digitsEnd) != item.number() + 1) {
      return false;
    }
    for (int k = item.textStart(); k < i; k++) {
      if ("。;:,(".indexOf(f.charAt(k)) >= 0) {
        return false;
      }
    }
    return DocumentKinds.endsTitle(f.substring(item.textStart(), i).replace("》", ""));
  }

  /** {@code (一)} after a clause end; {@code (1)} after the end of a sentence or a clause. */
  private boolean parenthesisedAt(int i) {
    if (i + 1 < physicalEnd && f.charAt(i + 1) >= '0' && f.charAt(i + 1) <= '9') {
      return subItemAt(i);
    }
    int j = i + 1;
    while (j < physicalEnd && j - i <= MAX_NUMERAL && TextChars.in(CHINESE_DIGIT, f.charAt(j))) {
      j++;
    }
    char before = previousNonBlank(i);
    return j > i + 1 && j < physicalEnd && f.charAt(j) == ')'
        && (longLine || runOn ? endsTextBefore(before)
            : (isClauseEnd(before) || j == i + 2 && f.charAt(i + 1) == '一' && afterTitle(i)) && isHeadingText(j + 1));
  }

  /**
   * {@code ①} to {@code ⑳} after the end of a sentence or a note ({@code …完成时限：2024年12月底。②提升…},
   * {@code …市司法局）②规范…}) or straight after a heading's text ({@code （一）深化一网通办①推行…}),
   * with text after it: a sub-item that may be a task of its own. After a
   * colon or a semicolon it is a point run on inside its line ({@code 主要目标：①…；②…}) and starts none.
   */
  private boolean circledAt(int i) {
    int j = i + 1;
    if (j < physicalEnd && (f.charAt(j) == '、' || f.charAt(j) == '.')) {
      j++;
    }
    char before = previousNonBlank(i);
    return j < physicalEnd && isIdeograph(f.charAt(j))
        && (isSentenceEnd(before) || runOn && !noteRunOn && (isIdeograph(before) || isClosingQuote(before))
            || f.charAt(i) == '\u2460' && afterItemHeading(i, NotedItemHeadings.CIRCLED_RANK));
  }

  /**
   * Whether the first item of a deeper level, whose label at {@code i} has rank {@code rank}
   * ({@link NotedItemHeadings#rank}), follows straight on the text of a {@code 1.} or {@code (1)}
   * label that opens the logical line, that text a heading's words only ({@code
   * 1.加强水源保护(1)划定…}, {@code (2)推进水源地整治①清理…}): a heading of noted items a copy ran
   * into its first item. Its words are ideographs (no punctuation, bracket or digit), at least two
   * and at most {@value #MAX_RUN_ON_HEADING}.
   */
  private boolean afterItemHeading(int i, int rank) {
    if (i < 2 || !isIdeograph(f.charAt(i - 1))) {
      return false;
    }
    Label opening = LineShapes.label(f, Line.of(f, logicalStart, physicalEnd, physicalEnd));
    if (opening == null || opening.textStart() > i - 2 || i - opening.textStart() > MAX_RUN_ON_HEADING
        || opening.kind() != Label.Kind.ARABIC && opening.kind() != Label.Kind.SUB_ITEM
        || NotedItemHeadings.rank(f, opening) >= rank) {
      return false;
    }
    for (int k = opening.textStart(); k < i; k++) {
      if (!isIdeograph(f.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code 【要素保障】} after a sentence's end or a word ({@code …月底前【要素保障】3.保障…}, a note's
   * value or the title run on), its words ideographs only and a numbered item's label right after
   * it: a category heading over numbered items ({@link LineShapes#bracketHeading}) that a copy ran
   * on. A bracketed title after a task's label ({@code 1.【开展…】围绕…}) follows no word and is
   * followed by text, and starts none.
   */
  private boolean bracketHeadingAt(int i) {
    char before = previousNonBlank(i);
    if (i == 0 || !isSentenceEnd(before) && !isIdeograph(before)) {
      return false;
    }
    int close = i + 1;
    while (close < physicalEnd && close - i - 1 <= LineShapes.MAX_BRACKET_HEADING && isIdeograph(f.charAt(close))) {
      close++;
    }
    if (close - i - 1 < 2 || close >= physicalEnd || f.charAt(close) != '】') {
      return false;
    }
    int next = LineShapes.skipBlanks(f, close + 1, physicalEnd);
    if (next >= physicalEnd) {
      return true;
    }
    Label item = LineShapes.label(f, Line.of(f, next, physicalEnd, physicalEnd));
    return item != null && item.kind() != Label.Kind.SECTION && item.kind() != Label.Kind.CHAPTER;
  }

  /**
   * A list's bullet ({@code ●}, {@link ListBullets}) after a sentence's or a note's end or straight
   * after a heading's words ({@code 一、深入打好蓝天保卫战●推进…}), with words after it: an item a
   * copy ran on, which starts a line.
   */
  private boolean bulletAt(int i, int from) {
    char before = previousNonBlank(i);
    int text = LineShapes.skipBlanks(f, ListBullets.endAt(f, i, physicalEnd), physicalEnd);
    return i > from && text < physicalEnd && isIdeograph(f.charAt(text))
        && (isSentenceEnd(before) || runOn && !noteRunOn && isIdeograph(before));
  }

  /**
   * {@code 序号：2} after a sentence's end or a field's value ({@code …完成时限：2024年11月底序号：2工作任务：…},
   * a record of {@code key：value} lines run on, {@link LineShapes#recordNumberEnd}), followed by
   * the line's end or the next field's key: the next record's row number starts a line; its digits
   * end it ({@link #nextLabel}).
   */
  private boolean recordNumberAt(int i, int from) {
    char before = previousNonBlank(i);
    if (i <= from || !isSentenceEnd(before) && !isIdeograph(before) && !TextChars.isDigit(before)) {
      return false;
    }
    int end = LineShapes.recordNumberEnd(f, i, physicalEnd);
    if (end < 0) {
      return false;
    }
    int next = LineShapes.skipBlanks(f, end, physicalEnd);
    return next >= physicalEnd || fieldKeyAt(next);
  }

  /** Whether a record's field key opens at {@code i}: a table's column header or a note key, with its colon. */
  private boolean fieldKeyAt(int i) {
    return i < physicalEnd && (LineShapes.fieldKeyEnd(f, i, physicalEnd) > 0
        || NoteKeyReader.couldStartKey(f.charAt(i)) && noteKeyEnd(i) > 0);
  }


  /**
   * {@code (1)} or {@code (12)} after a clause end ({@code …负责)(2)依托…}, {@code 主要措施:(1)…}),
   * with text after it: a sub-item that may be a task of its own; a first {@code (1)} also straight
   * after the words of a heading ({@code 一、市容环境整治(1)整治…}) or of a heading of noted items
   * ({@link #afterItemHeading}).
   */
  private boolean subItemAt(int i) {
    int j = i + 1;
    while (j < physicalEnd && j - i <= 2 && f.charAt(j) >= '0' && f.charAt(j) <= '9') {
      j++;
    }
    if (j - i > 3 || j + 1 >= physicalEnd || f.charAt(j) != ')') {
      return false;
    }
    char after = f.charAt(j + 1);
    return isClauseEnd(previousNonBlank(i)) && (isIdeograph(after) || after >= '0' && after <= '9')
        || j == i + 2 && f.charAt(i + 1) == '1' && isIdeograph(after)
            && (afterItemHeading(i, NotedItemHeadings.PAREN_RANK)
                || runOn && !noteRunOn && isIdeograph(previousNonBlank(i)));
  }

  /**
   * {@code 第一章} or {@code 第十二条} opening a chapter or an article, after a clause end; {@code
   * 第一章} or {@code 第一条} also straight after the plan title ({@code …工作要点第一章 …}).
   */
  private boolean chapterOrArticleAt(int i) {
    int j = i + 1;
    while (j < physicalEnd && j - i <= MAX_NUMERAL && TextChars.in(CHINESE_DIGIT, f.charAt(j))) {
      j++;
    }
    if (j == i + 1 || j + 1 >= physicalEnd || (f.charAt(j) != '章' && f.charAt(j) != '条')) {
      return false;
    }
    char after = f.charAt(j + 1);
    char before = previousNonBlank(i);
    return (after == ' ' || isIdeograph(after)) && (longLine || runOn ? endsTextBefore(before)
        : isClauseEnd(before) || j == i + 2 && f.charAt(i + 1) == '一' && afterTitle(i));
  }

  /**
   * Where the heading text starts when the logical line at {@code start} opens with a heading label
   * ({@code 一、}, {@code (一)}, {@code 第二章}) or a note key ({@code 牵头单位:}), else -1: a heading
   * whose text a web copy ran into its first item ({@code 二、提升城市品质1、推进城市更新…}), or an
   * own-line note run into the next task ({@code 牵头单位:县发改局2.扩大消费…}). Until that text's
   * first sentence or clause ends, an item label straight after it starts a new line. A scanned
   * copy's blank between the numeral and its {@code 、} ({@code 三 、 增 进 民 生}) is part of the label.
   */
  /**
   * Where the text of a task numbered {@code 1.} or {@code 1、} starts when a line opens with one at
   * {@code start}, else -1: a task card's heading ({@code 1.粮食生产}) whose goal field a copy ran onto
   * it ({@link #goalLabelBreak}).
   */
  private int taskTextStart(int start) {
    Label label = LineShapes.label(f, Line.of(f, start, physicalEnd, physicalEnd));
    return label != null && label.kind() == Label.Kind.ARABIC ? label.textStart() : -1;
  }

  private int headingTextStart(int start) {
    int s = start;
    while (s < physicalEnd && TextChars.isBlank(f.charAt(s))) {
      s++;
    }
    if (s >= physicalEnd) {
      return -1;
    }
    char c = f.charAt(s);
    if (NoteKeyReader.couldStartKey(c)) {
      NoteKeyReader.Match key = NoteKeyReader.keyAt(f, s, physicalEnd);
      if (key != null && f.charAt(key.end() - 1) == ':') {
        return key.end();
      }
    }
    int j = s + (c == '(' || c == '第' ? 1 : 0);
    int k = j;
    while (k < physicalEnd && k - j < MAX_NUMERAL && TextChars.in(CHINESE_DIGIT, f.charAt(k))) {
      k++;
    }
    if (k == j || k >= physicalEnd) {
      return -1;
    }
    if (c != '(' && c != '第') {
      k = LineShapes.skipBlanks(f, k, physicalEnd);
      if (k >= physicalEnd) {
        return -1;
      }
    }
    char mark = f.charAt(k);
    boolean heading = c == '(' ? mark == ')' : c == '第' ? mark == '章' || mark == '节' : mark == '、';
    return heading ? k + 1 : -1;
  }

  /**
   * Whether the first item's label at {@code i} follows a plan title's last word ({@code
   * …重点工作任务一、…}, {@code …工作要点(一)…}): the title line a web copy ran into the first item.
   */
  private boolean afterTitle(int i) {
    for (String word : FrontMatterReader.GENRE_WORDS) {
      if (i >= word.length() && f.startsWith(word, i - word.length())) {
        return true;
      }
    }
    return firstLine && isTitleBefore(i) || blankPartedTitleBefore(i);
  }

  /**
   * Whether the first item's label at {@code i} follows a blank and a plan title parted from the
   * text before it by a blank too ({@code …2022年4月18日 (此件公开发布) 某县2022年重点工作责任分解 一、…}):
   * a copy that lost its line breaks and parts its paragraphs by a single blank.
   */
  private boolean blankPartedTitleBefore(int i) {
    if (i <= physicalStart || !TextChars.isBlank(f.charAt(i - 1))) {
      return false;
    }
    int end = previousNonBlankAt(i) + 1;
    int s = end;
    while (s > physicalStart && !TextChars.isBlank(f.charAt(s - 1)) && end - s <= MAX_TITLE) {
      s--;
    }
    return end > s && isTitleText(s, end);
  }

  /**
   * Whether the document's first line reads as a plan title up to {@code i} ({@code
   * 某县2023年为民办实事项目}): at most {@value #MAX_TITLE} characters naming a year, no clause
   * punctuation, ending in an ideograph.
   */
  private boolean isTitleBefore(int i) {
    return isTitleText(LineShapes.skipBlanks(f, lineStart, i), i);
  }

  /**
   * Whether {@code [s, i)} reads as a plan title: at most {@value #MAX_TITLE} characters naming a
   * year, no clause punctuation, ending in an ideograph.
   */
  private boolean isTitleText(int s, int i) {
    if (i - s > MAX_TITLE || i == s || !isIdeograph(f.charAt(i - 1))) {
      return false;
    }
    boolean year = false;
    for (int k = s; k < i; k++) {
      char c = f.charAt(k);
      if ("。;:,、!?".indexOf(c) >= 0) {
        return false;
      }
      year |= c == '年' && k >= s + 4 && LineShapes.startsWithYear(f, k - 4, i);
    }
    return year;
  }

  /**
   * {@code 。 ) ! ? 】 〕} ({@link #SENTENCE_ENDS}): the end of a sentence or of a note, after which a
   * {@code 1.} starts an item.
   */
  static boolean isSentenceEnd(char c) {
    return TextChars.in(SENTENCE_END, c);
  }

  /** Whether heading or item text (an ideograph, after any spaces) starts at {@code i}. */
  private boolean isHeadingText(int i) {
    int k = i;
    while (k < physicalEnd && TextChars.isBlank(f.charAt(k))) {
      k++;
    }
    return k < physicalEnd && (isIdeograph(f.charAt(k)) || opensWithYear(k));
  }

  /**
   * Whether a heading's text at {@code k} opens with a year and goes on in words ({@code
   * 二、2023年重点工作任务}): four digits, {@code 年}, an ideograph.
   */
  private boolean opensWithYear(int k) {
    int y = k + YEAR_DIGITS;
    if (y + 1 >= physicalEnd || f.charAt(y) != '年' || !isIdeograph(f.charAt(y + 1))) {
      return false;
    }
    for (int d = k; d < y; d++) {
      if (!TextChars.isDigit(f.charAt(d))) {
        return false;
      }
    }
    return true;
  }

  /** A clause end, or the last character of a heading's text run on without a break. */
  private static boolean endsTextBefore(char c) {
    return isClauseEnd(c) || isIdeograph(c) || c == '"' || c == '”' || c == '」';
  }

  /**
   * Whether an item's text at {@code k} opens with a word in Latin capitals and then goes on
   * ({@code PM2.5平均浓度…}, {@code GDP增长…}): a label run onto an ideograph may number it in a
   * line that lost its breaks ({@code …完成时限：2024年9月7.PM2.5…}), as no figure reads {@code 7.P}.
   */
  private boolean opensWithLatinWord(int k) {
    int m = k;
    while (m < physicalEnd && f.charAt(m) >= 'A' && f.charAt(m) <= 'Z') {
      m++;
    }
    return m - k >= 2 && m < physicalEnd;
  }

  /** {@code “ 「 《}: a quotation's or a title's opening, which an item's text may start with ({@code 10.“羊城学者”…}). */
  private static boolean isOpeningQuote(char c) {
    return c == '“' || c == '「' || c == '《';
  }

  /** {@code ” " 」}: a quotation's close, which a heading's text may end with. */
  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '」';
  }

  /** The offset of the last non-blank before {@code i} on the physical line, or -1. */
  private int previousNonBlankAt(int i) {
    int k = i - 1;
    while (k >= physicalStart && TextChars.isBlank(f.charAt(k))) {
      k--;
    }
    return k >= physicalStart ? k : -1;
  }

  private char previousNonBlank(int i) {
    int k = i - 1;
    while (k >= physicalStart && TextChars.isBlank(f.charAt(k))) {
      k--;
    }
    return k >= physicalStart ? f.charAt(k) : '。';
  }

  private static boolean isClauseEnd(char c) {
    return CLAUSE_ENDS.indexOf(c) >= 0;
  }

  private static boolean isIdeograph(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
