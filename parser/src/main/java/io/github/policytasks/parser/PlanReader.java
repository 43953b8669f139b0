package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.metrics.lexicon.DocumentKinds;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.PortalField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parse of one text, in named steps: {@link #readFrontStretch} takes the header rows, page
 * furniture and front-matter lines up to the first section or task; {@link #readFrontMatter}
 * reads the notice, title and preamble from them; the {@link PlanDraft} resolves the plan year;
 * {@link #readBody} reads the body line by line; the draft then resolves what needs the whole
 * document and builds the {@link Plan}. Every step moves forward through the text. Not
 * thread-safe: a {@link PlanParser} makes one reader per parse.
 */
final class PlanReader {
  private final SourceText source;
  private final String f;
  private final DiagnosticCollector diagnostics;
  private final TargetReader targetReader;
  private final PlanDraft draft;
  private final LineCursor lines;
  /** The most lines between a notice's list of documents and its date. */
  private static final int MAX_LINES_TO_DATE = 4;
  /** The word that labels an attachment ({@code 附件:1. …}). */
  private static final String ANNEX = "附件";
  /** The longest document title read as an item of the notice's list of documents. */
  private static final int MAX_LISTED_TITLE = 60;

  /** Where reading stops: the end of the text, or the start of a repeated copy of the document. */
  private int limit;
  /** Whether the body is read from the lines the layout survey cut, where they are the ones {@link #lines} gives. */
  private final boolean reuseSurveyedLines;
  /** How many lines {@link #lines} has been asked for. */
  private int asked;
  /**
   * The lines {@link #noticeRequirementsEnd} looked ahead at from {@link #aheadFrom}, cut by
   * {@link #lines} in turn from there as a new cursor cuts them; -1 for none. The layout survey
   * takes them, and {@link #lines} goes on after them, when the body starts there and
   * {@link #lines} has been asked nothing since ({@link #aheadAsked}).
   */
  private final List<Line> ahead = new ArrayList<>();
  private int aheadFrom = -1;
  private int aheadAsked;

  PlanReader(String text, boolean strict, UnitFactory units, TargetReader targetReader) {
    this(text, strict, units, targetReader, true);
  }

  /**
   * A reader that, when {@code reuseSurveyedLines} is false, cuts the body's lines again after the
   * {@link LayoutSurvey} has cut them instead of taking the survey's: the reference that {@code
   * SurveyedLinesProperties} holds the reuse to.
   */
  PlanReader(String text, boolean strict, UnitFactory units, TargetReader targetReader,
      boolean reuseSurveyedLines) {
    this.reuseSurveyedLines = reuseSurveyedLines;
    this.source = new SourceText(text);
    String joined = CellLines.joined(source);
    this.f = DocSiteChunks.blanked(source, joined);
    this.diagnostics = new DiagnosticCollector(source, strict);
    this.targetReader = targetReader;
    this.draft = new PlanDraft(source, f, diagnostics, units, targetReader);
    if (joined != source.folded()) {
      PipeClosedCells.claimBlankedPipes(source.folded(), joined, draft);
    }
    if (f != joined) {
      DocSiteChunks.claim(joined, f, draft);
      draft.targetText(DocSiteChunks.blanked(source, source.folded()));
    }
    this.lines = new LineCursor(f, source);
    this.limit = f.length();
  }

  /** Reports where decoding the input's bytes had to replace malformed ones. */
  void reportMalformedInput() {
    int at = source.text().indexOf('\uFFFD');
    if (at >= 0) {
      diagnostics.report(DiagnosticCode.INPUT_MALFORMED,
          "the input's bytes are not valid in the detected charset; the first bad sequence was replaced here",
          at, at + 1);
    }
  }

  Plan read() {
    DamagedText.report(source.text(), diagnostics);
    setAsideRepeatedCopy();
    List<Line> front = new ArrayList<>();
    int bodyStart = readFrontStretch(front);
    readFrontMatter(front);
    draft.periodStart(PeriodStart.yearIn(f, bodyStart, limit));
    Integer year = draft.resolveYear();
    readBody(bodyStart, year);
    return draft.resolve();
  }

  /**
   * Where a crawl holds the whole document twice, the copy is claimed with a {@code TEXT_REPEATED}
   * diagnostic and reading stops where it starts (annotation guide §6: one plan from one page).
   */
  private void setAsideRepeatedCopy() {
    int copy = RepeatedCopy.start(f);
    if (copy < 0) {
      return;
    }
    limit = copy;
    int end = f.length();
    while (end > copy && (TextChars.isBlank(f.charAt(end - 1)) || TextChars.isLineBreak(f.charAt(end - 1)))) {
      end--;
    }
    diagnostics.report(DiagnosticCode.TEXT_REPEATED,
        "the text from here repeats the document from its start (" + (end - copy)
            + " characters); the copy is not read again", copy, end);
    draft.region(RegionKind.UNREAD, copy, end);
  }

  /** The line at {@code pos}, cut where a repeated copy starts. */
  private Line lineAt(int pos) {
    asked++;
    Line line = lines.at(pos);
    return line.end() > limit ? Line.of(f, line.start(), limit, limit) : line;
  }

  /**
   * Reads up to the first section, task or task table: header rows become the metadata, page
   * furniture and table separators are set aside, every other non-blank line is added to {@code
   * front}. Returns where the body starts.
   */
  private int readFrontStretch(List<Line> front) {
    HeaderReader header = new HeaderReader(source, f, diagnostics);
    int pos = 0;
    int noticeEnd = -1;
    while (pos < limit) {
      Line line = lineAt(pos);
      int listEnd = documentListEnd(pos);
      if (listEnd > pos) {
        pos = readDocumentList(pos, listEnd, front);
        continue;
      }
      if (pos >= noticeEnd && isBodyStart(line)) {
        noticeEnd = noticeRequirementsEnd(front, pos);
        if (noticeEnd < 0) {
          break;
        }
      }
      PortalField alone = line.isBlank() ? null : header.keyAlone(line);
      if (alone != null) {
        pos = readKeyAlone(header, alone, line);
        continue;
      }
      if (LineShapes.isFurniture(f, line) || LineShapes.isTableSeparator(f, line)) {
        draft.region(RegionKind.FURNITURE, line.contentStart(), line.contentEnd());
      } else if (!line.isBlank() && header.accept(line)) {
        draft.region(RegionKind.METADATA, line.contentStart(), line.contentEnd());
      } else if (!line.isBlank()) {
        front.add(line);
      }
      pos = line.next();
    }
    draft.metadata(header.metadata());
    return pos;
  }

  /**
   * Reads a header key that stands alone on its line and, when the first non-blank line after it
   * is its value ({@link HeaderReader#isValueOf}: a list bullet of its own, a deeper indent, or a short value), that
   * line too; both are the header. Returns where reading goes on.
   */
  private int readKeyAlone(HeaderReader header, PortalField field, Line keyLine) {
    draft.region(RegionKind.METADATA, keyLine.contentStart(), keyLine.contentEnd());
    int pos = keyLine.next();
    while (pos < limit && lineAt(pos).isBlank()) {
      pos = lineAt(pos).next();
    }
    Line next = pos < limit ? lineAt(pos) : null;
    if (next != null && header.isValueOf(field, keyLine, next)) {
      header.acceptKeyAlone(field, keyLine, next);
      draft.region(RegionKind.METADATA, next.contentStart(), next.contentEnd());
      return next.next();
    }
    header.acceptKeyAlone(field, keyLine, null);
    return keyLine.next();
  }

  /**
   * Reads the notice, the plan title and the preamble from the front lines; the documents they
   * cite and the first-listed rule they state go to the draft, and so do the preamble's sentences
   * that set the plan's numbers ({@link PreambleGoals}), as the first section's goals.
   */
  private void readFrontMatter(List<Line> front) {
    FrontMatterReader.FrontMatter matter = new FrontMatterReader(source, f, front).read();
    draft.notice(matter.notice());
    draft.title(matter.title() != null || matter.notice() == null
        ? matter.title() : ForwardedTitle.of(matter.noticeTitleCitation(), draft.portalTitle()));
    draft.citedTitle(matter.noticeTitleCitation());
    draft.documentNumber(matter.documentNumber());
    draft.newsCopy(matter.newsCopy());
    draft.closingDate(ClosingSignature.date(f, limit));
    if (matter.notice() != null && matter.notice().span() != null) {
      draft.region(RegionKind.NOTICE, matter.notice().span().start(), matter.notice().span().end());
    }
    if (matter.titleLine() != null) {
      draft.region(RegionKind.TITLE, matter.titleLine().contentStart(), matter.titleLine().contentEnd());
    }
    NoteReader ruleReader = new NoteReader(f, null);
    Line title = matter.titleLine();
    for (Line line : front) {
      int goals = title != null && line.start() > title.start()
          ? PreambleGoals.start(f, line.contentStart(), line.contentEnd()) : -1;
      draft.region(RegionKind.PREAMBLE, line.contentStart(), goals < 0 ? line.contentEnd() : goals);
      if (goals >= 0) {
        draft.preambleGoals(goals, line.contentEnd());
      }
      if (ruleReader.statesFirstListedLeads(line.contentStart(), line.contentEnd())) {
        draft.firstListedRuleAt(line.contentStart());
      }
      readDefaultUnits(ruleReader, line);
    }
    for (int[] range : matter.citingRanges()) {
      draft.cite(range[0], range[1], false);
    }
  }

  /**
   * A preamble sentence that names the units of every task without a note of its own ({@code
   * 本要点所列各项任务，除另有注明外，均由县农业农村局牵头，各乡镇人民政府负责落实。}, {@link
   * GroupNotes#defaultUnitsStart}) gives them to the draft, when its units read as a verb-form
   * note in which every name ends like a unit.
   */
  private void readDefaultUnits(NoteReader reader, Line line) {
    int units = GroupNotes.defaultUnitsStart(f, line.contentStart(), line.contentEnd());
    if (units < 0) {
      return;
    }
    int end = TextChars.indexOf(f, '。', units, line.contentEnd());
    NoteParts parts = reader.readClosingSentence(units, end < 0 ? line.contentEnd() : end);
    if (parts != null) {
      draft.defaultNote(parts);
    }
  }

  /**
   * Reads the body from {@code pos} line by line. When {@link #lines} would read {@code pos} as a
   * new cursor does ({@link LineCursor#freshAt}), the lines are the survey's, which a new cursor
   * cut from {@code pos} at each line's {@link Line#next} as this loop asks, and its cursor goes on
   * after them: each line is cut once, and each of the survey's lines is handed over with the
   * label the survey read.
   */
  private void readBody(int pos, @Nullable Integer year) {
    boolean fresh = lines.freshAt(pos);
    boolean handOver = reuseSurveyedLines && fresh && aheadFrom == pos && asked == aheadAsked && !ahead.isEmpty();
    LayoutSurvey layout = new LayoutSurvey(f, source, new TaskNotes(f, new NoteReader(f, year)),
        source.lines() - source.line(pos) + 1);
    if (handOver) {
      layout.survey(pos, this::isTableHeader, ahead, lines);
    } else {
      layout.survey(pos, this::isTableHeader);
    }
    BodyReader body = new BodyReader(source, f, diagnostics, year, layout, targetReader, draft);
    boolean reuse = reuseSurveyedLines && fresh && layout.cursor() != null;
    List<Line> surveyed = reuse ? layout.lines() : List.of();
    LineCursor cursor = reuse ? layout.cursor() : lines;
    int k = 0;
    int at = pos;
    while (at < limit) {
      Line line = k < surveyed.size() ? surveyed.get(k++) : cursor.at(at);
      if (line.end() > limit) {
        body.read(Line.of(f, line.start(), limit, limit));
        break;
      }
      if (k > 0 && line == surveyed.get(k - 1)) {
        body.read(line, layout.label(k - 1));
      } else {
        body.read(line);
      }
      at = line.next();
    }
    body.finish();
  }

  /** The most lines a forwarding notice's numbered requirements take before its signature. */
  private static final int MAX_REQUIREMENT_LINES = 40;

  /**
   * Where a forwarding notice ends whose body numbers its requirements ({@code …关于印发《X》的通知},
   * {@code …落实通知如下：}, then {@code 1.明确任务，压实责任。…} and {@code 2.…}, then the signing
   * office and the date): the offset after its date line, when the numbered lines from {@code pos}
   * are such requirements; -1 when they start the plan's body. They are the notice's when the
   * front so far holds a notice heading that forwards a document ({@code 印发}, {@code 转发}), its
   * last line is a sentence of the notice's body (ending {@code 。} or {@code ：}, no plan title
   * between), and within {@value #MAX_REQUIREMENT_LINES} lines an office's name stands alone above
   * a date alone, no line between opening with a note key. The plan, when the page holds it, comes
   * after that close (annotation guide §6 "Not the plan"). A page cut before the notice's signature
   * (or one that runs the plan's items on after them) ends the requirements where at least two
   * {@code 一、} lines, each one sentence of the notice ({@link #isRequirementSentence}), reach the
   * end of the text or a task numbered {@code 1.}.
   */
  private int noticeRequirementsEnd(List<Line> front, int pos) {
    if (front.isEmpty() || !forwardsADocument(front)) {
      return -1;
    }
    Line last = front.get(front.size() - 1);
    char end = f.charAt(last.contentEnd() - 1);
    if (end != '。' && end != ':') {
      return -1;
    }
    Line previous = null;
    int at = pos;
    int requirements = 0;
    boolean onlyRequirements = true;
    ahead.clear();
    aheadFrom = lines.freshAt(pos) ? pos : -1;
    for (int seen = 0; at < limit && seen < MAX_REQUIREMENT_LINES; ) {
      int lineStart = at;
      Line line = lineAt(at);
      noteAhead(at, line);
      at = line.next();
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (NoteKeyReader.keyAt(f, line.contentStart(), line.contentEnd()) != null) {
        return -1;
      }
      if (previous != null && isDateAlone(line) && previous.length() <= OrganisationNames.MAX_NAME
          && OrganisationNames.endsAsOrganisation(f, previous.contentStart(), previous.contentEnd(), false)) {
        return line.next();
      }
      Label label = LineShapes.label(f, line);
      if (onlyRequirements && requirements >= 2 && label != null && label.kind() == Label.Kind.ARABIC
          && label.number() == 1) {
        return lineStart;
      }
      onlyRequirements &= label != null && label.kind() == Label.Kind.SECTION && isRequirementSentence(line);
      requirements++;
      previous = line;
    }
    return at >= limit && onlyRequirements && requirements >= 2 ? limit : -1;
  }

  /**
   * Keeps {@code line}, cut at {@code at}, among the lines looked ahead at from {@link #aheadFrom}
   * while they follow each other as a new cursor cuts them (none cut short at {@link #limit}).
   */
  private void noteAhead(int at, Line line) {
    int expected = ahead.isEmpty() ? aheadFrom : ahead.get(ahead.size() - 1).next();
    if (aheadFrom >= 0 && at == expected && (limit == f.length() || line.end() < limit)) {
      ahead.add(line);
    }
    aheadAsked = asked;
  }

  /**
   * Whether a {@code 一、} line of a forwarding notice reads as one of its requirements ({@code
   * 一、高度重视，认真研究政策。各县区、各部门要…。}): it ends a sentence with {@code 。}, after no
   * closing bracket, and holds no bracket that opens with a note key, so it is no task with its note.
   */
  private boolean isRequirementSentence(Line line) {
    int end = line.contentEnd();
    if (f.charAt(end - 1) != '。' || end - 2 >= line.contentStart() && f.charAt(end - 2) == ')') {
      return false;
    }
    for (int i = line.contentStart(); i + 1 < end; i++) {
      if (f.charAt(i) == '(' && NoteKeyReader.keyAt(f, i + 1, end) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the front lines hold a notice ({@code …的通知}, or a line of addressees ({@link #isAddressees}) of a
   * notice shown without its heading) that sends a document: its heading or
   * its body forwards one ({@code 关于印发…的通知}, {@code 现将…任务予以分解印发}, {@code 转发}) or
   * points to its attachments ({@code 现将各项工作任务分解（详见附件）}): the plan is that document,
   * not the notice's own numbered lines.
   */
  private boolean forwardsADocument(List<Line> front) {
    boolean notice = false;
    boolean sends = false;
    for (Line line : front) {
      int s = line.contentStart();
      int e = line.contentEnd();
      notice |= TextChars.indexOf(f, "通知", s, e) >= 0 || isAddressees(s, e);
      sends |= TextChars.indexOf(f, "印发", s, e) >= 0 || TextChars.indexOf(f, "转发", s, e) >= 0
          || TextChars.indexOf(f, "附件", s, e) >= 0;
    }
    return notice && sends;
  }

  /**
   * Whether {@code [s, e)} is a notice's addressees line: it ends with a colon, holds no full stop,
   * and names the 各… groups a notice is sent to, at its start ({@code 各镇人民政府…：}) or after a
   * named unit ({@code 县示范区管委会，各乡、镇人民政府，县直各有关单位：}, a copy that lost the heading).
   */
  private boolean isAddressees(int s, int e) {
    if (f.charAt(e - 1) != ':' || TextChars.indexOf(f, "。", s, e) >= 0) {
      return false;
    }
    if (f.charAt(s) == '各') {
      return true;
    }
    for (int i = s + 1; i + 1 < e; i++) {
      char c = f.charAt(i);
      if ((c == ',' || c == '、') && f.charAt(i + 1) == '各') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} is a date and nothing else ({@code 2021年1月25日}). */
  private boolean isDateAlone(Line line) {
    return f.charAt(line.contentEnd() - 1) == '日' && LineShapes.dateOf(f, line) != null;
  }

  /**
   * Where a numbered list of documents in the covering notice ends, or -1 (annotation guide §6,
   * Not the plan): at least two items numbered {@code 1.}, {@code 2.}… in turn, each a document
   * title alone on its line ({@link #isDocumentTitle}), followed within a few lines, before any
   * other numbered line, by the notice's date (alone, or with the signature run into it). The last
   * item may carry the signature that a copy ran onto it, and the date after it ({@link
   * #titleBeforeSignature}). Such items are references, not tasks.
   */
  private int documentListEnd(int pos) {
    Line first = afterAnnexLabel(lineAt(pos));
    Label label = LineShapes.label(f, first);
    if (label == null || label.kind() != Label.Kind.ARABIC || label.number() != 1) {
      return -1;
    }
    int at = pos;
    int items = 0;
    while (at < limit) {
      Line line = lineAt(at);
      if (line.isBlank()) {
        at = line.next();
        continue;
      }
      Label item = LineShapes.label(f, afterAnnexLabel(line));
      if (item == null || item.kind() != Label.Kind.ARABIC || item.number() != items + 1) {
        break;
      }
      int signed = titleBeforeSignature(item.textStart(), line.contentEnd());
      if (signed < 0 && !isDocumentTitle(item.textStart(), line.contentEnd())) {
        break;
      }
      items++;
      at = line.next();
      if (signed >= 0) {
        return items >= 2 && (signingOfficeEnd(signed, line.contentEnd()) < line.contentEnd() || dateWithin(at)) ? at : -1;
      }
    }
    int end = at;
    return items >= 2 && dateWithin(at) ? end : -1;
  }

  /**
   * {@code line} from the first item of an attachment list that follows the annex label on the
   * same line ({@code 附件:1. 2019年…分解表}: from {@code 1.}), else {@code line} itself.
   */
  private Line afterAnnexLabel(Line line) {
    int s = line.contentStart();
    if (!f.startsWith(ANNEX, s)) {
      return line;
    }
    int colon = LineShapes.skipBlanks(f, s + ANNEX.length(), line.contentEnd());
    if (colon >= line.contentEnd() || f.charAt(colon) != ':') {
      return line;
    }
    Line item = Line.of(f, colon + 1, line.end(), line.next());
    return LineShapes.label(f, item) == null ? line : item;
  }

  /**
   * Whether the notice's date stands within {@value #MAX_LINES_TO_DATE} lines from {@code at},
   * before any other numbered line, or its signing office alone on a line ({@link
   * #signingOfficeEnd}: the date after it may be one a page garbled, {@code 2022121日}).
   */
  private boolean dateWithin(int at) {
    for (int seen = 0; at < limit && seen < MAX_LINES_TO_DATE; at = lineAt(at).next()) {
      Line line = lineAt(at);
      if (line.isBlank()) {
        continue;
      }
      if (LineShapes.label(f, line) != null) {
        return false;
      }
      String compact = LineShapes.compact(f, line);
      if (compact.length() <= 20 && endsWithDate(compact) || opensWithDateBeforeTitle(line)
          || signingOfficeEnd(line.contentStart(), line.contentEnd()) == line.contentEnd()) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * Where the title of a listed item from {@code start} ends when the notice's signature ran onto
   * it, as onto the list's last item ({@code 3.某市促进民营经济发展实施方案某市人民政府办公室}, then maybe
   * the date and more); else -1. The title ends with a word that names a kind of document ({@link
   * #isDocumentTitle}); the signing office follows it ({@link #signingOfficeEnd}).
   */
  private int titleBeforeSignature(int start, int end) {
    for (int t = start + 2; t < end && t - start <= MAX_LISTED_TITLE; t++) {
      if (DocumentKinds.endsTitleAt(f, t, start) && isDocumentTitle(start, t) && signingOfficeEnd(t, end) > t) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Where a signing office that opens {@code [t, end)} ends, or -1: ideographs ending as an
   * office's name ({@link OrganisationNames#endsAsOrganisation}), then the end of the line or
   * the notice's date ({@code 某市人民政府办公室2023年3月6日…}).
   */
  private int signingOfficeEnd(int t, int end) {
    for (int o = t + 2; o <= end && o - t <= OrganisationNames.MAX_NAME && TextChars.isIdeograph(f.charAt(o - 1));
        o++) {
      if (OrganisationNames.endsAsOrganisation(f, t, o, true)) {
        int after = LineShapes.skipBlanks(f, o, end);
        if (after == end || FrontLines.dateEnd(f, after, end) > 0) {
          return o;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the line is the notice's date with the plan's title run onto it ({@code
   * 2023年3月6日某市优化营商环境若干措施}): a full date, then a document title ({@link #isDocumentTitle}).
   */
  private boolean opensWithDateBeforeTitle(Line line) {
    int dateEnd = FrontLines.dateEnd(f, line.contentStart(), line.contentEnd());
    return dateEnd > 0 && isDocumentTitle(LineShapes.skipBlanks(f, dateEnd, line.contentEnd()), line.contentEnd());
  }

  /**
   * Whether a short line is the notice's date, alone or after its signature that a web copy ran
   * into it ({@code 某市人民政府办公室2023年3月6日}).
   */
  private static boolean endsWithDate(String compact) {
    for (int k = 0; k < compact.length(); k++) {
      if ((k == 0 || !TextChars.isDigit(compact.charAt(k - 1))) && DateReader.read(compact, k, compact.length()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document title alone: no sentence end, no note, at most {@value #MAX_LISTED_TITLE}
   * characters, ending with a word that names a kind of document ({@code document-kinds.txt}:
   * {@code 措施}, {@code 方案}, {@code 要点}…), inside 《》 or not.
   */
  private boolean isDocumentTitle(int start, int end) {
    String compact = Folding.fold(source.text().substring(start, end)).replace(" ", "");
    if (compact.startsWith("《") && compact.endsWith("》")) {
      compact = compact.substring(1, compact.length() - 1);
    }
    if (compact.isEmpty() || compact.length() > MAX_LISTED_TITLE || compact.indexOf('。') >= 0
        || compact.indexOf('(') >= 0 || compact.indexOf(':') >= 0) {
      return false;
    }
    return DocumentKinds.endsTitle(compact);
  }

  /** Reads the listed documents as references; their lines stay part of the notice. */
  private int readDocumentList(int pos, int end, List<Line> front) {
    int at = pos;
    while (at < end) {
      Line line = lineAt(at);
      if (!line.isBlank()) {
        front.add(line);
        Label item = LineShapes.label(f, afterAnnexLabel(line));
        int start = item == null ? line.contentStart() : item.textStart();
        int signed = titleBeforeSignature(start, line.contentEnd());
        draft.listedDocument(start, signed > start ? signed : line.contentEnd());
      }
      at = line.next();
    }
    return end;
  }

  private boolean isBodyStart(Line line) {
    Label label = LineShapes.label(f, line);
    if (label != null) {
      return label.kind() != Label.Kind.SUB_ITEM
          && (label.kind() != Label.Kind.ARABIC_SPACE || label.number() == 1);
    }
    return isTableHeader(line) || FlatTable.headerEnd(f, line.contentStart(), f.length()) > line.contentStart()
        || LineShapes.bracketHeading(f, line) != null && headsCategories(line);
  }

  /**
   * Whether the category heading in square corner brackets on {@code line} ({@code 【政务服务】})
   * heads the first of the plan's categories: it and a later such line each stand right above a
   * numbered item ({@link LayoutSurvey}, which reads them as section headings). Read with a cursor
   * of its own, so the front's cursor is not moved.
   */
  private boolean headsCategories(Line line) {
    LineCursor ahead = new LineCursor(f, source);
    int heads = 0;
    boolean pending = false;
    for (int pos = line.start(); pos < limit && heads < 2; ) {
      Line next = ahead.at(pos);
      pos = next.next();
      if (next.isBlank()) {
        continue;
      }
      Label label = LineShapes.label(f, next);
      if (pending && label != null && label.kind() != Label.Kind.SECTION && label.kind() != Label.Kind.CHAPTER) {
        heads++;
      }
      pending = label == null && LineShapes.bracketHeading(f, next) != null;
    }
    return heads >= 2;
  }

  /**
   * Whether {@code line} heads a task table, its cells separated by pipes, tabs, the commas of a
   * sheet saved as CSV ({@link CommaCells}) or the gaps of two or more blanks of a PDF's text copy
   * ({@link PipeCells#hasSpacedCells}).
   */
  private boolean isTableHeader(Line line) {
    if (PipeCells.isRow(f, line)) {
      return TaskTable.header(f, PipeCells.split(f, line)) != null;
    }
    if (PipeCells.hasTab(source.text(), line)) {
      return TaskTable.header(f, PipeCells.splitTabs(f, source.text(), line)) != null;
    }
    if (CommaCells.holdsComma(source.text(), line)) {
      int end = CommaCells.rowEnd(source.text(), line.contentStart());
      if (end >= 0 && end <= line.contentEnd()
          && CommaCells.isHeader(f, CommaCells.split(source.text(), f, line.contentStart(), end))) {
        return true;
      }
    }
    return PipeCells.hasSpacedCells(source.text(), line) && TaskTable.header(f, PipeCells.splitSpaced(f, source.text(), line)) != null;
  }

}
