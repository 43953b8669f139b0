package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a plan line by line, one rule method per element of the genre's grammar:
 * {@link #readSection sections} ({@code 一、}, {@code 第一章}), {@link #readSubsection
 * subsections} ({@code (一)}, {@code 第一节}), {@link #readTask tasks} ({@code 1.} {@code 1．}
 * {@code 1、} {@code 1 } {@code 第一条}, or {@code (一)} where nothing else numbers tasks),
 * {@link #readTableRow task-table rows}, {@link #readOwnLineNote notes on their own lines} and
 * continuation lines; a plain line after a task's closing note continues that task, and text no
 * task can hold is reported, so nothing is dropped silently. When a task closes, {@link TaskNotes} finds its responsibility notes, then
 * its title, deadline and targets. Tasks joined onto one line by a web copy are split after a
 * note. Every scan is bounded or moves forward, so reading is linear. Not thread-safe: one reader
 * serves one parse.
 */
final class BodyReader {
  /** Titles of the items and sections whose figures are goals (annotation guide §6, the lexicon's {@code goal-titles.txt}). */
  static final java.util.Set<String> GOAL_TITLES = java.util.Set.copyOf(WordLists.words("goal-titles.txt"));
  /** The words of a table cell that repeat the cell above ({@code ditto-cells.txt}). */
  private static final WordTable<Boolean> DITTO_CELLS = WordLists.table("ditto-cells.txt");
  /** The length of the longest of {@link #GOAL_TITLES}: a longer title is none of them, unread. */
  private static final int LONGEST_GOAL_TITLE =
      GOAL_TITLES.stream().mapToInt(String::length).max().orElse(0);
  /** The longest line read as a closing paragraph. */
  private static final int MAX_CLOSING = 80;
  /** The longest line read as a table's caption ({@code 重点任务分工表}) under an annex label. */
  private static final int MAX_CAPTION = 40;
  /** The longest line read as a lead-in heading ({@code 主要措施：}), colon included. */
  private static final int MAX_LEAD_IN = 8;
  private final SourceText source;
  private final String f;
  private final DiagnosticCollector diagnostics;
  private final @Nullable Integer year;
  /** The year the text was written in, which its 今年 and 明年 count from ({@link PlanDraft#yearWritten}). */
  private final @Nullable Integer yearWritten;
  private final LayoutSurvey layout;
  /** How many section headings have been read: the index of the current section in the layout survey. */
  private int headingsRead;
  private final NoteReader notes;
  private final TargetReader targetReader;
  private final TaskNotes taskNotes;
  /** Where this parse's lines may part into cells: the questions each line asks before it is read as a row. */
  private final CellMarks marks;
  private final PlanDraft draft;
  /** The reader of the deadlines each task's body states, one for all the bodies of {@link #f}. */
  private final DeadlineReader bodyDeadlines;

  private @Nullable SectionDraft section;
  private @Nullable SectionDraft subsection;
  private @Nullable TaskDraft task;
  private @Nullable TaskTable table;
  /**
   * The cells of the table's last task row under each column (its own or those it took from the
   * row above), for the next row whose copy leaves out cells that span it; null after a header or
   * section row.
   */
  private PipeCells.@Nullable Cell[] rowAbove;
  private int rowAboveNumber;
  /** The task of the table row read last, and where that row's region starts, while rows follow it. */
  private @Nullable TaskDraft rowAboveTask;
  private int rowAboveRegion = -1;
  private int lastTaskNumber;
  /** The columns of the flattened table being read ({@link FlatTable}), or null. */
  private @Nullable TaskTable flatTable;
  /** The unit names the flattened table writes after a {@code 、}. */
  private Set<String> flatNames = Set.of();
  /** The number of the flattened table's next row. */
  private int flatRow;
  /** Where the title of the last annex label stands ({@code 附件：重点任务分工表}), or -1. */
  private int annexTitleStart = -1;
  private int annexTitleEnd = -1;
  /** Whether that title is a caption line of its own under the label, which the table's section claims. */
  private boolean annexCaption;
  /** The label of the last task opened by a numbering label, as written, or null. */
  private @Nullable String lastTaskLabel;
  private int lastSectionNumber;
  private int lastSubsectionNumber;
  private boolean yearReported;
  /** Whether end matter ({@code 抄送}, {@code 附件}) has begun and no heading or task followed. */
  private boolean inEndMatter;
  /**
   * Whether the current run of {@code (1)} sub-items are tasks: decided by its first item, which
   * ends with its own note or not, so that a note that closes the parent after its points never
   * turns the last point into a task.
   */
  private boolean subItemsAreTasks;
  /** Likewise for the current run of circled items ({@code ①②}), a level of their own below {@code (1)}. */
  private boolean circledItemsAreTasks;
  /**
   * The tasks of the current group, in order: those opened since the section began or since the
   * last group note ({@code 以上任务由…牵头}), which names the units of those among them without a
   * note of their own.
   */
  private final List<TaskDraft> group = new java.util.ArrayList<>();
  /**
   * Whether the segment read last was a group note that names task numbers, so that a sentence
   * after it that opens with the next numbers ({@code 第3项由…牵头。}) continues it.
   */
  private boolean namedNoteOpen;
  /**
   * The note the current section's heading states for the tasks under it ({@code
   * 一、…（牵头单位：…）}, or own-line notes right under the heading), or null; likewise the current
   * subsection's, which is nearer to its tasks.
   */
  private @Nullable NoteParts sectionNote;
  private @Nullable NoteParts subsectionNote;
  /**
   * The leaders the current section's heading names as in charge of its tasks ({@code
   * 一、朱伟县长牵头重点工作}, {@link HeadingLeaders}), empty when it names none; likewise the current
   * subsection's, which stand for its tasks where it names any.
   */
  private List<NoteParts.Name> sectionLeaders = List.of();
  private List<NoteParts.Name> subsectionLeaders = List.of();
  /** Whether no task has opened since the last heading: a note line here is the heading's. */
  private boolean underHeading;
  /** The column positions of the space-aligned table being read ({@link SpacedColumns}), or null. */
  private @Nullable SpacedColumns spaced;
  /** The task table a comma-separated header opened ({@link CommaCells}), while it is the open table. */
  private @Nullable TaskTable commaTable;
  /** Where the lines a table row took from the lines after its own end ({@link #rowWithCellOnNextLine}), or 0. */
  private int consumedUntil;
  /** What remains of the current line after a joined task was split off, to be read next. */
  private @Nullable Line rest;
  /** The line being read whose label was given ({@link #read(Line, Label)}), and that label. */
  private @Nullable Line labelledLine;
  private @Nullable Label knownLabel;

  BodyReader(SourceText source, String folded, DiagnosticCollector diagnostics,
      @Nullable Integer year, LayoutSurvey layout, TargetReader targetReader, PlanDraft draft) {
    this.source = source;
    this.f = folded;
    this.diagnostics = diagnostics;
    this.year = year;
    this.yearWritten = draft.yearWritten();
    this.layout = layout;
    this.notes = new NoteReader(folded, year);
    this.taskNotes = new TaskNotes(folded, notes);
    this.marks = CellMarks.of(source, folded);
    this.bodyDeadlines = DeadlineReader.ofText(folded);
    this.targetReader = targetReader;
    this.draft = draft;
  }

  /**
   * Reads one line of the body, and the tasks a web copy ran onto it, in turn; a line, or the part
   * of it, that a table row already took ({@link #rowWithCellOnNextLine}) is not read again.
   */
  void read(Line line) {
    if (line.end() <= consumedUntil) {
      return;
    }
    Line next = line.start() < consumedUntil ? Line.of(f, consumedUntil, line.end(), line.next()) : line;
    while (next != null) {
      rest = null;
      readSegment(next);
      next = rest;
    }
  }

  /**
   * {@link #read(Line)}, given the line's {@link LineShapes#label} (read before, by the layout
   * survey), which is then not read again.
   */
  void read(Line line, @Nullable Label label) {
    labelledLine = line;
    knownLabel = label;
    try {
      read(line);
    } finally {
      labelledLine = null;
      knownLabel = null;
    }
  }

  private void readSegment(Line line) {
    if (line.isBlank()) {
      return;
    }
    boolean afterNamedNote = namedNoteOpen;
    namedNoteOpen = false;
    if (afterNamedNote && readNamedPart(line)) {
      return;
    }
    if (LineShapes.isFurniture(f, line) && !isHostNoteOfTask(line)) {
      draft.region(RegionKind.FURNITURE, line.contentStart(), line.contentEnd());
      return;
    }
    int from = line.contentStart();
    int to = line.contentEnd();
    boolean pipes = marks.holdsPipe(from, to);
    boolean tabs = !pipes && marks.holdsInput('\t', from, to);
    boolean spaced = !pipes && !tabs && (marks.hasSpacedCells(from, to)
        || inSpacedTable() && PipeCells.splitSpaced(f, source.text(), line).size() >= 2);
    if (spaced && readSpacedRow(line)) {
      return;
    }
    if (!pipes && !tabs && marks.holdsInput(',', from, to) && readCommaRow(line)) {
      return;
    }
    if (readFlatTable(line)) {
      return;
    }
    if (pipes ? readRow(line, false) : tabs && readRow(line, true)) {
      return;
    }
    Label label = line == labelledLine ? knownLabel : LineShapes.label(f, line);
    if (label == null) {
      label = layout.bracketHeadingAt(line.contentStart());
    }
    if (label != null && readLabelled(label, line)) {
      return;
    }
    if (label == null && readTaskBeforeFigure(line)) {
      return;
    }
    if (label == null) {
      checkOversizedLabel(line);
    }
    if (GroupNotes.couldOpen(f.charAt(line.contentStart()))
        || TextChars.isOpenBracket(f.charAt(line.contentStart())) && line.contentEnd() > line.contentStart() + 1
        && GroupNotes.couldOpen(f.charAt(line.contentStart() + 1))) {
      if (readGroupNote(line)) {
        return;
      }
    }
    if (taskNotes.isNoteLine(line)) {
      readOwnLineNote(line);
      return;
    }
    if (isEndMatter(line)) {
      closeTask();
      inEndMatter = true;
      noteAnnexTitle(line);
      draft.region(RegionKind.END_MATTER, line.contentStart(),
          annexTitleStart >= 0 && !annexCaption ? annexTitleStart : line.contentEnd());
      return;
    }
    if (isLeadIn(line)) {
      draft.region(RegionKind.SUBSECTION_HEADING, line.contentStart(), line.contentEnd());
      return;
    }
    if (isNotedParagraph(line)) {
      if (!readGoalsWithNote(line)) {
        readNotedParagraph(line);
      }
      return;
    }
    if (task != null && task.rowEnd < 0) {
      if (task.closedByNote) {
        checkFirstListedRule(line.contentStart(), line.contentEnd());
      }
      continueTask(line);
      return;
    }
    readText(line);
  }

  /**
   * {@code 11.121人才梯队项目}: a line that opens like a decimal opens the next task when its number
   * follows the last task's on, that task was labelled the same way ({@code 10.}) and the text
   * before ends a sentence or a note — a bracketed one, or a note on its own line, which often
   * ends without a stop ({@code 责任单位：县经信局⏎3.6月底前完成…}); otherwise it is text, such as a
   * figure that a wrapped line opens with ({@code 零售总额⏎4.5%以上}) (annotation guide §6: numbered
   * items are never dropped).
   */
  private boolean readTaskBeforeFigure(Line line) {
    Label figure = LineShapes.labelBeforeFigure(f, line);
    String previous = lastTaskLabel;
    TaskDraft open = task;
    if (figure == null || previous == null || lastTaskNumber < 1 || figure.number() != lastTaskNumber + 1
        || !Folding.fold(previous).endsWith(".") || isSubItemOfParenthesisedTask()
        || !endsSentenceBefore(line.contentStart()) && (open == null || !open.closedByNote)) {
      return false;
    }
    readTask(figure, line);
    return true;
  }

  /** Whether the last non-blank character before {@code at} ends a sentence or a note ({@code 。 ) ! ?}). */
  private boolean endsSentenceBefore(int at) {
    int k = at - 1;
    while (k >= 0 && (TextChars.isBlank(f.charAt(k)) || TextChars.isLineBreak(f.charAt(k)))) {
      k--;
    }
    return k >= 0 && "。)!?】〕".indexOf(f.charAt(k)) >= 0;
  }

  /** {@code 11111. 优化环境}: a label too long to be a task number is reported, its line read as text. */
  private void checkOversizedLabel(Line line) {
    int end = LineShapes.oversizedArabicLabelEnd(f, line);
    if (end > 0) {
      diagnostics.report(DiagnosticCode.TASK_LABEL_UNREAD,
          "label of " + (end - 1 - line.contentStart()) + " digits is too long for a task number;"
              + " the line is read as text", line.contentStart(), end);
    }
  }

  /** Closes whatever is open; call once after the last line. */
  void finish() {
    closeTask();
  }

  private boolean readLabelled(Label label, Line line) {
    switch (label.kind()) {
      case SECTION:
        if (layout.sectionsAreTasks()) {
          readTask(label, line);
        } else {
          readSection(label, line);
        }
        return true;
      case CHAPTER:
        readSection(label, line);
        return true;
      case PART:
        readSubsection(label, line);
        return true;
      case PARENTHESISED:
        if (layout.isNotedHeading(label.start())) {
          readSubsection(label, line);
        } else if (parenthesisedTasks()
            || taskNotes.endsWithNote(label.textStart(), label.textStart(), line.contentEnd())) {
          readTask(label, line);
        } else {
          readSubsection(label, line);
        }
        return true;
      case ARTICLE:
      case ARABIC:
        if (isSubItemOfParenthesisedTask()) {
          continueTask(line);
        } else if (!readNotedItemsHeading(label, line)) {
          readTask(label, line);
        }
        return true;
      case ARABIC_SPACE:
        if (label.number() == lastTaskNumber + 1 || label.number() == 1) {
          readTask(label, line);
          return true;
        }
        return false;
      case SUB_ITEM:
        if (readNotedItemsHeading(label, line)) {
          return true;
        }
        boolean circled = LineShapes.isCircledNumeral(f.charAt(label.start()));
        if (label.number() == 1) {
          boolean tasks = taskNotes.endsWithNote(label.textStart(), label.textStart(), line.contentEnd());
          if (circled) {
            circledItemsAreTasks = tasks;
          } else {
            subItemsAreTasks = tasks;
          }
        }
        if (circled ? circledItemsAreTasks : subItemsAreTasks) {
          readSubItem(label, line);
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * A numbered line without a note of its own over numbered items that carry notes ({@link
   * NotedItemHeadings}): a section, a subsection, or a heading of no part of the model, as the
   * survey decided; false where the line heads no such items.
   */
  private boolean readNotedItemsHeading(Label label, Line line) {
    NotedItemHeadings.Role role = layout.notedItemsHeading(label.start());
    if (role == null) {
      return false;
    }
    switch (role) {
      case SECTION:
        readSection(label, line);
        break;
      case SUBSECTION:
        readSubsection(label, line);
        break;
      default:
        closeTask();
        draft.region(RegionKind.SUBSECTION_HEADING, line.contentStart(), line.contentEnd());
    }
    return true;
  }

  /**
   * Whether a {@code 1.} line is a point inside the open task rather than a task: where {@code
   * (一)} numbers the tasks and the open {@code (一)} task has not yet closed with its note.
   */
  private boolean isSubItemOfParenthesisedTask() {
    TaskDraft current = task;
    return parenthesisedTasks() && current != null && current.parenthesised && !current.closedByNote;
  }

  /** Whether {@code （一）} numbers the tasks of the current section. */
  private boolean parenthesisedTasks() {
    return layout.parenthesisedTasksIn(headingsRead);
  }

  /** {@code 一、聚力创新驱动战略,建设高水平创新城市}: opens a section. */
  private void readSection(Label label, Line line) {
    closeTask();
    group.clear();
    inEndMatter = false;
    subsection = null;
    headingsRead++;
    if (label.number() == 0) {
      readBracketHeading(label, line);
      return;
    }
    if (lastSectionNumber > 0 && label.number() != lastSectionNumber + 1 && label.number() != 1) {
      diagnostics.report(DiagnosticCode.SECTION_NUMBER_GAP,
          "section number " + label.number() + " follows section " + lastSectionNumber,
          label.start(), label.end());
    }
    lastSectionNumber = label.number();
    lastSubsectionNumber = 0;
    int measure = layout.headsItems(headingsRead) ? -1 : measureRunOn(label.textStart(), line.contentEnd());
    if (measure >= 0) {
      readHeadingRunIntoMeasure(label, line, measure);
      return;
    }
    int note = headingNoteStart(label.textStart(), line.contentEnd());
    int titleEnd = headingEnd(label.textStart(), note >= 0 ? note : line.contentEnd());
    section = new SectionDraft(label.number(), titleOrNull(label.textStart(), titleEnd),
        line.contentStart(), Math.max(titleEnd, label.end()));
    draft.addSection(section);
    readHeadingTail(RegionKind.SECTION_HEADING, line, titleEnd, note);
    sectionNote = note >= 0 ? headingNote(note, line.contentEnd()) : null;
    subsectionNote = null;
    sectionLeaders = HeadingLeaders.in(f, label.textStart(), titleEnd);
    if (sectionNote == null && sectionLeaders.isEmpty()) {
      sectionNote = headingUnits(label.textStart(), titleEnd);
    }
    subsectionLeaders = List.of();
    underHeading = true;
    checkFirstListedRule(line.contentStart(), line.contentEnd());
  }

  /**
   * {@code 【政务服务】} over numbered items ({@link LayoutSurvey#bracketHeadingAt}): a section
   * numbered on from the last (it states no number), titled by the words in its brackets.
   */
  private void readBracketHeading(Label label, Line line) {
    lastSectionNumber++;
    lastSubsectionNumber = 0;
    int titleEnd = label.end() - 1;
    section = new SectionDraft(lastSectionNumber, titleOrNull(label.textStart(), titleEnd),
        line.contentStart(), label.end());
    draft.addSection(section);
    draft.region(RegionKind.SECTION_HEADING, line.contentStart(), line.contentEnd());
    sectionNote = null;
    subsectionNote = null;
    sectionLeaders = List.of();
    subsectionLeaders = List.of();
    underHeading = true;
  }

  /**
   * Where the unnumbered measure that a copy ran onto a section heading starts in {@code [from,
   * end)}, the heading's text, or -1: the text holds a sentence end ({@code 。}) and what follows it
   * is a measure with its own note ({@code 一、支持数字平台建设培育数字平台。对新认定…奖补100万元。（责任单位：…）},
   * {@code from} the measure's sentences after the first), or a note right after that sentence,
   * which then is the measure's ({@code 二、支持数字人才培养每年培训…5000名，对培训机构给予补助。（责任单位：…）},
   * {@code from} itself). A heading's own note follows its title with no sentence end ({@code
   * 一、提升效能（牵头单位：…）}). Asked only of a section under whose heading no numbered item stands,
   * whose note would name the units of no task. Where the text opens with a goal title, the rest is
   * its goals and their note ({@link #readGoalsWithNote}), and starts where the title ends.
   */
  private int measureRunOn(int from, int end) {
    int stop = TextChars.indexOf(f, '。', from, end);
    int after = stop < 0 ? end : LineShapes.skipBlanks(f, stop + 1, end);
    if (after >= end) {
      return -1;
    }
    int measure = taskNotes.isNoteLine(new Line(after, end, end, after, end)) ? from
        : taskNotes.endsWithNote(after, after, end) || taskNotes.textAfterSentenceNote(after, end) > 0 ? after : -1;
    int goals = goalTitleEnd(from, stop);
    return measure >= 0 && goals > from ? goals : measure;
  }

  /**
   * Where a goal title ({@link #GOAL_TITLES}) of at least {@value #MIN_RUN_ON_GOAL_TITLE} characters
   * that opens {@code [from, end)} ends, text following it ({@code 主要预期目标地区生产总值增长6%左右…}:
   * the heading run into its goals), or -1.
   */
  private int goalTitleEnd(int from, int end) {
    int best = -1;
    for (int k = from + MIN_RUN_ON_GOAL_TITLE; k < end && k - from <= LONGEST_GOAL_TITLE; k++) {
      if (GOAL_TITLES.contains(f.substring(from, k))) {
        best = k;
      }
    }
    return best;
  }

  /** The shortest goal title read run into the text after it: {@code 目标} alone opens many a heading. */
  private static final int MIN_RUN_ON_GOAL_TITLE = 4;

  /**
   * A section heading a copy ran into the unnumbered measure under it, which starts at {@code
   * measure} ({@link #measureRunOn}): the heading keeps the text before the measure, without the
   * sentence end after it, and the measure is read as a line of its own. Where the heading ends and
   * the measure's title begins the copy does not show: a first sentence stays the heading's, and a
   * line of one sentence is the measure's whole, the section then untitled (DECISIONS.md, Copies
   * that lost their line breaks).
   */
  private void readHeadingRunIntoMeasure(Label label, Line line, int measure) {
    int titleEnd = measure > label.textStart() ? headingEnd(label.textStart(), measure) : label.textStart();
    section = new SectionDraft(label.number(), titleOrNull(label.textStart(), titleEnd),
        line.contentStart(), Math.max(titleEnd, label.end()));
    draft.addSection(section);
    draft.region(RegionKind.SECTION_HEADING, line.contentStart(), measure);
    sectionNote = null;
    subsectionNote = null;
    sectionLeaders = List.of();
    subsectionLeaders = List.of();
    underHeading = true;
    checkFirstListedRule(line.contentStart(), measure);
    rest = new Line(measure, line.end(), line.next(), measure, line.contentEnd());
  }

  /** {@code (一)加强组织领导} or {@code 第一节}: opens a subsection of the current section. */
  private void readSubsection(Label label, Line line) {
    closeTask();
    SectionDraft parent = ensureSection();
    if (lastSubsectionNumber > 0 && label.number() != lastSubsectionNumber + 1 && label.number() != 1) {
      diagnostics.report(DiagnosticCode.SUBSECTION_NUMBER_GAP,
          "subsection number " + label.number() + " follows subsection " + lastSubsectionNumber,
          label.start(), label.end());
    }
    lastSubsectionNumber = label.number();
    int note = headingNoteStart(label.textStart(), line.contentEnd());
    int titleEnd = headingEnd(label.textStart(), note >= 0 ? note : line.contentEnd());
    subsection = new SectionDraft(label.number(), titleOrNull(label.textStart(), titleEnd),
        line.contentStart(), Math.max(titleEnd, label.end()));
    parent.subsections.add(subsection);
    readHeadingTail(RegionKind.SUBSECTION_HEADING, line, titleEnd, note);
    subsectionNote = note >= 0 ? headingNote(note, line.contentEnd()) : null;
    subsectionLeaders = HeadingLeaders.in(f, label.textStart(), titleEnd);
    if (subsectionNote == null && subsectionLeaders.isEmpty()) {
      subsectionNote = headingUnits(label.textStart(), titleEnd);
    }
    underHeading = true;
    checkFirstListedRule(line.contentStart(), line.contentEnd());
  }

  /**
   * Claims a heading line: the heading up to its title's end (and the {@code 。} after it), and
   * the note that closes it, which opens at {@code note} (-1: none); the sentences between them
   * ({@code 二、深化改革。营商环境评价进入全省前10名。}) are text of the section, whose figures are its
   * goals (annotation guide §6).
   */
  private void readHeadingTail(RegionKind kind, Line line, int titleEnd, int note) {
    int end = note >= 0 ? taskNotes.trimBlank(titleEnd, note) : line.contentEnd();
    int tail = LineShapes.skipBlanks(f, titleEnd, end);
    while (tail < end && (f.charAt(tail) == '。' || f.charAt(tail) == ':')) {
      tail = LineShapes.skipBlanks(f, tail + 1, end);
    }
    draft.region(kind, line.contentStart(), tail < end ? tail : line.contentEnd());
    if (tail < end) {
      ensureSection().goalRanges.add(new int[] {tail, end});
      if (note >= 0) {
        draft.region(kind, note, line.contentEnd());
      }
    }
  }

  /**
   * The note that closes a heading line, bracketed from {@code open} ({@code 一、提升效能（牵头单位：
   * 县政务服务管理局；配合单位：县直各部门）}, {@code （一）降低成本（县发改局牵头，县财政局配合）}): it
   * names the units of every task under the heading without a note of its own (annotation guide
   * §2, §6 Notes), read fresh, since the tasks share it.
   */
  private @Nullable NoteParts headingNote(int open, int end) {
    int close = taskNotes.trimFiller(open, end);
    boolean bracketed = TextChars.isOpenBracket(f.charAt(open));
    NoteParts parts = bracketed ? notes.read(open + 1, close - 1, true) : notes.read(open, close, true);
    return parts == null || parts.names().isEmpty() ? null : parts;
  }

  /**
   * The units a heading {@code [start, titleEnd)} names as leading the items under it ({@code
   * 一、县示范区管委会牵头工作（8项）}, {@link HeadingUnits}), as the heading's note for those items
   * without a note of their own; null unless every name before its {@code 牵头} ends like a unit.
   */
  private @Nullable NoteParts headingUnits(int start, int titleEnd) {
    int verbEnd = HeadingUnits.leadEnd(f, start, titleEnd);
    NoteParts parts = verbEnd < 0 ? null : notes.readClosingSentence(start, verbEnd);
    if (parts == null || parts.names().isEmpty()) {
      return null;
    }
    for (NoteParts.Name name : parts.names()) {
      if (name.role() != NoteParts.Role.LEAD) {
        return null;
      }
    }
    return parts;
  }

  /**
   * Where the note that closes a heading's text {@code [from, end)} starts, or -1: a bracketed note
   * that ends the line, else a note key written with its colon outside brackets after the title,
   * which a copy without line breaks runs onto the heading ({@code （二）加强要素保障牵头单位：县自然资源局}).
   */
  private int headingNoteStart(int from, int end) {
    int bracketed = taskNotes.closingNoteStart(from, end);
    if (bracketed >= 0) {
      return bracketed;
    }
    int depth = 0;
    for (int i = from; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && i > from + 1 && NoteKeyReader.couldStartKey(c)) {
        NoteKeyReader.Match key = NoteKeyReader.keyAt(f, i, end);
        if (key != null && f.charAt(key.end() - 1) == ':' && key.end() - 1 - i >= MIN_HEADING_KEY) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The shortest note key read inside a heading's text ({@code 牵头单位：}); a shorter one ({@code
   * 责任：}) there is a word of the heading ({@code 压实工作责任：}).
   */
  private static final int MIN_HEADING_KEY = 4;

  /** {@code 1. 搭建创新平台。…(牵头单位:…)}: opens a task. */
  private void readTask(Label label, Line line) {
    closeTask();
    checkTaskNumber(label.number(), label.start(), label.end());
    String written = source.text().substring(label.start(), label.end()).strip();
    lastTaskLabel = written;
    task = open(new TaskDraft(label.number(), written, label.start(), label.textStart(), line.contentEnd()));
    task.parenthesised = label.kind() == Label.Kind.PARENTHESISED;
    task.firstLineEnd = line.end() == line.next() && line.next() < f.length() ? line.contentEnd() : -1;
    readTaskLine(label.textStart(), line);
  }

  /**
   * {@code (1)整合…资源。(牵头单位:省教育厅)}: a sub-item that ends with its own responsibility note
   * is a task of its own, numbered as written, after the task it details and in the same section
   * (its numbers restart under each parent and leave the task numbering alone). A sub-item without
   * a note of its own is a point of the open task.
   */
  private void readSubItem(Label label, Line line) {
    closeTask();
    String written = source.text().substring(label.start(), label.end()).strip();
    task = open(new TaskDraft(label.number(), written, label.start(), label.textStart(), line.contentEnd()));
    readTaskLine(label.textStart(), line);
  }

  /**
   * Whether an unnumbered paragraph is a measure of its own: it ends with its own responsibility
   * note ({@code 培育各类工业互联网平台。…(责任单位:省经济和信息化厅)}), or a sentence of it does
   * where a web copy ran the next paragraph on ({@link TaskNotes#textAfterSentenceNote}), where no
   * task is open, or where the open task is itself such a measure. Under a numbered task, noted paragraphs continue it
   * (its several notes merge, annotation guide §6).
   */
  private boolean isNotedParagraph(Line line) {
    TaskDraft current = task;
    boolean free = current == null ? !inEndMatter : current.label == null && current.rowEnd < 0 && current.closedByNote;
    return free && (taskNotes.endsWithNote(line.contentStart(), line.contentStart(), line.contentEnd())
        || taskNotes.textAfterSentenceNote(line.contentStart(), line.contentEnd()) > 0);
  }

  /**
   * Whether the line is a lead-in heading such as {@code 主要措施：} or {@code 具体措施:} after a task
   * closed by its note: a few words ending with a colon that head the points or measures after
   * it. It belongs to no task, so the task's note stays its last words.
   */
  private boolean isLeadIn(Line line) {
    TaskDraft current = task;
    if (current == null || !current.closedByNote || current.rowEnd >= 0) {
      return false;
    }
    String compact = LineShapes.compact(f, line);
    if (compact.length() < 3 || compact.length() > MAX_LEAD_IN || compact.charAt(compact.length() - 1) != ':') {
      return false;
    }
    for (int i = 0; i < compact.length() - 1; i++) {
      if (!Character.isIdeographic(compact.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a lead-in heading ({@code 主要措施：}) that a web copy ran onto the line right after a
   * task's closing note starts, or -1: it is then read as a line of its own.
   */
  private int leadInAfterNote(int from, int end) {
    if (end - from < 4 || f.charAt(end - 1) != ':') {
      return -1;
    }
    int start = end - 1;
    while (start > from && end - start <= MAX_LEAD_IN && Character.isIdeographic(f.charAt(start - 1))) {
      start--;
    }
    int lead = end - start;
    int before = taskNotes.trimBlank(from, start);
    return lead >= 3 && lead <= MAX_LEAD_IN && before > from && TextChars.isCloseBracket(f.charAt(before - 1))
        && taskNotes.endsWithNote(from, from, before) ? start : -1;
  }

  /**
   * {@code 一、主要预期目标⏎地区生产总值增长6%左右。责任单位：市发展改革委、市统计局}: under a heading
   * titled as goals ({@link #GOAL_TITLES}), before any task, a paragraph that ends with its own
   * note is the section's text, whose figures are its goals, and its note is the heading's (who
   * answers for the goals), as when the note stands on a line of its own; no unnumbered task.
   * False, reading nothing, for any other paragraph.
   */
  private boolean readGoalsWithNote(Line line) {
    SectionDraft heading = subsection != null ? subsection : section;
    if (task != null || !underHeading || heading == null || heading.title == null
        || !GOAL_TITLES.contains(Folding.fold(heading.title).replace(" ", ""))) {
      return false;
    }
    int note = headingNoteStart(line.contentStart(), line.contentEnd());
    if (note <= line.contentStart()) {
      return false;
    }
    readText(Line.of(f, line.contentStart(), note, note));
    rest = new Line(note, line.end(), line.next(), note, line.contentEnd());
    return true;
  }

  /** Opens an unnumbered task over a paragraph that ends with its own note. */
  private void readNotedParagraph(Line line) {
    closeTask();
    task = open(new TaskDraft(0, null, line.contentStart(), line.contentStart(), line.contentEnd()));
    readTaskLine(line.contentStart(), line);
  }

  /** A further line of the open task; where the label stood alone, the text starts here. */
  private void continueTask(Line line) {
    TaskDraft current = task;
    if (current != null && current.textStart >= current.end && current.rowEnd < 0) {
      current.textStart = line.contentStart();
    }
    readTaskLine(line.contentStart(), line);
  }

  /**
   * Extends the open task over {@code line} from {@code from}; where a web copy ran the next task
   * (or section) onto the same line after a note, ends the task there and reads the rest as a line
   * of its own.
   */
  private void readTaskLine(int from, Line line) {
    TaskDraft current = task;
    if (current == null) {
      return;
    }
    int split = taskNotes.joinedLabelAfterNote(from, line.contentEnd(), current.number, lastSectionNumber);
    if (split < 0) {
      split = leadInAfterNote(from, line.contentEnd());
    }
    if (split < 0 && current.label == null && current.rowEnd < 0) {
      split = taskNotes.textAfterSentenceNote(from, line.contentEnd());
    }
    int end = split >= 0 ? taskNotes.trimBlank(from, split) : line.contentEnd();
    current.end = end;
    current.closedByNote = taskNotes.endsWithNote(current.textStart, Math.max(from, line.contentStart()), end);
    if (split >= 0) {
      rest = new Line(split, line.end(), line.next(), split, line.contentEnd());
    }
  }

  /**
   * {@code 以上任务由县文化和旅游局牵头，各乡镇人民政府配合。} ({@link GroupNotes}): a group note, read
   * as a rule of the genre (annotation guide §2, §6 Notes). Its sentence (or bracket) belongs to no
   * task: it is a note of its own, and its units go to every task of its group — from the last
   * group note, else from the section's heading (subsections do not end a group: {@code 以上} speaks
   * of all the tasks above it in the section) — that has no note of its own; a task with its own
   * note keeps it. A note that names task numbers ({@code 上述第1—2项由A牵头，第3项由B牵头。},
   * {@code 以上第3、5项任务由…}) gives each part's units to exactly the tasks of its group so
   * numbered, which leave the group; the others wait for a later note. What the line holds after
   * the note's sentence is read as a line of its own.
   * False (the line is read as usual) when the line opens no group note or the note names no unit.
   */
  private boolean readGroupNote(Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    boolean bracketed = TextChars.isOpenBracket(f.charAt(s));
    int open = bracketed ? s + 1 : s;
    int units = GroupNotes.unitsStart(f, open, e);
    if (units < 0) {
      return false;
    }
    int close = bracketed ? closingBracket(s, e) : sentenceEnd(units, e);
    if (close < 0) {
      return false;
    }
    int[] named = GroupNotes.namedTasks(f, open, units);
    int partEnd = named == null ? close : namedPartEnd(units, close);
    NoteParts parts = notes.read(units, taskNotes.trimFiller(units, partEnd), true);
    if (parts == null || parts.names().isEmpty()) {
      return false;
    }
    int noteEnd = bracketed ? close + 1 : close < e ? close + 1 : e;
    giveGroupNote(line, noteEnd, false, named, parts, partEnd, close);
    return true;
  }

  /**
   * {@code 第3项由县商务局牵头。} right after a group note that names task numbers ({@code
   * 上述第1—2项由…牵头。}): the next sentence of that note, read alike. False when the line opens
   * with no numbers of tasks and their units.
   */
  private boolean readNamedPart(Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    GroupNotes.@Nullable NamedPart part = f.charAt(s) == '第' ? GroupNotes.namedPart(f, s, e) : null;
    if (part == null) {
      return false;
    }
    int units = part.unitsStart();
    int close = sentenceEnd(units, e);
    int partEnd = namedPartEnd(units, close);
    NoteParts parts = notes.read(units, taskNotes.trimFiller(units, partEnd), true);
    if (parts == null || parts.names().isEmpty()) {
      return false;
    }
    giveGroupNote(line, close < e ? close + 1 : e, true, part.tasks(), parts, partEnd, close);
    return true;
  }

  /**
   * Reads the group note that opens {@code line} and ends at {@code noteEnd} (past its {@code 。}
   * or bracket), whose first part, read as {@code parts}, ends at {@code partEnd} and whose last
   * at {@code close}: closes the task before it, takes the note's span, leaves what follows for a
   * line of its own, and gives the units to its group, to the tasks {@code named} when it names
   * task numbers ({@link #giveNamedParts}), saying so when no task takes them; {@code
   * continuation} for a later sentence of a note that names task numbers ({@link #readNamedPart}).
   */
  private void giveGroupNote(Line line, int noteEnd, boolean continuation, int @Nullable [] named,
      NoteParts parts, int partEnd, int close) {
    int s = line.contentStart();
    int e = line.contentEnd();
    closeTask();
    int next = LineShapes.skipBlanks(f, noteEnd, e);
    draft.region(RegionKind.TASK, s, taskNotes.trimBlank(s, noteEnd));
    if (next < e) {
      rest = new Line(next, line.end(), line.next(), next, e);
    }
    boolean applied = named == null ? giveGroupUnits(parts, null) : giveNamedParts(named, parts, partEnd, close);
    if (!applied) {
      diagnostics.report(DiagnosticCode.NOTE_WITHOUT_TASK,
          !continuation && group.isEmpty() ? "group note follows no task of its section; no task takes its units"
              : named != null ? "group note names no task above it without a note of its own; no task takes its units"
              : "group note follows only tasks with notes of their own; no task takes its units",
          s, taskNotes.trimBlank(s, noteEnd));
    }
    if (named == null) {
      group.clear();
    }
    namedNoteOpen = named != null;
  }

  /**
   * Gives each part of a group note that names task numbers its units, from the part whose
   * numbers are {@code named}, read as {@code parts} and ending at {@code partEnd}, up to {@code
   * close}: {@code 上述第1—2项由A牵头，B配合；第3项由C牵头}. Whether any task took units.
   */
  private boolean giveNamedParts(int[] named, NoteParts parts, int partEnd, int close) {
    boolean applied = false;
    int[] numbers = named;
    @Nullable NoteParts read = parts;
    int end = partEnd;
    while (true) {
      if (read != null && !read.names().isEmpty()) {
        applied |= giveGroupUnits(read, numbers);
      }
      if (end >= close) {
        return applied;
      }
      GroupNotes.@Nullable NamedPart part = GroupNotes.namedPart(f, end + 1, close);
      if (part == null) {
        return applied;
      }
      numbers = part.tasks();
      int from = part.unitsStart();
      end = namedPartEnd(from, close);
      read = notes.read(from, taskNotes.trimFiller(from, end), true);
    }
  }

  /**
   * The end of one part of a group note that names task numbers: the clause mark before the next
   * part ({@code 上述第1—2项由A牵头，第3项由B牵头}), else {@code close}.
   */
  private int namedPartEnd(int units, int close) {
    int next = GroupNotes.nextNamedPart(f, units, close);
    return next < 0 ? close : next - 1;
  }

  /**
   * Gives a group note's units to the tasks of the group without a note of their own: to every
   * such task when {@code named} is null, else only to those numbered as named (as written, the
   * last of the group first where numbers repeat), which then leave the group. Whether any task
   * took them.
   */
  private boolean giveGroupUnits(NoteParts parts, int @Nullable [] named) {
    boolean applied = false;
    if (named == null) {
      for (TaskDraft member : group) {
        applied |= giveUnits(member, parts);
      }
      return applied;
    }
    for (int number : named) {
      for (int k = group.size() - 1; k >= 0; k--) {
        TaskDraft member = group.get(k);
        if (member.number == number) {
          if (giveUnits(member, parts)) {
            applied = true;
            group.remove(k);
          }
          break;
        }
      }
    }
    return applied;
  }

  private static boolean giveUnits(TaskDraft member, NoteParts parts) {
    if (member.notes.noteCount() != 0 || member.notes.notUnderstoodCount() != 0) {
      return false;
    }
    member.notes.addAll(parts);
    member.deadline = member.notes.deadline();
    return true;
  }

  /** The bracket that closes the one opening at {@code open}, within {@code end}, or -1. */
  private int closingBracket(int open, int end) {
    int depth = 0;
    for (int i = open; i < end && i <= open + NoteReader.MAX_NOTE; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code 。} outside brackets in {@code [from, end)}, or {@code end}. */
  private int sentenceEnd(int from, int end) {
    int depth = 0;
    for (int i = from; i < end && i <= from + NoteReader.MAX_NOTE; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (c == '。' && depth == 0) {
        return i;
      }
    }
    return end;
  }

  /**
   * {@code 主办单位：市群众艺术馆} on its own line after a task, with none of a portal footer's other
   * words ({@link LineShapes#isHostKeyOnly}): the task's note (主办单位 a lead key), not the page's
   * footer, which comes after the plan and names the site's registrations.
   */
  private boolean isHostNoteOfTask(Line line) {
    return task != null && LineShapes.isHostKeyOnly(f, line) && taskNotes.isNoteLine(line);
  }

  /**
   * {@code 牵头单位：…} on its own line after a task: part of that task. Before any task, or after
   * a task-table row, no task can hold it: it is reported.
   */
  private void readOwnLineNote(Line line) {
    TaskDraft current = task;
    if (current == null && underHeading && section != null && readHeadingNoteLine(line)) {
      return;
    }
    if (current == null) {
      diagnostics.report(DiagnosticCode.NOTE_WITHOUT_TASK,
          "responsibility note stands before any task; no task takes its units",
          line.contentStart(), line.contentEnd());
      draft.region(RegionKind.UNREAD, line.contentStart(), line.contentEnd());
      return;
    }
    current.end = line.contentEnd();
    current.closedByNote = true;
  }

  /**
   * {@code 牵头单位：县自然资源局} on its own line right under a heading, before the heading's first
   * task: a note of the heading, which names the units of every task under it without a note of
   * its own (annotation guide §2, §6 Notes); several such lines merge in order, and a deadline line
   * after them ({@code 完成时限：2024年6月底前}) gives those tasks its deadline. False when the line
   * names no unit and adds no deadline to a heading note.
   */
  private boolean readHeadingNoteLine(Line line) {
    NoteParts read = notes.read(line.contentStart(), taskNotes.trimFiller(line.contentStart(), line.contentEnd()), true);
    NoteParts before = subsection != null ? subsectionNote : sectionNote;
    if (read == null || read.names().isEmpty() && (before == null || read.deadline() == null)) {
      return false;
    }
    NoteParts merged = new NoteParts();
    merged.addAll(before);
    merged.addAll(read);
    if (subsection != null) {
      subsectionNote = merged;
    } else {
      sectionNote = merged;
    }
    draft.region(subsection != null ? RegionKind.SUBSECTION_HEADING : RegionKind.SECTION_HEADING,
        line.contentStart(), line.contentEnd());
    return true;
  }

  /**
   * A line of plain text outside any task: a section's preamble, text after a task-table row, or
   * end matter. No task holds it, so outside end matter it gets a {@code TEXT_OUTSIDE_TASK}
   * remark.
   */
  private void readText(Line line) {
    closeTask();
    if (inEndMatter && annexCaption && line.contentStart() == annexTitleStart) {
      return;
    }
    if (!inEndMatter) {
      diagnostics.report(DiagnosticCode.TEXT_OUTSIDE_TASK,
          "text after a heading and before any task; no task holds it",
          line.contentStart(), line.contentEnd());
    }
    if (inEndMatter || section == null) {
      draft.region(inEndMatter ? RegionKind.END_MATTER : RegionKind.PREAMBLE, line.contentStart(), line.contentEnd());
    } else {
      section.goalRanges.add(new int[] {line.contentStart(), line.contentEnd()});
    }
    checkFirstListedRule(line.contentStart(), line.contentEnd());
    draft.cite(line.contentStart(), line.contentEnd(), true);
  }

  /**
   * A flattened table's header ({@code 序号 重点任务 责任部门 时间进度}, its first row run on) or one
   * of its rows, each opening with the next number ({@link FlatTable}); a line that opens with any
   * other number ends the table.
   */
  private boolean readFlatTable(Line line) {
    int s = line.contentStart();
    int header = FlatTable.headerEnd(f, s, f.length());
    if (header > s && header <= line.end() && !PipeCells.hasTab(source.text(), line)) {
      List<PipeCells.Cell> cells = FlatTable.headerCells(f, s, line.contentEnd());
      TaskTable columns = TaskTable.header(f, cells);
      if (columns != null) {
        closeTask();
        openAnnexSection();
        flatTable = columns;
        flatRow = 1;
        int tableEnd = header;
        while (tableEnd < f.length() && !TextChars.isLineBreak(f.charAt(tableEnd))) {
          tableEnd++;
        }
        flatNames = FlatTable.names(f, header, tableEnd);
        reportUnknownColumns(columns, cells);
        draft.region(RegionKind.SECTION_HEADING, line.contentStart(), line.contentEnd());
        return true;
      }
    }
    TaskTable columns = flatTable;
    if (columns == null) {
      return false;
    }
    if (!FlatTable.opensRow(f, s, line.contentEnd(), flatRow)) {
      flatTable = null;
      return false;
    }
    flatRow++;
    readTableRow(columns, FlatTable.rowCells(f, columns, flatNames, s, line.contentEnd()), line);
    return true;
  }

  /**
   * {@code 附件：重点任务分工及进度安排表}: the title after an annex label that a flattened table's
   * header follows, kept for that table, which opens a section of its own under that title.
   */
  private void noteAnnexTitle(Line line) {
    annexTitleStart = -1;
    annexCaption = false;
    int s = line.contentStart();
    if (!f.startsWith("附件", s)) {
      return;
    }
    int next = nextContent(line.end());
    Line caption = null;
    if (FlatTable.headerEnd(f, next, f.length()) <= next) {
      Line following = lineFrom(next);
      if (!isPipeHeader(following)) {
        if (!isCaption(following) || !isPipeHeader(lineFrom(nextContent(following.end())))) {
          return;
        }
        caption = following;
      }
    }
    int at = s;
    for (int k = TextChars.indexOf(f, "附件", s, line.contentEnd()); k >= 0;
        k = TextChars.indexOf(f, "附件", k + 2, line.contentEnd())) {
      at = k + 2;
    }
    while (at < line.contentEnd() && (TextChars.isBlank(f.charAt(at)) || TextChars.isDigit(f.charAt(at))
        || f.charAt(at) == ':')) {
      at++;
    }
    if (at < line.contentEnd()) {
      annexTitleStart = at;
      annexTitleEnd = line.contentEnd();
    } else if (caption != null) {
      annexTitleStart = caption.contentStart();
      annexTitleEnd = caption.contentEnd();
      annexCaption = true;
    }
  }

  /** Where the first non-blank character at or after {@code from} stands (line breaks skipped). */
  private int nextContent(int from) {
    int next = from;
    while (next < f.length() && (TextChars.isBlank(f.charAt(next)) || TextChars.isLineBreak(f.charAt(next)))) {
      next++;
    }
    return next;
  }

  /**
   * The line that starts at {@code start}, as a new {@link LineCursor} cuts it: up to the next
   * line break, or to the break a copy lost ({@code …附件重点任务分工表序号 | … | 责任部门 |1 | …} on
   * one line: the header ends where its first row starts). Asked after an annex label only.
   */
  private Line lineFrom(int start) {
    return new LineCursor(f, source).at(start);
  }

  /** Whether the line is the header of a pipe task table ({@code 序号 | 重点任务 | … | 责任部门 |}). */
  private boolean isPipeHeader(Line line) {
    return !line.isBlank() && PipeCells.isRow(f, line) && TaskTable.header(f, PipeCells.split(f, line)) != null;
  }

  /** Whether the line is a table's caption: short, one phrase, no cell and no sentence's end. */
  private boolean isCaption(Line line) {
    if (line.isBlank() || line.length() > MAX_CAPTION || PipeCells.isRow(f, line)) {
      return false;
    }
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if (TextChars.isClauseBreak(f.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** After an annex label, a task table opens a section titled as the annex (annotation guide §6, Tables). */
  private void openAnnexSection() {
    if (!inEndMatter || annexTitleStart < 0) {
      return;
    }
    subsection = null;
    group.clear();
    sectionNote = null;
    subsectionNote = null;
    sectionLeaders = List.of();
    subsectionLeaders = List.of();
    lastSectionNumber++;
    lastSubsectionNumber = 0;
    section = new SectionDraft(lastSectionNumber, titleOrNull(annexTitleStart, annexTitleEnd),
        annexTitleStart, annexTitleEnd);
    draft.addSection(section);
    draft.region(RegionKind.SECTION_HEADING, annexTitleStart, annexTitleEnd);
    annexTitleStart = -1;
    annexCaption = false;
    inEndMatter = false;
  }

  /**
   * A row of a task table whose columns a PDF's text copy aligned with spaces (annotation guide §6,
   * Tables: columns recognised by their header): a header whose cells, parted by gaps of two or more
   * blanks, are the column words of a task table opens it as a table of separated cells, as a
   * tab-separated header does; under it a line so parted is a row where it opens with its row number
   * or has as many cells as the header. Any other line with such gaps (a justified sentence) is left
   * to the other rules.
   */
  private boolean readSpacedRow(Line line) {
    List<PipeCells.Cell> cells = PipeCells.splitSpaced(f, source.text(), line);
    TaskTable columns = table;
    boolean header = TaskTable.header(f, cells) != null;
    boolean row = columns != null && columns.isTabbed() && cells.size() >= 3
        && (isBareNumber(cells.get(0)) || cells.size() == columns.columnCount()
            || columns.numberColumn() < 0 && spaced != null && spaced.table() == columns
                && cells.size() * 2 > columns.columnCount());
    if (header) {
      boolean read = readRow(line, true, cells);
      TaskTable opened = table;
      spaced = read && opened != null && opened != columns ? SpacedColumns.of(source.text(), line.start(), cells, opened) : spaced;
      return read;
    }
    if (!row && columns != null && columns.isTabbed() && columns.numberColumn() >= 0 && spaced != null
        && spaced.table() == columns) {
      List<Line> head = new java.util.ArrayList<>();
      Line numbered = rowBelowHead(line, columns, head);
      if (numbered != null) {
        return readWrappedRow(numbered, PipeCells.splitSpaced(f, source.text(), numbered), head);
      }
    }
    return row && (readWrappedRow(line, cells) || readRow(line, true, cells));
  }

  /**
   * A line of a spreadsheet saved as comma-separated text ({@link CommaCells}): a header of at least
   * three cells that reads as a task-table header opens a table read as a tab-separated one, and
   * under it each row, its quoted cells run over lines as written, is a row of that table; a row
   * with only its first cell filled (a remark under the sheet) is no row and is read as a line. A
   * line that opens with a note key ({@code 責任單位:县财政局,县工业和信息化局,…}, an own-line note
   * listing its units by commas) is no row of a table: it is read as the note it is. Outside an
   * open comma table, a line that {@link CommaHeaderScreen} rules out as a header is no row, and
   * its cells are not cut.
   */
  private boolean readCommaRow(Line line) {
    String text = source.text();
    boolean rowOfOpenTable = table != null && table == commaTable;
    if (line.start() > 0 && !TextChars.isLineBreak(text.charAt(line.start() - 1))
        || !rowOfOpenTable && !CommaHeaderScreen.mayBeHeader(marks, line.contentStart(),
            source.lineEnd(source.line(line.contentStart()) - 1))
        || NoteKeyReader.keyAt(f, line.contentStart(), line.contentEnd()) != null) {
      return false;
    }
    int end = CommaCells.rowEnd(text, line.contentStart());
    if (end < 0) {
      return false;
    }
    Line row = end <= line.contentEnd() ? line : Line.of(f, line.start(), end, lineFrom(end).next());
    List<PipeCells.Cell> cells = CommaCells.split(text, f, row.contentStart(), row.contentEnd());
    if (cells.size() < 3) {
      return false;
    }
    if (CommaCells.isHeader(f, cells)) {
      boolean read = readRow(row, true, cells);
      commaTable = read ? table : commaTable;
      consumedUntil = read && row.end() > line.end() ? row.end() : consumedUntil;
      return read;
    }
    if (!rowOfOpenTable || cells.get(0).isEmpty() || allEmptyAfterFirst(cells)) {
      return false;
    }
    if (row.end() > line.end()) {
      consumedUntil = row.end();
    }
    return readRow(row, true, cells);
  }

  private static boolean allEmptyAfterFirst(List<PipeCells.Cell> cells) {
    for (int k = 1; k < cells.size(); k++) {
      if (!cells.get(k).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a space-aligned task table is open, its columns' positions known. */
  private boolean inSpacedTable() {
    return table != null && spaced != null && spaced.table() == table;
  }

  /** The most lines of a row that stand above its number, the number vertically centred in the row. */
  private static final int MAX_HEAD_LINES = 3;

  /**
   * The numbered line of the row whose first lines open at {@code line} (a PDF copy that centred the
   * row's number, units and deadline vertically: the title's and text's first lines stand above
   * them), those lines added to {@code head}; null when {@code line} and up to {@link
   * #MAX_HEAD_LINES} lines after it, each placed under columns other than the number column, are
   * not followed by a line that opens with a number in the number column.
   */
  private @Nullable Line rowBelowHead(Line line, TaskTable columns, List<Line> head) {
    Line at = wholeLine(line.start());
    while (head.size() < MAX_HEAD_LINES) {
      if (spaced.place(f, source.text(), at) == null) {
        return null;
      }
      head.add(at);
      if (at.next() >= f.length()) {
        return null;
      }
      Line next = wholeLine(at.next());
      List<PipeCells.Cell> cells = PipeCells.splitSpaced(f, source.text(), next);
      if (!cells.isEmpty() && isBareNumber(cells.get(0)) && columns.numberColumn() == 0) {
        return next;
      }
      at = next;
    }
    return null;
  }

  private boolean readWrappedRow(Line line, List<PipeCells.Cell> cells) {
    return readWrappedRow(line, cells, List.of());
  }

  /**
   * A row of a space-aligned table read by its columns' positions ({@link SpacedColumns}): its
   * cells placed under their columns when an empty cell left only a wider gap, and the lines under
   * it that continue its wrapped cells taken as part of it. False, leaving the row to {@link
   * #readRow}, when the row has as many cells as the header and no line continues it, or when its
   * cells do not fit the columns.
   */
  private boolean readWrappedRow(Line line, List<PipeCells.Cell> cells, List<Line> head) {
    TaskTable columns = table;
    SpacedColumns at = spaced;
    int n = columns == null ? 0 : columns.columnCount();
    if (columns == null || at == null || at.table() != columns) {
      return false;
    }
    PipeCells.Cell number = cell(cells, columns.numberColumn());
    int nextRow = number != null && isBareNumber(number) ? Integer.parseInt(PipeCells.compact(f, number)) + 1 : -1;
    Line runOn = null;
    List<PipeCells.Cell> own = cells;
    if (cells.size() > n) {
      PipeCells.Cell after = cells.get(n);
      if (isBareNumber(after) || cellLabel(after) != null || SpacedColumns.numberAtEnd(f, cells.get(n - 1), nextRow) > 0) {
        return false;
      }
      int cut = cells.get(n - 1).end();
      runOn = new Line(cut, line.end(), line.next(), after.start(), line.contentEnd());
      own = cells.subList(0, n);
    }
    List<PipeCells.Cell> fitted = own.size() == n ? own : at.fit(source.text(), line.start(), own);
    if (fitted == null) {
      return false;
    }
    at.learn(source.text(), line.start(), own);
    List<List<PipeCells.Cell>> wrapped = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      wrapped.add(new java.util.ArrayList<>());
    }
    for (Line above : head) {
      PipeCells.Cell[] pieces = at.place(f, source.text(), above);
      for (int k = 0; pieces != null && k < n; k++) {
        if (pieces[k] != null) {
          wrapped.get(k).add(pieces[k]);
        }
      }
    }
    if (!head.isEmpty()) {
      List<PipeCells.Cell> first = new java.util.ArrayList<>(fitted);
      for (int k = 0; k < n; k++) {
        PipeCells.Cell cell = fitted.get(k);
        if (!cell.isEmpty() || wrapped.get(k).isEmpty()) {
          wrapped.get(k).add(cell);
        }
        first.set(k, wrapped.get(k).get(0));
      }
      fitted = first;
    } else {
      for (int k = 0; k < n; k++) {
        wrapped.get(k).add(fitted.get(k));
      }
    }
    PipeCells.Cell[] above = new PipeCells.Cell[n];
    for (int k = 0; k < n; k++) {
      above[k] = wrapped.get(k).get(wrapped.get(k).size() - 1);
    }
    Line last = line;
    int end = line.contentEnd();
    while (runOn != null || last.next() < f.length()) {
      Line next = runOn != null ? runOn : wholeLine(last.next());
      SpacedColumns.Continuation more = at.continuation(f, source.text(), next, above, nextRow);
      Line afterPage = more == null && runOn == null ? afterPageBreak(next, n) : null;
      if (afterPage != null) {
        more = at.continuation(f, source.text(), afterPage, above, nextRow);
        if (more != null) {
          for (int p = next.start(); p < afterPage.start(); ) {
            Line skipped = lineFrom(p);
            if (!skipped.isBlank()) {
              draft.region(RegionKind.FURNITURE, skipped.contentStart(), skipped.contentEnd());
            }
            p = skipped.next();
          }
          next = afterPage;
        }
      }
      if (more == null) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (more.pieces()[k] != null) {
          wrapped.get(k).add(more.pieces()[k]);
          above[k] = more.pieces()[k];
        }
      }
      last = next;
      runOn = null;
      end = more.end();
      if (end < next.contentEnd()) {
        break;
      }
    }
    if (last == line && fitted == cells && head.isEmpty()) {
      return false;
    }
    if (runOn != null) {
      return false;
    }
    Line row = line;
    Line top = head.isEmpty() ? line : head.get(0);
    if (last != line || !head.isEmpty()) {
      consumedUntil = end < last.contentEnd() ? end : last.end();
      row = new Line(top.start(), consumedUntil, end < last.contentEnd() ? end : last.next(), top.contentStart(), end);
    }
    readTableRow(columns, fitted, row, wrapped);
    return true;
  }

  /** A row of a task table, its cells separated by pipes or, when {@code tabs}, by tabs. */
  private boolean readRow(Line line, boolean tabs) {
    return readRow(line, tabs, null);
  }

  /**
   * A row of a task table, its cells separated by pipes or, when {@code tabs}, by tabs or by the
   * gaps of a space-aligned copy, whose {@code separated} cells are given.
   */
  private boolean readRow(Line line, boolean tabs, @Nullable List<PipeCells.Cell> separated) {
    if (!tabs && LineShapes.isTableSeparator(f, line)) {
      draft.region(RegionKind.FURNITURE, line.contentStart(), line.contentEnd());
      return true;
    }
    List<PipeCells.Cell> cells = separated != null ? separated
        : tabs ? PipeCells.splitTabs(f, source.text(), line) : PipeCells.split(f, line);
    int headerAfterHeading = tabs ? -1 : headerAfterHeading(line, cells);
    if (headerAfterHeading > 0) {
      readSegment(Line.of(f, line.contentStart(), headerAfterHeading, headerAfterHeading));
      rest = new Line(headerAfterHeading, line.end(), line.next(), headerAfterHeading, line.contentEnd());
      return true;
    }
    TaskTable header = TaskTable.header(f, cells);
    if (header != null) {
      closeTask();
      openAnnexSection();
      Line lower = tabs || separated != null ? null : lowerHeaderRow(header, line, cells);
      if (lower != null) {
        List<PipeCells.Cell> columns = TwoLevelHeader.columns(f, header, cells, PipeCells.split(f, lower),
            PipeCells.split(f, lineFrom(nextContent(lower.end()))));
        header = TaskTable.header(f, columns);
        cells = columns;
        consumedUntil = lower.end();
        draft.region(RegionKind.SECTION_HEADING, lower.contentStart(), lower.contentEnd());
      }
      table = header.laidOut(tabs, PipeCells.opensWithPipe(f, line),
          !tabs && f.charAt(line.contentEnd() - 1) == '|');
      rowAbove = null;
      rowAboveTask = null;
      reportUnknownColumns(header, cells);
      noteHeaderRule(cells);
      draft.region(RegionKind.SECTION_HEADING, line.contentStart(), line.contentEnd());
      return true;
    }
    TaskTable columns = table;
    if (columns == null || columns.isTabbed() != tabs) {
      return false;
    }
    int sectionRun = tabs ? sectionRunIntoRowNumber(cells) : -1;
    if (sectionRun > 0) {
      readSegment(Line.of(f, line.contentStart(), sectionRun, sectionRun));
      rest = new Line(sectionRun, line.end(), line.next(), sectionRun, line.contentEnd());
      return true;
    }
    Line whole = tabs ? null : rowWithCellOnNextLine(columns, line, cells);
    if (whole != null) {
      consumedUntil = whole.end();
    }
    Line row = whole != null ? whole : line;
    List<PipeCells.Cell> rowCells = tabs ? cells
        : PipeCells.splitRow(f, row, columns.isBordered(), columns.isClosed(), columns.columnCount());
    int next = joinedRowStart(columns, rowCells);
    if (next > row.contentStart() && next < row.contentEnd()) {
      Line first = Line.of(f, row.contentStart(), next, next);
      rest = new Line(next, row.end(), row.next(), next, row.contentEnd());
      List<PipeCells.Cell> firstCells = !tabs
          ? PipeCells.splitRow(f, first, columns.isBordered(), columns.isClosed(), columns.columnCount())
          : separated != null ? PipeCells.splitSpaced(f, source.text(), first) : PipeCells.splitTabs(f, source.text(), first);
      readTableRow(columns, firstCells, first);
      return true;
    }
    readTableRow(columns, rowCells, row);
    return true;
  }

  /**
   * The line of the input that starts at {@code start}, up to its line break: a line under a wrapped
   * row is read by its pieces' positions, so a figure that opens it ({@code 8.5公顷。} under the text
   * column) starts no item there, as {@link #lineFrom} would cut it.
   */
  private Line wholeLine(int start) {
    int end = start;
    while (end < f.length() && !TextChars.isLineBreak(f.charAt(end))) {
      end++;
    }
    int next = end < f.length() && f.charAt(end) == '\r' && end + 1 < f.length() && f.charAt(end + 1) == '\n'
        ? end + 2 : Math.min(f.length(), end + 1);
    return Line.of(f, start, end, next);
  }

  /**
   * The line after a page break inside a space-aligned table that starts at {@code line}: blank
   * lines and at least one line of page furniture (a printed page number, {@code — 2 —}), then the
   * table's header printed again on the new page (a header of {@code columns} cells), optional; null
   * when {@code line} opens no page break.
   */
  private @Nullable Line afterPageBreak(Line line, int columns) {
    Line at = line;
    boolean furniture = false;
    while (at.start() < f.length() && (at.isBlank() || LineShapes.isFurniture(f, at))) {
      furniture |= !at.isBlank();
      if (at.next() >= f.length()) {
        return null;
      }
      at = wholeLine(at.next());
    }
    if (!furniture) {
      return null;
    }
    List<PipeCells.Cell> cells = PipeCells.splitSpaced(f, source.text(), at);
    if (cells.size() == columns && TaskTable.header(f, cells) != null) {
      return at.next() < f.length() ? wholeLine(at.next()) : null;
    }
    return at;
  }

  /**
   * The line after a pipe header that is its lower row ({@link TwoLevelHeader}: the parts of the
   * one upper cell that spans columns), or null.
   */
  private @Nullable Line lowerHeaderRow(TaskTable header, Line line, List<PipeCells.Cell> cells) {
    int next = nextContent(line.end());
    if (next >= f.length()) {
      return null;
    }
    Line lower = lineFrom(next);
    if (!PipeCells.isRow(f, lower)) {
      return null;
    }
    int after = nextContent(lower.end());
    if (after >= f.length()) {
      return null;
    }
    List<PipeCells.Cell> columns = TwoLevelHeader.columns(f, header, cells, PipeCells.split(f, lower),
        PipeCells.split(f, lineFrom(after)));
    return columns != null && TaskTable.header(f, columns) != null ? lower : null;
  }

  /**
   * The row {@code line} and the next line together, when a copy broke the row's last cell over
   * two lines (a cell's own line break, kept): the row has fewer cells than the header, its last
   * cell ends inside a sentence or a list ({@code ，} {@code 、} {@code ；}: {@code 1 | 建设农村公路 |
   * 新建农村公路120公里，⏎改造危桥15座。 | 县交通运输局 | 2023年底前 |}), the next line holds cells and
   * opens with no row number or section numeral, and the two make no more cells than the header
   * has. Else null: a short row is one that leaves out cells the rows above span.
   */
  private @Nullable Line rowWithCellOnNextLine(TaskTable columns, Line line, List<PipeCells.Cell> cells) {
    int n = columns.columnCount();
    int last = line.contentEnd() - 1;
    if (cells.isEmpty() || cells.size() >= n || "，,、；;".indexOf(f.charAt(last)) < 0 || line.next() >= f.length()) {
      return null;
    }
    Line next = lineFrom(line.next());
    if (next.isBlank() || !PipeCells.isRow(f, next)) {
      return null;
    }
    List<PipeCells.Cell> nextCells = PipeCells.split(f, next);
    PipeCells.Cell first = nextCells.isEmpty() ? null : nextCells.get(0);
    if (first == null || first.isEmpty() || isBareNumber(first) || cellLabel(first) != null) {
      return null;
    }
    Line whole = new Line(line.start(), next.end(), next.next(), line.contentStart(), next.contentEnd());
    List<PipeCells.Cell> joined = PipeCells.splitRow(f, whole, columns.isBordered(), columns.isClosed(), n);
    return joined.size() <= n ? whole : null;
  }

  /**
   * Where a table's header starts after a section heading that a web copy ran into it ({@code
   * 二、民生保障| 序号 | 主要工作任务 | …}), or -1: the line's first cell opens with a section label and
   * has text after it, and the cells after it read as a task-table header. The header starts at
   * the pipe after the heading, which borders it.
   */
  private int headerAfterHeading(Line line, List<PipeCells.Cell> cells) {
    if (cells.size() < 3 || PipeCells.opensWithPipe(f, line) || !ChineseNumerals.isNumeral(f.charAt(line.contentStart()))) {
      return -1;
    }
    PipeCells.Cell first = cells.get(0);
    Label heading = cellLabel(first);
    if (heading == null || heading.kind() != Label.Kind.SECTION || heading.textStart() >= first.end()
        || TaskTable.header(f, cells.subList(1, cells.size())) == null) {
      return -1;
    }
    return TextChars.indexOf(f, '|', first.end(), line.contentEnd());
  }

  /**
   * Where the second of two table rows that a web copy ran onto one line starts, or -1: the row
   * has more cells than the header; in a bordered table the next row starts at the border pipe
   * after the row's last cell ({@code …| 年底前 || 3 | …}); in a table numbered in its first column,
   * at the next row's number, in a cell of its own after the row's closing pipe ({@code …| 年底前 |2
   * | 新增…}) or, as the next task number, after a section row's empty cells ({@code 一、 | 扩大有效投资
   * | | |1 | …}; a score such as {@code 二、 | … | 15 |} is no row number), or glued
   * to the last cell ({@code …| 2025年11月底前2 | 新增…}), as a section row's numeral may be ({@code
   * …| 2023年6月底前二、 | 促进消费回升 |}); at a section's numeral or heading in a cell past the
   * header's last column ({@code … | 县河长办 |二、 | 对标…}, {@code … | 2023年10月 |二、民生保障| 序号 |
   * …}); at the next row's number in the last column's cell, the row's own number plus one ({@code
   * 6 | 城镇新增就业 | … | 县人社局 | 7 | 城镇调查失业率 | …}: a row whose last cell was empty, its
   * closing pipe run into the next row's opening number); at a section row's numeral alone in the
   * last column's cell ({@code 2 | … | 2024年9月底前 | 二、 | 降低企业经营成本 | | …}: a row whose
   * last cell was empty, run into the next section row); in rows of unequal width at the next task number or
   * an item's score after an empty closing cell ({@link #unevenRowStart}); in a table without
   * number column whose last column names units, where a unit cell runs on into the next row's
   * first cell ({@link #unitsRunIntoNextRow}).
   */
  private int joinedRowStart(TaskTable columns, List<PipeCells.Cell> cells) {
    int n = columns.columnCount();
    NoteField lastKey = n >= 2 ? columns.key(n - 1) : null;
    if (columns.numberColumn() < 0 && cells.size() >= 3 && lastKey != null
        && lastKey != NoteField.LEADER && lastKey != NoteField.DEADLINE) {
      int units = unitsRunIntoNextRow(n, cells);
      if (units >= 0) {
        return units;
      }
    }
    if (n < 2 || cells.size() <= n) {
      return -1;
    }
    PipeCells.Cell last = cells.get(n - 1);
    if (columns.isBordered()) {
      int close = f.indexOf('|', last.end());
      return close >= 0 && close + 1 < f.length() && f.charAt(close + 1) == '|' ? close + 1 : -1;
    }
    if (columns.numberColumn() != 0) {
      return -1;
    }
    int uneven = unevenRowStart(n, cells);
    if (uneven >= 0) {
      return uneven;
    }
    if (isSectionCell(cells.get(0))) {
      for (int k = 2; k < cells.size(); k++) {
        PipeCells.Cell cell = cells.get(k);
        if (cells.get(k - 1).isEmpty() && isBareNumber(cell)) {
          int number = Integer.parseInt(PipeCells.compact(f, cell));
          if (number == lastTaskNumber + 1 || number == 1) {
            return cell.start();
          }
        }
      }
    }
    PipeCells.Cell after = cells.get(n);
    if (isBareNumber(after)) {
      return after.start();
    }
    if (isBareNumber(cells.get(0)) && isBareNumber(last)
        && Integer.parseInt(PipeCells.compact(f, last)) == Integer.parseInt(PipeCells.compact(f, cells.get(0))) + 1) {
      return last.start();
    }
    if (isSectionCell(last) && !last.isEmpty()) {
      return last.start();
    }
    int digits = last.end();
    while (digits > last.start() && TextChars.isDigit(f.charAt(digits - 1)) && last.end() - digits < 3) {
      digits--;
    }
    boolean numbered = digits < last.end() && digits > last.start() && !TextChars.isDigit(f.charAt(digits - 1));
    int section = numbered && columns.isTabbed() ? sectionBeforeNumber(last, digits) : -1;
    int glued = section > 0 ? section : numbered ? digits : gluedSectionStart(last);
    for (int k = n; k < cells.size() && glued < 0; k++) {
      Label heading = cellLabel(cells.get(k));
      if (isSectionCell(cells.get(k)) || heading != null && heading.kind() == Label.Kind.SECTION) {
        glued = cells.get(k).start();
      }
    }
    return glued;
  }

  /**
   * Where the second of two rows of unequal width starts on a line of a table numbered in its first
   * column, or -1: the line holds at least two cells more than the header (more than one row with
   * a group label can hold), and a bare number stands after an empty cell (the row before closed
   * by its empty last cell, {@code …（15分）。 |  |30 | 推进…}) in a cell that leaves each row at
   * least two cells and at most one more than the header; the next task number wins, else the
   * first such figure (an item's score opening a row that continues a department). A score inside
   * a row ({@code 1 | 重点考核部门 | 县农业农村局 | 40 | …}) follows a filled cell and is no split.
   */
  private int unevenRowStart(int n, List<PipeCells.Cell> cells) {
    int size = cells.size();
    if (size < n + 2) {
      return -1;
    }
    int first = -1;
    for (int k = Math.max(2, size - n - 1); k <= Math.min(n + 1, size - 2); k++) {
      PipeCells.Cell cell = cells.get(k);
      if (!cells.get(k - 1).isEmpty() || !isBareNumber(cell)) {
        continue;
      }
      if (Integer.parseInt(PipeCells.compact(f, cell)) == lastTaskNumber + 1) {
        return cell.start();
      }
      first = first < 0 ? cell.start() : first;
    }
    return first;
  }

  /**
   * Where the next row starts in a table without number column whose last column names units, or
   * -1: the first cell that could be a row's last ({@code k < n}) and opens with names that only
   * name offices and runs on into text ({@code … | 县财政局、县发展和改革局促进消费 | 新增…}; {@link
   * UnitsRunOn}): the copy ran the row's units into the next row's first cell. The rest may hold
   * more than one row (a whole table whose breaks were lost, its rows of unequal width): it is read
   * again as a line of its own. The line's first cell and its last are no such cell.
   */
  private int unitsRunIntoNextRow(int n, List<PipeCells.Cell> cells) {
    int size = cells.size();
    for (int k = 1; k <= Math.min(n - 1, size - 2); k++) {
      PipeCells.Cell cell = cells.get(k);
      int end = cell.isEmpty() ? -1 : UnitsRunOn.end(f, notes, cell.start(), cell.end());
      if (end > cell.start()) {
        return end;
      }
    }
    return -1;
  }

  /** Whether the cell holds a section's numeral and nothing else ({@code 一、}, {@code 二}). */
  private boolean isSectionCell(PipeCells.Cell cell) {
    String text = PipeCells.compact(f, cell);
    int numeralEnd = ChineseNumerals.runEnd(text, 0, text.length());
    return numeralEnd > 0 && (numeralEnd == text.length()
        || numeralEnd == text.length() - 1 && text.charAt(numeralEnd) == '、');
  }

  private boolean isBareNumber(PipeCells.Cell cell) {
    String number = PipeCells.compact(f, cell);
    return !number.isEmpty() && number.length() <= 3 && number.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Where a section row's numeral glued to the end of a row's last cell starts ({@code …| 2023年6月底前二、
   * | 促进消费回升 |}), or -1.
   */
  /**
   * Where a section row's label starts inside a separated table's last cell, before the next row's
   * number glued to it ({@code …2024年12月底前二、培育产业集群3}: the copy lost the breaks around the
   * section row), or -1: a Chinese numeral and {@code 、} after the cell's first character.
   */
  private int sectionBeforeNumber(PipeCells.Cell last, int number) {
    for (int k = last.start() + 1; k < number - 1; k++) {
      if (f.charAt(k) == '、' && ChineseNumerals.isNumeral(f.charAt(k - 1))) {
        int numeral = k - 1;
        while (numeral > last.start() && k - numeral < 3 && ChineseNumerals.isNumeral(f.charAt(numeral - 1))) {
          numeral--;
        }
        return numeral > last.start() && !ChineseNumerals.isNumeral(f.charAt(numeral - 1)) ? numeral : -1;
      }
    }
    return -1;
  }

  /**
   * Where the next row's number starts in a separated table's first cell that a section row ran
   * into ({@code 二、培育产业集群3	壮大特色农业	…}: the section's label and heading, then the row's number
   * glued to it), or -1.
   */
  private int sectionRunIntoRowNumber(List<PipeCells.Cell> cells) {
    if (cells.size() < 3) {
      return -1;
    }
    PipeCells.Cell first = cells.get(0);
    Label heading = cellLabel(first);
    if (heading == null || heading.kind() != Label.Kind.SECTION) {
      return -1;
    }
    int digits = first.end();
    while (digits > first.start() && TextChars.isDigit(f.charAt(digits - 1)) && first.end() - digits < 3) {
      digits--;
    }
    return digits < first.end() && digits > heading.textStart() && !TextChars.isDigit(f.charAt(digits - 1)) ? digits : -1;
  }

  private int gluedSectionStart(PipeCells.Cell last) {
    int end = last.end();
    if (end - last.start() < 2 || f.charAt(end - 1) != '、') {
      return -1;
    }
    int numeral = end - 1;
    while (numeral > last.start() && end - 1 - numeral < 3 && ChineseNumerals.isNumeral(f.charAt(numeral - 1))) {
      numeral--;
    }
    return numeral < end - 1 && numeral > last.start() && !ChineseNumerals.isNumeral(f.charAt(numeral - 1)) ? numeral : -1;
  }

  /** Each column whose header is unknown, once: its cells are read as the task's text. */
  private void reportUnknownColumns(TaskTable header, List<PipeCells.Cell> cells) {
    for (int k : header.unknownColumns()) {
      PipeCells.Cell cell = cells.get(k);
      diagnostics.report(DiagnosticCode.TABLE_COLUMN_UNREAD,
          "table column " + (k + 1) + " \"" + source.text().substring(cell.start(), cell.end())
              + "\" is no known column; its cells are read as task text", cell.start(), cell.end());
    }
    for (int k : header.categoryColumns()) {
      PipeCells.Cell cell = cells.get(k);
      diagnostics.report(DiagnosticCode.TABLE_COLUMN_UNREAD,
          "table column " + (k + 1) + " \"" + source.text().substring(cell.start(), cell.end())
              + "\" names the category of the rows it spans; its cells are no task text", cell.start(), cell.end());
    }
    for (int k : header.progressColumns()) {
      PipeCells.Cell cell = cells.get(k);
      diagnostics.report(DiagnosticCode.TABLE_COLUMN_UNREAD,
          "table column " + (k + 1) + " \"" + source.text().substring(cell.start(), cell.end())
              + "\" reports progress (what was done); its cells are kept in the task text", cell.start(), cell.end());
    }
    for (int k : header.citedTaskColumns()) {
      PipeCells.Cell cell = cells.get(k);
      diagnostics.report(DiagnosticCode.TABLE_COLUMN_UNREAD,
          "table column " + (k + 1) + " \"" + source.text().substring(cell.start(), cell.end())
              + "\" holds the cited plan's tasks: the context of the measures beside them, not read as task text",
          cell.start(), cell.end());
    }
  }

  /** {@code 1 | 搭建创新平台… | 县科技局 | 2023年底前}: one task of a task table. */
  private void readTableRow(TaskTable columns, List<PipeCells.Cell> written, Line line) {
    readTableRow(columns, written, line, null);
  }

  /**
   * {@link #readTableRow(TaskTable, List, Line)}, for a row whose cells a copy wrapped over lines:
   * {@code wrapped} holds, for each column, the cell's pieces, the row's own cell first ({@link
   * #readWrappedRow}).
   */
  private void readTableRow(TaskTable columns, List<PipeCells.Cell> written, Line line,
      @Nullable List<List<PipeCells.Cell>> wrapped) {
    closeTask();
    if (isSummaryRow(written)) {
      draft.region(RegionKind.PREAMBLE, line.contentStart(), line.contentEnd());
      return;
    }
    PipeCells.Cell writtenNumber = cell(written, columns.numberColumn());
    String writtenNumberText = writtenNumber == null ? "" : PipeCells.compact(f, writtenNumber);
    if (readTableHeadingRow(columns, written, writtenNumber, writtenNumberText, arabicNumberEnd(writtenNumberText) > 0)) {
      rowAbove = null;
      rowAboveTask = null;
      draft.region(RegionKind.SECTION_HEADING, line.contentStart(), line.contentEnd());
      return;
    }
    int rowStart = written.isEmpty() ? line.contentStart() : written.get(0).start();
    int rowEnd = written.isEmpty() || wrapped != null ? line.contentEnd() : written.get(written.size() - 1).end();
    int[] at = alignment(columns, written);
    List<PipeCells.Cell> cells = new java.util.ArrayList<>(at.length);
    for (int index : at) {
      cells.add(index >= 0 ? written.get(index) : new PipeCells.Cell(rowStart, rowStart));
    }
    reportExtraCells(at, written);
    PipeCells.Cell numberCell = columns.numberColumn() >= 0 && at[columns.numberColumn()] < 0
        ? null : cell(cells, columns.numberColumn());
    String numberText = numberCell == null ? "" : PipeCells.compact(f, numberCell);
    int digitsEnd = arabicNumberEnd(numberText);
    PipeCells.Cell textCell = textCell(cells, columns);
    Label measure = numberCell == null || textCell == null ? null : groupHeadedMeasure(numberCell, textCell);
    if (measure != null) {
      readTableSubsection(numberCell);
      numberCell = new PipeCells.Cell(measure.start(), measure.end());
      numberText = PipeCells.compact(f, numberCell);
      textCell = new PipeCells.Cell(measure.textStart(), textCell.end());
    }
    if (isBlankRow(cells, textCell)) {
      draft.region(RegionKind.FURNITURE, line.contentStart(), line.contentEnd());
      return;
    }
    if (textCell == null || textCell.isEmpty()) {
      diagnostics.report(DiagnosticCode.TABLE_ROW_PARTLY_READ,
          "task-table row has no task text in column " + (columns.textColumn() + 1), rowStart, rowEnd);
    }
    PipeCells.Cell[] above = rowAbove;
    boolean continues = above != null && columns.numberColumn() >= 0 && at[columns.numberColumn()] < 0;
    TaskDraft measureOf = measureRowOf(columns, at, cells, numberText, textCell);
    int number = measure != null ? measure.number()
        : continues || measureOf != null ? rowAboveNumber
        : rowNumber(columns, numberCell, numberText, digitsEnd, rowStart, rowEnd);
    PipeCells.Cell[] effective = new PipeCells.Cell[at.length];
    int lead = columns.leadColumn();
    for (int k = 0; k < at.length; k++) {
      boolean spans = at[k] < 0 || k == lead && cells.get(k).isEmpty() || isDitto(cells.get(k));
      effective[k] = spans && above != null && k < above.length ? above[k] : cells.get(k);
    }
    TaskDraft row = openRow(columns, cells, effective, numberCell, number, digitsEnd > 0 || measure != null, textCell,
        rowStart, rowEnd, wrapped);
    if (wrapped != null) {
      readWrappedCells(columns, wrapped, row);
    }
    rowAbove = effective;
    rowAboveNumber = number;
    task = row;
    if (measureOf == null) {
      draft.region(RegionKind.TASK, line.contentStart(), line.contentEnd());
    }
    closeTask();
    if (measureOf != null) {
      mergeMeasureRow(measureOf, row, line);
    } else {
      rowAboveTask = row;
      rowAboveRegion = line.contentStart();
    }
  }

  /**
   * A header cell that states the document's rule for its units ({@code 责任单位（排在第一位的为牵头单位）},
   * annotation guide §2): the first unit listed in that column leads, from the table on.
   */
  private void noteHeaderRule(List<PipeCells.Cell> cells) {
    for (PipeCells.Cell cell : cells) {
      if (!cell.isEmpty() && notes.statesFirstListedLeads(cell.start(), cell.end())) {
        draft.firstListedRuleAt(cell.start());
        return;
      }
    }
  }

  /**
   * The task of the row above when this row is one more measure of it, or null: in a table numbered
   * in its first column and titled in a column of its own, a row whose number and title cells are
   * empty or left out (cells merged over the task's measure rows, which a copy writes in the first
   * of them only) and whose text cell is filled, under a row read as a task whose title cell is a
   * title: under a department (a title cell that names only units, {@link #continuesDepartment})
   * each row is an item of its own.
   */
  private @Nullable TaskDraft measureRowOf(TaskTable columns, int[] at, List<PipeCells.Cell> cells, String numberText,
      PipeCells.@Nullable Cell textCell) {
    int title = columns.titleColumn();
    if (rowAboveTask == null || rowAbove == null || columns.numberColumn() != 0 || title < 0 || title >= at.length
        || !numberText.isEmpty() || textCell == null || textCell.isEmpty()) {
      return null;
    }
    PipeCells.Cell titleAbove = title < rowAbove.length ? rowAbove[title] : null;
    if (titleAbove == null || titleAbove.isEmpty() || notes.namesOnlyOffices(titleAbove.start(), titleAbove.end())) {
      return null;
    }
    return at[title] < 0 || cells.get(title).isEmpty() ? rowAboveTask : null;
  }

  /**
   * Merges the task read from a measure row ({@link #measureRowOf}) into the task above (annotation
   * guide §6: a task with several notes, one per measure, merges them in order): its notes as one
   * more note, its targets after the task's, its deadline if earlier; the task's text and span run
   * on to the row's end, and the row's region joins the task's.
   */
  private void mergeMeasureRow(TaskDraft into, TaskDraft row, Line line) {
    SectionDraft container = subsection != null ? subsection : ensureSection();
    container.tasks.remove(row);
    group.remove(row);
    draft.removeTask(row);
    into.notes.addAll(row.notes);
    into.deadline = into.notes.deadline();
    for (int k = 0; k < row.noteSpanCount(); k++) {
      into.addNoteSpan(row.noteSpanStart(k), row.noteSpanEnd(k));
    }
    List<Target> targets = new ArrayList<>(into.targets);
    for (Target target : row.targets) {
      targets.add(Target.builder().from(target).id(into.id + ".g" + (targets.size() + 1)).build());
    }
    into.targets = List.copyOf(targets);
    into.end = Math.max(into.end, row.end);
    into.bodyEnd = Math.max(into.bodyEnd, row.bodyEnd);
    into.spanEnd = Math.max(into.spanEnd, row.spanEnd);
    into.rowEnd = Math.max(into.rowEnd, row.rowEnd);
    draft.extendRegion(RegionKind.TASK, rowAboveRegion, line.contentEnd());
  }

  /**
   * For each column, the index of the row's cell under it or -1 for a cell the copy left out
   * because it spans from the row above ({@link RowAlignment}); the identity when the row has as
   * many cells as the header. With no row above (the first row under the header or a section
   * row), a bare number in the first cell, under a first number column, continues the numbering
   * whatever it is: a copy may take a table from the middle of a long list ({@code 24 | …}).
   */
  private int[] alignment(TaskTable columns, List<PipeCells.Cell> written) {
    int n = columns.columnCount();
    if (written.size() == n || n == 0) {
      int[] at = new int[Math.max(n, written.size())];
      for (int k = 0; k < at.length; k++) {
        at[k] = k;
      }
      return at;
    }
    if (written.size() > n && startsAnotherRow(written, n)) {
      int[] at = new int[n];
      for (int k = 0; k < n; k++) {
        at[k] = k;
      }
      return at;
    }
    if (written.size() < n && continuesDepartment(columns, written)) {
      return RowAlignment.toTheRight(n, written.size());
    }
    RowAlignment.Shape[] shapes = new RowAlignment.Shape[written.size()];
    for (int k = 0; k < shapes.length; k++) {
      shapes[k] = shape(written.get(k));
    }
    if (rowAbove == null && columns.numberColumn() == 0 && shapes.length > 0 && shapes[0] == RowAlignment.Shape.FIGURE) {
      shapes[0] = RowAlignment.Shape.NEXT_NUMBER;
    }
    return RowAlignment.align(columns.columnKinds(), shapes);
  }

  /**
   * Whether a cell past the header's last column starts another row or a heading ({@code 三、},
   * {@code 二、民生保障}, the next task number): the copy ran two rows onto one line, and the
   * row's own cells are its first ones.
   */
  private boolean startsAnotherRow(List<PipeCells.Cell> written, int n) {
    for (int k = n; k < written.size(); k++) {
      PipeCells.Cell cell = written.get(k);
      if (cell.isEmpty()) {
        continue;
      }
      if (isSectionCell(cell) || cellLabel(cell) != null || shape(cell) == RowAlignment.Shape.NEXT_NUMBER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row with fewer cells than the header continues the department above in a table
   * grouped by department: the row above named units in the title column ({@link #openRow}), and
   * this row has no unit names where its own title cell would stand, so that its first cell, even
   * a small figure such as an item's score of 2, is no row number.
   */
  private boolean continuesDepartment(TaskTable columns, List<PipeCells.Cell> written) {
    PipeCells.Cell[] above = rowAbove;
    int title = columns.titleColumn();
    if (above == null || title < 0 || title >= above.length || columns.namesUnits()
        || above[title].isEmpty() || !notes.namesOnlyOffices(above[title].start(), above[title].end())) {
      return false;
    }
    PipeCells.Cell own = cell(written, title);
    return own == null || own.isEmpty() || !notes.namesOnlyOffices(own.start(), own.end());
  }

  /**
   * What a row's cell looks like, for fitting it to a column. A short cell that ends as an
   * organisation does ({@code 城管局}, {@code 环卫处}; {@link UnitClassifier#kind}) names a unit, not
   * a person, even without a place before it, and so does a list of such names.
   */
  private RowAlignment.Shape shape(PipeCells.Cell cell) {
    if (cell.isEmpty()) {
      return RowAlignment.Shape.EMPTY;
    }
    String text = PipeCells.compact(f, cell);
    int digitsEnd = arabicNumberEnd(text);
    if (digitsEnd > 0) {
      int number = ChineseNumerals.parse(text, 0, digitsEnd);
      return number == lastTaskNumber + 1 || number == 1 ? RowAlignment.Shape.NEXT_NUMBER : RowAlignment.Shape.FIGURE;
    }
    if (notes.namesOnlyOffices(cell.start(), cell.end())) {
      return RowAlignment.Shape.UNITS;
    }
    DeadlineReader.Result deadline = DeadlineReader.inNoteValue(f, cell.start(), cell.end(), year);
    if (deadline.earliest() != null || deadline.neededYear()) {
      return RowAlignment.Shape.DEADLINE;
    }
    if (endsAsOrganisations(text)) {
      return RowAlignment.Shape.UNITS;
    }
    return isShortName(text) ? RowAlignment.Shape.NAME : RowAlignment.Shape.TEXT;
  }

  /** The longest name in a list of organisation names read as a unit cell ({@code 滨江经济开发区}). */
  private static final int MAX_ORGANISATION_NAME = 12;

  /**
   * Whether a compact cell is one or more names split at {@code 、}, each short and ending as an
   * organisation does ({@link UnitClassifier#kind}: {@code 城管局}, {@code 相关街道}).
   */
  private static boolean endsAsOrganisations(String text) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('、', start);
      end = end < 0 ? text.length() : end;
      String name = text.substring(start, end);
      if (name.isEmpty() || name.length() > MAX_ORGANISATION_NAME || UnitClassifier.kind(name) == null) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /** The longest cell read as the name of a person or post ({@code 王建国、李明}). */
  private static final int MAX_NAME = 8;

  /** Whether a compact cell reads as a person's name or post: short, with no figure or sentence mark. */
  private static boolean isShortName(String text) {
    if (text.length() > MAX_NAME) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TextChars.isDigit(c) || c == '。' || c == ',' || c == ';' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * Each cell of a row that stands under no column of the header, right after the row's number
   * ({@code 1 | 重点考核部门 | 县农粮局 | …}: a group label spanning rows), is reported: it stays in
   * the row's span and fills no field.
   */
  private void reportExtraCells(int[] at, List<PipeCells.Cell> written) {
    for (int k : RowAlignment.extra(at, written.size())) {
      PipeCells.Cell cell = written.get(k);
      if (!cell.isEmpty()) {
        diagnostics.report(DiagnosticCode.TABLE_COLUMN_UNREAD,
            "row cell " + (k + 1) + " \"" + source.text().substring(cell.start(), cell.end())
                + "\" stands under no column of the header (a label of the rows it spans); it stays in the row"
                + " and fills no field", cell.start(), cell.end());
      }
    }
  }

  /**
   * The end of the Arabic number that fills a number cell ({@code 12}, {@code 12.}, {@code 12、}),
   * or 0 when the cell holds no such number.
   */
  private static int arabicNumberEnd(String numberText) {
    int digitsEnd = ChineseNumerals.digitsEnd(numberText, 0, numberText.length());
    boolean arabic = digitsEnd > 0 && digitsEnd <= 3
        && (digitsEnd == numberText.length() || digitsEnd == numberText.length() - 1
            && ".、".indexOf(numberText.charAt(digitsEnd)) >= 0);
    return arabic ? digitsEnd : 0;
  }

  /**
   * A row that heads a section of the table rather than holding a task: {@code 一、…} alone in
   * the first cell of a table without number column, or a Chinese numeral ({@code 一}, {@code
   * 一、…}) in the number column. Opens the section and says so.
   */
  private boolean readTableHeadingRow(TaskTable columns, List<PipeCells.Cell> cells,
      PipeCells.@Nullable Cell numberCell, String numberText, boolean arabic) {
    if (numberCell == null && !cells.isEmpty() && onlyFirstFilled(cells)) {
      PipeCells.Cell first = cells.get(0);
      Label heading = cellLabel(first);
      if (heading != null && (heading.kind() == Label.Kind.SECTION || heading.kind() == Label.Kind.CHAPTER)) {
        readTableSection(heading, first, null, -1);
        return true;
      }
    }
    if (arabic || numberCell == null || numberText.isEmpty()) {
      return false;
    }
    Label heading = cellLabel(numberCell);
    int numeralEnd = ChineseNumerals.runEnd(numberText, 0, numberText.length());
    boolean bareNumeral = numeralEnd > 0 && (numeralEnd == numberText.length()
        || numeralEnd == numberText.length() - 1 && numberText.charAt(numeralEnd) == '、');
    if (heading != null && heading.kind() == Label.Kind.SECTION || bareNumeral) {
      PipeCells.Cell titleCell = cell(cells, columns.titleColumn());
      readTableSection(heading, numberCell,
          titleCell != null && !titleCell.isEmpty() ? titleCell : textCell(cells, columns),
          bareNumeral ? ChineseNumerals.parse(numberText, 0, numeralEnd) : -1);
      return true;
    }
    return false;
  }

  /**
   * The label of the measure a row's text cell opens with ({@code (1)}, {@code 1.}) when the row's
   * number cell holds a subsection heading with its title ({@code (一)全面实施行政许可事项清单管理。}:
   * a cell merged over its group's rows, written in the group's first row); null otherwise. The row
   * opens that subsection, and its task is the measure, numbered by its own label. A number cell
   * that opens with no bracket is answered at once, without reading a label.
   */
  private @Nullable Label groupHeadedMeasure(PipeCells.Cell numberCell, PipeCells.Cell textCell) {
    int first = LineShapes.skipBlanks(f, numberCell.start(), numberCell.end());
    if (first >= numberCell.end() || !TextChars.isOpenBracket(f.charAt(first))) {
      return null;
    }
    Label heading = cellLabel(numberCell);
    if (heading == null || heading.kind() != Label.Kind.PARENTHESISED
        || LineShapes.skipBlanks(f, heading.textStart(), numberCell.end()) >= numberCell.end() || textCell.isEmpty()) {
      return null;
    }
    Label measure = cellLabel(textCell);
    return measure != null && (measure.kind() == Label.Kind.SUB_ITEM || measure.kind() == Label.Kind.ARABIC)
        && measure.textStart() < textCell.end() ? measure : null;
  }

  /** Opens the subsection whose heading fills a row's number cell ({@link #groupHeadedMeasure}). */
  private void readTableSubsection(PipeCells.Cell numberCell) {
    Label heading = cellLabel(numberCell);
    if (heading == null) {
      return;
    }
    closeTask();
    SectionDraft parent = ensureSection();
    lastSubsectionNumber = heading.number();
    int titleEnd = headingEnd(heading.textStart(), LineShapes.skipBlanksBack(f, heading.textStart(), numberCell.end()));
    subsection = new SectionDraft(heading.number(), titleOrNull(heading.textStart(), titleEnd), numberCell.start(),
        Math.max(titleEnd, heading.end()));
    parent.subsections.add(subsection);
    subsectionNote = null;
    subsectionLeaders = List.of();
  }

  /** The numbering label a cell starts with, read as if the cell were a line. */
  private @Nullable Label cellLabel(PipeCells.Cell cell) {
    return LineShapes.label(f, new Line(cell.start(), cell.end(), cell.end(), cell.start(), cell.end()));
  }

  /**
   * Whether the cell holds only a word that repeats the cell above it ({@code 同上}, {@code 〃};
   * {@code ditto-cells.txt}): a merged cell copied as a ditto, read as the row above's cell.
   */
  private boolean isDitto(PipeCells.Cell cell) {
    int start = LineShapes.skipBlanks(f, cell.start(), cell.end());
    int end = LineShapes.skipBlanksBack(f, start, cell.end());
    WordTable.Match<Boolean> word = start < end ? DITTO_CELLS.matchAt(f, start, end) : null;
    return word != null && word.end() == end;
  }

  /** Whether a row without task text has no filled cell at all: a spacer, no task. */
  private static boolean isBlankRow(List<PipeCells.Cell> cells, PipeCells.@Nullable Cell textCell) {
    return (textCell == null || textCell.isEmpty()) && cells.stream().allMatch(PipeCells.Cell::isEmpty);
  }

  /**
   * The row's task number: its Arabic number, checked against the last one; or 0, reported when
   * the table has a number column that this row leaves without a number.
   */
  private int rowNumber(TaskTable columns, PipeCells.@Nullable Cell numberCell, String numberText,
      int digitsEnd, int rowStart, int rowEnd) {
    if (digitsEnd > 0 && numberCell != null) {
      int number = ChineseNumerals.parse(numberText, 0, digitsEnd);
      checkTaskNumber(number, numberCell.start(), numberCell.end());
      return number;
    }
    if (columns.numberColumn() >= 0) {
      diagnostics.report(DiagnosticCode.TABLE_ROW_UNNUMBERED,
          "task-table row has no number in column " + (columns.numberColumn() + 1)
              + "; read as an unnumbered task", rowStart, rowEnd);
    }
    return 0;
  }

  /**
   * Reads a row's cell under {@code key} into {@code parts}: a unit cell whose unit carries a lead
   * mark ({@code ▲发改局,各部门}: {@link CellLeadMarks}) names that unit the lead and the cell's other
   * units supporting units, the mark no part of a name; a mark states the legend's rule from there
   * on (a cell without a mark: its first listed unit leads, as {@code 列第一位的为牵头单位} says); any
   * other cell as its column's key reads it.
   */
  private void readUnitCell(NoteField key, PipeCells.Cell value, NoteParts parts) {
    int mark = key == NoteField.LEAD || key == NoteField.RESPONSIBLE || key == NoteField.RESPONSIBLE_DEPARTMENT
        ? CellLeadMarks.at(f, value.start(), value.end()) : -1;
    if (mark < 0) {
      notes.readValueOf(key, value.start(), value.end(), parts);
      return;
    }
    parts.firstListedLeads(mark);
    int from = CellLeadMarks.markEnd(f, mark, value.end());
    int unitEnd = CellLeadMarks.unitEnd(f, from, value.end());
    if (LineShapes.skipBlanks(f, value.start(), mark) < mark) {
      notes.readValueOf(NoteField.SUPPORTING, value.start(), mark, parts);
    }
    notes.readValueOf(NoteField.LEAD, from, unitEnd, parts);
    if (unitEnd < value.end()) {
      notes.readValueOf(NoteField.SUPPORTING, unitEnd, value.end(), parts);
    }
  }

  /**
   * Opens the row's task: its text columns as text, its title cell, its note columns as its notes
   * ({@code cells} holds, for each column, the row's own cell, {@code effective} the row's own cell
   * or the one it takes from the row above). In a table without unit columns, a title cell that only names units ({@code 县农粮局}:
   * an assessment table grouped by department) names the row's leads, and the first cell of the
   * text column ({@code 考核内容}) is the title.
   */
  private TaskDraft openRow(TaskTable columns, List<PipeCells.Cell> cells, PipeCells.Cell[] effective,
      PipeCells.@Nullable Cell numberCell, int number, boolean arabic, PipeCells.@Nullable Cell textCell,
      int rowStart, int rowEnd, @Nullable List<List<PipeCells.Cell>> wrapped) {
    int textStart = textCell == null ? rowEnd : textCell.start();
    int textEnd = textCell == null ? rowEnd : textEnd(cells, columns, textCell);
    String label = arabic && numberCell != null ? source.text().substring(numberCell.start(), numberCell.end()) : null;
    TaskDraft row = open(new TaskDraft(number, label, rowStart, textStart, textEnd));
    row.rowEnd = rowEnd;
    int titleColumn = columns.titleColumn();
    PipeCells.Cell titleCell = titleColumn >= 0 && titleColumn < effective.length ? effective[titleColumn] : null;
    if (titleCell != null && !titleCell.isEmpty() && !columns.namesUnits()
        && notes.namesOnlyOffices(titleCell.start(), titleCell.end())) {
      notes.readValueOf(NoteField.LEAD, titleCell.start(), titleCell.end(), row.notes);
      titleCell = cell(cells, columns.knownTextColumn());
    } else {
      titleCell = cell(cells, titleColumn);
    }
    if (titleCell != null && !titleCell.isEmpty()) {
      row.titleCellStart = titleCell.start();
      row.titleCellEnd = titleCell.end();
    }
    for (int k = 0; k < effective.length; k++) {
      NoteField key = columns.key(k);
      PipeCells.Cell value = effective[k];
      List<PipeCells.Cell> pieces = wrapped == null ? List.of() : wrapped.get(k);
      if (key != null && pieces.size() >= 2) {
        WrappedCells.readValue(f, year, key, pieces, row.notes);
      } else if (key != null && !value.isEmpty()) {
        readUnitCell(key, value, row.notes);
      }
    }
    if (columns.isIndicatorTable()) {
      indicatorCells(columns, cells, effective, row);
    }
    if (!columns.quantityColumns().isEmpty()) {
      quantityCells(columns, cells, row);
    }
    return row;
  }

  /**
   * The cells of a row's quantity columns ({@code 年度投资（万元）}, {@link TaskTable#quantityColumns}):
   * each filled one read as an indicator row whose subject is the column's header, its unit in the
   * header's brackets.
   */
  private static void quantityCells(TaskTable columns, List<PipeCells.Cell> cells, TaskDraft row) {
    List<IndicatorTargets.Row> rows = new ArrayList<>(columns.quantityColumns().size());
    for (TaskTable.QuantityColumn q : columns.quantityColumns()) {
      PipeCells.Cell value = cell(cells, q.column());
      if (value != null && !value.isEmpty()) {
        rows.add(new IndicatorTargets.Row(q.headerStart(), q.headerEnd(), value.start(), value.end(), -1, -1));
      }
    }
    row.quantityCells = List.copyOf(rows);
  }

  /**
   * What the pieces of a row's wrapped cells add to its task ({@link #readWrappedRow}): a text
   * column's pieces extend its text to the last of them, the title column's continue its title
   * (a note column's are read with its first line, {@link #openRow}).
   */
  private static void readWrappedCells(TaskTable columns, List<List<PipeCells.Cell>> wrapped, TaskDraft row) {
    boolean textWrapped = false;
    for (int k = 0; k < wrapped.size(); k++) {
      List<PipeCells.Cell> pieces = wrapped.get(k);
      if (pieces.size() < 2) {
        continue;
      }
      if (k == columns.titleColumn() && row.titleCellStart == pieces.get(0).start()) {
        row.titlePieces = List.copyOf(pieces.subList(1, pieces.size()));
      } else if (k >= columns.textColumn() && k <= columns.lastTextColumn() && row.textStart < row.end) {
        row.end = Math.max(row.end, pieces.get(pieces.size() - 1).end());
        textWrapped = true;
      }
    }
    if (textWrapped) {
      int last = Math.min(columns.lastTextColumn(), wrapped.size() - 1);
      row.textPieces = List.copyOf(wrapped.subList(columns.textColumn(), last + 1));
    }
  }

  /**
   * The cells of an indicator table's row that its target is read from (annotation guide §3, §6
   * Tables; {@code table-headers.txt}): the value cell as written in the row, the unit and
   * indicator cells as the row shows them, spanned from the row above where a copy left them out.
   */
  private static void indicatorCells(TaskTable columns, List<PipeCells.Cell> cells,
      PipeCells.Cell[] effective, TaskDraft row) {
    PipeCells.Cell value = cell(cells, columns.valueColumn());
    if (value == null) {
      return;
    }
    row.valueCellStart = value.start();
    row.valueCellEnd = value.end();
    int measure = columns.measureColumn();
    PipeCells.Cell unit = measure >= 0 && measure < effective.length ? effective[measure] : null;
    if (unit != null) {
      row.unitCellStart = unit.start();
      row.unitCellEnd = unit.end();
    }
    int indicator = columns.indicatorColumn();
    PipeCells.Cell subject = indicator >= 0 && indicator < effective.length ? effective[indicator] : null;
    if (subject != null) {
      row.indicatorCellStart = subject.start();
      row.indicatorCellEnd = subject.end();
    }
  }

  private void readTableSection(@Nullable Label heading, PipeCells.Cell numberCell,
      PipeCells.@Nullable Cell textCell, int bareNumber) {
    closeTask();
    group.clear();
    sectionNote = null;
    subsectionNote = null;
    sectionLeaders = List.of();
    subsectionLeaders = List.of();
    subsection = null;
    int number = heading != null ? heading.number() : bareNumber;
    int titleStart;
    int titleEnd;
    if (heading != null && heading.textStart() < numberCell.end()) {
      titleStart = heading.textStart();
      titleEnd = numberCell.end();
    } else if (textCell != null && !textCell.isEmpty()) {
      titleStart = textCell.start();
      titleEnd = textCell.end();
    } else {
      titleStart = numberCell.end();
      titleEnd = numberCell.end();
    }
    lastSectionNumber = number;
    lastSubsectionNumber = 0;
    section = new SectionDraft(number, titleOrNull(titleStart, titleEnd), numberCell.start(),
        Math.max(titleEnd, numberCell.end()));
    draft.addSection(section);
  }

  /** The first non-empty cell of the row's text columns, or the first text column's cell. */
  private static PipeCells.@Nullable Cell textCell(List<PipeCells.Cell> cells, TaskTable columns) {
    for (int k = columns.textColumn(); k <= columns.lastTextColumn() && k < cells.size(); k++) {
      if (!cells.get(k).isEmpty()) {
        return cells.get(k);
      }
    }
    return cell(cells, columns.textColumn());
  }

  /** The end of the last non-empty cell of the row's text columns, at least {@code first}'s end. */
  private static int textEnd(List<PipeCells.Cell> cells, TaskTable columns, PipeCells.Cell first) {
    int end = first.end();
    for (int k = columns.textColumn(); k <= columns.lastTextColumn() && k < cells.size(); k++) {
      if (!cells.get(k).isEmpty()) {
        end = Math.max(end, cells.get(k).end());
      }
    }
    return end;
  }

  /** {@code | 总分 | 100 |}: a row that totals the table (合计, 总计, 总分, 小计), no task. */
  private boolean isSummaryRow(List<PipeCells.Cell> cells) {
    for (PipeCells.Cell cell : cells) {
      if (!cell.isEmpty()) {
        String first = PipeCells.compact(f, cell);
        return first.equals("合计") || first.equals("总计") || first.equals("总分") || first.equals("小计");
      }
    }
    return false;
  }

  private static boolean onlyFirstFilled(List<PipeCells.Cell> cells) {
    for (int k = 1; k < cells.size(); k++) {
      if (!cells.get(k).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static PipeCells.@Nullable Cell cell(List<PipeCells.Cell> cells, int k) {
    return k >= 0 && k < cells.size() ? cells.get(k) : null;
  }

  private TaskDraft open(TaskDraft task) {
    inEndMatter = false;
    SectionDraft container = subsection != null ? subsection : ensureSection();
    container.tasks.add(task);
    draft.addTask(task);
    group.add(task);
    underHeading = false;
    return task;
  }

  private void checkTaskNumber(int number, int start, int end) {
    if (lastTaskNumber > 0 && number != lastTaskNumber + 1 && number != 1) {
      diagnostics.report(DiagnosticCode.TASK_NUMBER_GAP,
          "task number " + number + " follows task number " + lastTaskNumber, start, end);
    }
    lastTaskNumber = number;
  }

  private SectionDraft ensureSection() {
    if (section == null) {
      section = new SectionDraft(0, null, -1, -1);
      draft.addSection(section);
    }
    return section;
  }

  /** Ends the open task: reads its notes, title, deadline and targets. */
  private void closeTask() {
    TaskDraft t = task;
    if (t == null) {
      return;
    }
    task = null;
    taskNotes.read(t);
    NoteParts heading = subsectionNote != null ? subsectionNote : sectionNote;
    if (heading != null && t.notes.noteCount() == 0 && t.notes.notUnderstoodCount() == 0) {
      t.notes.addAll(heading);
    }
    List<NoteParts.Name> leaders = !subsectionLeaders.isEmpty() ? subsectionLeaders : sectionLeaders;
    if (!leaders.isEmpty() && !t.notes.has(NoteParts.Role.LEADER)) {
      for (int k = 0; k < leaders.size(); k++) {
        t.notes.add(leaders.get(k));
      }
    }
    int bullet = t.rowEnd < 0 ? ListBullets.endAt(f, t.textStart, t.bodyEnd) : -1;
    if (bullet > 0) {
      t.textStart = LineShapes.skipBlanks(f, bullet, t.bodyEnd);
    }
    if (t.titleCellStart < 0 && t.label != null) {
      int value = TaskTitles.titleFieldValue(f, t.textStart, t.bodyEnd);
      if (value >= 0) {
        t.titleCellStart = value;
        t.titleCellEnd = TaskTitles.fieldValueEnd(f, value, t.bodyEnd);
      }
    }
    if (t.titleCellStart < 0) {
      int open = TaskTitles.bracketTitleOpen(f, t.textStart, t.bodyEnd);
      int bracket = open < 0 ? -1 : TaskTitles.bracketTitleEnd(f, open, t.bodyEnd);
      if (bracket >= 0) {
        t.titleCellStart = open + 1;
        t.titleCellEnd = bracket;
      } else {
        t.titleEnd = TaskTitles.titleEnd(f, t.textStart, t.bodyEnd, t.firstLineEnd);
      }
    }
    DeadlineReader.Result inText = bodyDeadlines.inTextWrittenIn(t.textStart, t.bodyEnd, year, yearWritten);
    t.notes.deadline(inText);
    t.deadline = t.notes.deadline();
    if (t.notes.neededYear() && !yearReported) {
      yearReported = true;
      diagnostics.report(DiagnosticCode.PLAN_YEAR_UNKNOWN,
          "deadline words found but the plan year is unknown, so no date was given",
          t.textStart, t.bodyEnd);
    }
    if (t.textStart >= t.bodyEnd && t.rowEnd < 0) {
      diagnostics.report(DiagnosticCode.TASK_TEXT_EMPTY,
          "task " + (t.label != null ? t.label : t.id) + " has no text", t.spanStart, t.spanEnd);
    }
    List<NoteParts.Unread> unreadParts = t.notes.unread();
    for (int k = 0; k < unreadParts.size(); k++) {
      NoteParts.Unread unread = unreadParts.get(k);
      boolean undated = unread.deadline() && !hasDigit(unread.start(), unread.end());
      diagnostics.report(undated ? DiagnosticCode.DEADLINE_UNDATED : DiagnosticCode.NOTE_PARTLY_READ,
          unread.why() + ": \"" + source.text().substring(unread.start(), unread.end()) + "\"",
          unread.start(), unread.end());
    }
    if (t.notes.firstListedRuleAt() >= 0) {
      draft.firstListedRuleAt(t.notes.firstListedRuleAt());
    }
    draft.region(RegionKind.TASK, t.spanStart, Math.max(t.spanEnd, taskNotes.trimBlank(t.spanStart, t.end)));
    draft.cite(t.textStart, t.bodyEnd, true);
    t.goalItem = isGoalTitle(t);
    if (t.goalItem) {
      ensureSection().goalRanges.add(new int[] {t.titleEnd > t.textStart ? t.titleEnd : t.textStart, t.bodyEnd});
    } else if (t.valueCellStart >= 0) {
      t.targets = targetReader.readIndicator(source, new IndicatorTargets.Row(t.indicatorCellStart,
          t.indicatorCellEnd, t.valueCellStart, t.valueCellEnd, t.unitCellStart, t.unitCellEnd), t.id, year,
          diagnostics);
    } else if (!t.textPieces.isEmpty()) {
      t.targets = WrappedTargets.read(targetReader, source, t.textPieces, t.id, year, diagnostics);
    } else if (!t.quantityCells.isEmpty()) {
      t.targets = aroundQuantities(t);
    } else {
      t.targets = targetReader.read(source, draft.targetText(), t.textStart, t.bodyEnd, t.id, year, diagnostics);
    }
    if (!t.quantityCells.isEmpty() && !t.goalItem) {
      t.targets = withQuantities(t);
    }
  }

  /**
   * The targets of the task's text outside its quantity cells ({@code 年度投资（万元）}), which {@link
   * #withQuantities} reads in their header's unit: a figure there is no level without a unit.
   */
  private List<Target> aroundQuantities(TaskDraft t) {
    List<Target> found = new ArrayList<>();
    int from = t.textStart;
    for (IndicatorTargets.Row q : t.quantityCells) {
      if (q.valueStart() >= from && q.valueEnd() <= t.bodyEnd) {
        found.addAll(targetReader.read(source, from, q.valueStart(), t.id, year, diagnostics));
        from = q.valueEnd();
      }
    }
    found.addAll(targetReader.read(source, from, t.bodyEnd, t.id, year, diagnostics));
    return found;
  }

  /**
   * The task's targets with those of its quantity cells ({@code 年度投资（万元）}) among them, in
   * input order and numbered again {@code g1}, {@code g2}, ….
   */
  private List<Target> withQuantities(TaskDraft t) {
    List<Target> all = new ArrayList<>(t.targets);
    for (IndicatorTargets.Row q : t.quantityCells) {
      all.addAll(targetReader.readIndicator(source, q, t.id, year, diagnostics));
    }
    all.sort(Comparator.comparingInt(target -> target.span().start()));
    List<Target> numbered = new ArrayList<>(all.size());
    for (Target target : all) {
      numbered.add(Target.builder().from(target).id(t.id + ".g" + (numbered.size() + 1)).build());
    }
    return List.copyOf(numbered);
  }

  /**
   * Whether the task is a goal item: titled {@code 发展目标}, {@code 主要目标}, {@code 目标} or another
   * of {@link #GOAL_TITLES}, so that its figures are its section's goals.
   */
  private boolean isGoalTitle(TaskDraft t) {
    if (t.titleEnd <= t.textStart) {
      return false;
    }
    int written = 0;
    for (int i = t.textStart; i < t.titleEnd; i++) {
      written += f.charAt(i) == ' ' ? 0 : 1;
    }
    if (written > LONGEST_GOAL_TITLE) {
      return false;
    }
    String title = f.substring(t.textStart, t.titleEnd).replace(" ", "");
    return GOAL_TITLES.contains(title);
  }

  private boolean isEndMatter(Line line) {
    String compact = LineShapes.compact(f, line);
    if (isClosingParagraph(compact)) {
      return true;
    }
    if (compact.startsWith("抄送") || LineShapes.isAnnexLabel(compact)) {
      return true;
    }
    return compact.length() <= 60 && compact.endsWith("印发") && compact.indexOf('年') > 0
        && TextChars.isDigit(compact.charAt(Math.max(0, compact.indexOf('年') - 1)));
  }

  /**
   * {@code 本方案自印发之日起施行}, {@code 有效期至…}, {@code 本方案由…负责解释}, or a paragraph whose
   * first sentence asks every addressee to report how the document is carried out ({@code
   * 各地区、各部门的贯彻落实情况，年底前书面报国务院。}): a closing paragraph, which belongs to no task
   * (annotation guide §6).
   */
  static boolean isClosingParagraph(String compact) {
    if (isClosingReport(compact)) {
      return true;
    }
    if (compact.length() > MAX_CLOSING) {
      return false;
    }
    return compact.contains("自印发之日起施行") || compact.contains("自发布之日起施行")
        || compact.contains("自印发之日起实施") || compact.contains("自发布之日起实施")
        || compact.startsWith("有效期至") || compact.startsWith("本方案有效期")
        || (compact.startsWith("本") || compact.startsWith("此")) && compact.contains("负责解释");
  }

  /**
   * A first sentence that opens with the addressees ({@code 各地区}, {@code 各部门}, {@code 各地}…)
   * and asks them to report how the document is carried out ({@code 落实情况} … {@code 报}).
   */
  private static boolean isClosingReport(String compact) {
    int stop = compact.indexOf('。');
    String first = stop < 0 ? compact : compact.substring(0, stop);
    int report = first.indexOf("落实情况");
    return first.length() <= MAX_CLOSING && first.startsWith("各") && report > 0
        && first.indexOf('报', report) > 0;
  }

  private void checkFirstListedRule(int start, int end) {
    if (!draft.firstListedRuleBefore(end) && notes.statesFirstListedLeads(start, end)) {
      draft.firstListedRuleAt(start);
    }
  }

  /** The end of a heading's title: before the first 。, trailing punctuation left out. */
  private int headingEnd(int start, int end) {
    int stop = end;
    for (int i = start; i < end; i++) {
      if (f.charAt(i) == '。') {
        stop = i;
        break;
      }
    }
    int end2 = taskNotes.trimFiller(start, stop);
    while (end2 > start && f.charAt(end2 - 1) == ':') {
      end2 = taskNotes.trimFiller(start, end2 - 1);
    }
    return end2;
  }

  private @Nullable String titleOrNull(int start, int end) {
    return end > start ? source.text().substring(start, end) : null;
  }

  private boolean hasDigit(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isDigit(c) || c == '年' || c == '月') {
        return true;
      }
    }
    return false;
  }
}
