package io.github.policytasks.parser;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.NumberReader;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.UnitDefinition;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.ProhibitionWords;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the targets (annotation guide §3) inside one task's text: each with its words, subject,
 * comparator, kind, direction, value, upper value, exact normalized value, dimension, span and
 * the deadline its sentence states, and leaves out every "not a target" case. One pass: {@link
 * FigureScanner} finds the figures, then for each {@link BoundWords} reads its bound, {@link
 * NotATargetRules} rejects what is not a target, {@link TargetKindRule} gives kind and direction,
 * {@link SubjectReader} the subject and {@link DeadlineReader} the deadline the nearest clause of
 * its sentence states before it; every rule reads a
 * bounded window, so the whole is linear in the text. Figures read only in part and units the
 * catalogue lacks are reported to the {@link DiagnosticCollector}. Thread-safe: one instance
 * serves many parses.
 */
final class TargetReader {
  /** How far a clause or sentence is looked for around a figure. */
  private static final int CLAUSE_REACH = 64;

  /** The words that join alternative measures of one requirement: {@code 不少于12天或者90学时}. */
  private static final String OR_ELSE = "或者";
  private static final String OR = "或";

  /** The most figures of one list a bound word after it is shared with, which keeps reading linear. */
  private static final int LONGEST_LIST = 8;

  /** The word that makes a bound word after a list of figures bound each of them: {@code 分别…以内}. */
  private static final String EACH = "分别";

  /** Words that add effort, not a measure, to a clause: {@code 力争8%} ({@code target-effort-words.txt}). */
  private static final WordTable<Boolean> EFFORT_WORDS = WordLists.table("target-effort-words.txt");

  private final FigureScanner scanner;
  private final Normalizer normalizer;
  private final IndicatorTargets indicators;

  /** A reader over the standard unit catalogue. */
  TargetReader() {
    this(UnitCatalogue.standard());
  }

  /** A reader that knows the units of {@code catalogue}. */
  TargetReader(UnitCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    this.normalizer = Normalizer.of(catalogue);
    this.scanner = new FigureScanner(NumberReader.of(catalogue), normalizer);
    this.indicators = new IndicatorTargets(this, catalogue);
  }

  /**
   * The targets of one row of an indicator table: its value cell read with its unit cell, its
   * indicator cell the subject ({@link IndicatorTargets}).
   */
  List<Target> readIndicator(SourceText source, IndicatorTargets.Row row, String taskId,
      @Nullable Integer year, DiagnosticCollector diagnostics) {
    return indicators.read(source, row, taskId, year, diagnostics);
  }

  /**
   * The targets in {@code source.text()[start, end)} (a task's body, its responsibility note
   * excluded), numbered {@code taskId.g1}, {@code taskId.g2}… in document order; spans are
   * offsets into the whole input. {@code year} is the plan year for deadlines, when known. The
   * list is made for the caller, who reads it and must not change it.
   */
  List<Target> read(
      SourceText source, int start, int end, String taskId, @Nullable Integer year,
      DiagnosticCollector diagnostics) {
    return read(source, source.folded(), start, end, taskId, year, diagnostics);
  }

  /**
   * The targets as {@link #read(SourceText, int, int, String, Integer, DiagnosticCollector)} reads
   * them, from {@code folded}: the folded text of {@code source} with page furniture inside the
   * text written as blanks ({@link DocSiteChunks}), the same length.
   */
  List<Target> read(
      SourceText source, String foldedText, int start, int end, String taskId, @Nullable Integer year,
      DiagnosticCollector diagnostics) {
    Pass pass = passes.get();
    try {
      pass.open(source.text(), foldedText, start, end, year);
      FigureScanner.Scan scan = scanner.scan(pass.original, pass.folded, pass.marks, pass.scan, pass.numbers);
      List<FigureScanner.Partial> partials = scan.partials();
      for (int k = 0; k < partials.size(); k++) {
        FigureScanner.Partial partial = partials.get(k);
        diagnostics.report(DiagnosticCode.TARGET_PARTIAL, partial.message(),
            start + partial.start(), start + partial.end());
      }
      List<Figure> figures = scan.figures();
      if (figures.isEmpty()) {
        return List.of();
      }
      pass.quoted.mark(pass.folded, pass.marks);
      List<Target> targets = new ArrayList<>(figures.size());
      for (int k = 0; k < figures.size(); k++) {
        Target target = pass.target(figures, k, taskId, targets.size() + 1, diagnostics);
        if (target != null) {
          targets.add(target);
        }
      }
      return targets;
    } finally {
      pass.close();
    }
  }

  /**
   * Whether the figure at {@code start} opens a list item: a {@code 、} or a joining {@code 和},
   * {@code 及} right before it ({@code 至少确定1个应急加工企业和5个应急供应网点}).
   */
  private static boolean opensListItemIn(CharSequence folded, int start) {
    int before = TextChars.skipSpacesBack(folded, start, 0);
    return before > 0 && LIST_ITEM_OPENERS.indexOf(folded.charAt(before - 1)) >= 0;
  }

  /** The words that forbid what their clause says ({@code prohibitions.txt}). */
  private static final WordTable<Boolean> PROHIBITIONS = ProhibitionWords.table();

  /** What may stand right before the figure that opens a later item of a list: {@code 、 和 及}. */
  private static final String LIST_ITEM_OPENERS = "、和及";

  /**
   * Each thread's {@link Pass}, kept from task to task with its windows, marks, figure notebook,
   * number reader and deadline reader, so that reading a task's targets makes none of them anew
   * (issue 12: they were a tenth of the bytes the target reading allocated).
   */
  private final ThreadLocal<Pass> passes = ThreadLocal.withInitial(Pass::new);

  /**
   * One reading of one task body at a time: the text, and what the targets read so far tell the
   * next one (where the last ended, its subject, sentence and percent kind, the deadlines of the
   * clauses already passed). One per thread, {@linkplain #open opened} for each call of {@link
   * #read} and {@linkplain #close closed} at its end; its windows are over the thread's {@link
   * WindowBuffers} and its marks are the thread's {@link TextMarks}, so one read runs at a time in a
   * thread (none reads targets inside another). Confined to its thread.
   */
  private final class Pass {
    private final WindowBuffers buffers = WindowBuffers.ofThread();
    /** The task's text as written, and folded: windows made again for each task ({@link TextWindow#reset}). */
    private final TextWindow original = new TextWindow("", 0, 0);
    private final TextWindow folded = new TextWindow("", 0, 0);
    /** Where the clauses and sentences of {@link #folded} end, looked up from each figure. */
    private final TextMarks marks = TextMarks.ofThread();
    /** What the figure scan of the task found. */
    private final FigureScanner.Scan scan = new FigureScanner.Scan();
    /** The reader of the numbers of {@link #original}, whichever task's chars it holds. */
    private final NumberReader.Numbers numbers = scanner.numbersOf(original);
    private int offset;
    private @Nullable Integer year;
    /** The quoted regions of {@link #folded}, marked again for each task with a figure. */
    private final QuotedRegions quoted = QuotedRegions.of("");
    private int previousEnd;
    private @Nullable String previousSubject;
    private int previousSentence = -1;
    private TargetKindRule.@Nullable Reading previousKind;
    /** The bound word written before the last target kept ({@code 至少2个}), or null. */
    private @Nullable Bound previousPrefix;
    private int previousClause = -1;
    private int deadlineSentence = -1;
    private int deadlineScanned;
    private @Nullable LocalDate deadlineOfPassedClauses;
    /** The reader of the deadlines of the clauses before each target, made at the thread's first and kept. */
    private @Nullable DeadlineReader deadlines;
    /**
     * Whether the text holds a progress field ({@link FieldLabels#holdsProgressField}), looked for
     * at the first figure asked about; null before.
     */
    private @Nullable Boolean progressFields;
    /** Where the first definition of {@link #folded} opens ({@link NotATargetRules#firstDefinition}); -1 before it is looked for. */
    private int firstDefinition = -1;

    /**
     * Makes this the pass of the task body {@code [start, end)} of {@code text}, whose folded text is
     * {@code foldedText}, in plan year {@code year}: its windows and marks over that body, nothing
     * remembered from the last task.
     */
    void open(String text, String foldedText, int start, int end, @Nullable Integer year) {
      original.reset(text, start, end, buffers.original(end - start));
      folded.reset(foldedText, start, end, buffers.folded(end - start));
      marks.mark(folded);
      this.offset = start;
      this.year = year;
      previousEnd = 0;
      previousSubject = null;
      previousSentence = -1;
      previousKind = null;
      previousPrefix = null;
      previousClause = -1;
      deadlineSentence = -1;
      deadlineScanned = 0;
      deadlineOfPassedClauses = null;
      progressFields = null;
      firstDefinition = -1;
      if (deadlines != null) {
        deadlines.reuse(year);
      }
    }

    /** Lets go of the task's text: the windows keep no document alive between reads. */
    void close() {
      original.reset("", 0, 0, buffers.original(0));
      folded.reset("", 0, 0, buffers.folded(0));
      previousSubject = null;
      scan.clear();
    }

    /**
     * The target {@code figure} states, the {@code ordinal}-th of task {@code taskId}, or null
     * when it is not one (its id is written only for a target kept). A figure that shares the
     * unit of {@code next} ({@code 15个、7个工作日以内}) shares its bound word after it too; a bare
     * figure that opens the next item of a list ({@code 、}) in the same clause shares the bound
     * word written before the first ({@code 至少2个地市、10个县区}: both AT_LEAST).
     */
    @Nullable Target target(List<Figure> figures, int k, String taskId, int ordinal,
        DiagnosticCollector diagnostics) {
      Figure figure = figures.get(k);
      Figure next = k + 1 < figures.size() ? figures.get(k + 1) : null;
      int nextFigure = next == null ? folded.length() : next.start();
      int clauseStart = clauseStart(figure.start());
      int clauseEnd = clauseEnd(figure.end());
      int floor = Math.max(clauseStart, Math.min(previousEnd, figure.start()));
      long bound = BoundWords.read(folded, figure, floor, clauseEnd);
      if (figure.distributed() && next != null && BoundWording.comparator(bound) == Bound.EXACTLY
          && BoundWording.textStart(bound) == figure.start()) {
        long shared = BoundWords.read(folded, next, next.start(), clauseEnd(next.end()));
        if (BoundWording.suffixed(shared)) {
          bound = BoundWording.withBound(bound, BoundWording.comparator(shared), false);
        }
      }
      if (BoundWording.comparator(bound) == Bound.EXACTLY && BoundWording.textStart(bound) == figure.start()
          && !figure.isRange() && saysEach(folded, clauseStart, figure.start())) {
        long listed = boundAfterList(figures, k);
        if (listed != BoundWording.NONE) {
          bound = BoundWording.withBound(bound, BoundWording.comparator(listed), false);
        }
      }
      if (BoundWording.comparator(bound) == Bound.EXACTLY && BoundWording.textStart(bound) == figure.start()
          && k > 0
          && !figure.isRange()) {
        Bound alternative = boundOfAlternative(figures.get(k - 1), figure);
        if (alternative != null) {
          bound = BoundWording.withBound(bound, alternative, false);
        }
      }
      boolean sharesPrefix = BoundWording.comparator(bound) == Bound.EXACTLY
          && BoundWording.textStart(bound) == figure.start()
          && previousPrefix != null && previousClause == clauseStart && opensListItemIn(folded, figure.start());
      if (sharesPrefix) {
        bound = BoundWording.withBound(bound, previousPrefix, false);
      }
      Bound kept = keptLimit(BoundWording.comparator(bound), clauseStart, BoundWording.textStart(bound));
      if (kept != null) {
        bound = BoundWording.withBound(bound, kept, BoundWording.suffixed(bound));
      }
      if (k > 0 && NotATargetRules.restatesInBrackets(folded, figures.get(k - 1), figure)
          || NotATargetRules.check(folded, quoted, figure, bound, clauseStart, clauseEnd, year, firstDefinition())
          != null || inProgressField(figure.start())) {
        return null;
      }
      Dimension dimension = figure.definition() == null ? null : figure.definition().dimension();
      int sentence = sentenceStart(figure.start());
      boolean sameSentence = sentence == previousSentence;
      TargetKindRule.Reading listed = previousKind != null
          && (isListJoin(folded, previousEnd, BoundWording.textStart(bound))
              || sameSentence && onlyEffortWords(folded, Math.max(clauseStart, previousEnd),
                  BoundWording.textStart(bound)))
          ? previousKind : null;
      TargetKindRule.Reading kind = TargetKindRule.read(
          folded, dimension, BoundWording.textStart(bound), BoundWording.textEnd(bound), floor, listed);
      int limit = Math.min(clauseEnd, nextFigure);
      LocalDate deadline = nearestDeadline(sentence, clauseStart, BoundWording.textStart(bound));
      long read = SubjectReader.read(folded, BoundWording.textStart(bound), BoundWording.textEnd(bound), floor,
          limit);
      String subject = read == SubjectReader.NONE ? null
          : original.subSequence(SubjectReader.start(read), SubjectReader.end(read)).toString();
      if (subject == null && kind.kind().hasDirection() && sameSentence) {
        subject = previousSubject;
      }
      Target target = build(taskId + ".g" + ordinal, original, offset, figure, bound, kind, subject, deadline,
          diagnostics);
      previousEnd = read != SubjectReader.NONE && SubjectReader.follows(read) ? SubjectReader.end(read)
          : BoundWording.textEnd(bound);
      previousSubject = subject;
      previousSentence = sentence;
      previousKind = dimension == Dimension.PERCENT ? kind : null;
      boolean prefixed = !BoundWording.suffixed(bound) && BoundWording.textStart(bound) < figure.start()
          && BoundWording.comparator(bound) != Bound.EXACTLY && BoundWording.comparator(bound) != Bound.RANGE;
      previousPrefix = prefixed || sharesPrefix ? BoundWording.comparator(bound) : null;
      previousClause = clauseStart;
      return target;
    }

    /** The start of the clause of {@code from}: just after the nearest clause break before it, at most {@link #CLAUSE_REACH} back. */
    /**
     * Whether the figure at {@code at} stands in a task's progress field ({@code 完成情况：已开工…58个}):
     * what was done, not what the plan commits to (annotation guide §3).
     */
    private boolean inProgressField(int at) {
      Boolean holds = progressFields;
      if (holds == null) {
        holds = FieldLabels.holdsProgressField(folded, 0, folded.length());
        progressFields = holds;
      }
      return holds && FieldLabels.inProgressField(folded, at);
    }

    /** {@link NotATargetRules#firstDefinition} of {@link #folded}, found at the first figure asked about. */
    private int firstDefinition() {
      int first = firstDefinition;
      if (first < 0) {
        first = NotATargetRules.firstDefinition(folded);
        firstDefinition = first;
      }
      return first;
    }

    private int clauseStart(int from) {
      return marks.clauseStart(from, Math.max(0, from - CLAUSE_REACH));
    }

    /** The start of the sentence of {@code from}: just after the nearest sentence break before it, at most {@code 2 * CLAUSE_REACH} back. */
    private int sentenceStart(int from) {
      return marks.sentenceStart(from, Math.max(0, from - CLAUSE_REACH * 2));
    }

    /** The end of the clause of {@code from}: the nearest clause break at or after it, at most {@link #CLAUSE_REACH} on. */
    private int clauseEnd(int from) {
      return marks.clauseEnd(from, Math.min(folded.length(), from + CLAUSE_REACH));
    }

    /**
     * The limit that a bound of excess or shortfall keeps when a prohibition stands before it in
     * its clause ({@code 不得…收取…超过3个月…的费用}: the fees span at most 3 months;
     * {@code prohibitions.txt}): MORE_THAN becomes AT_MOST, LESS_THAN becomes AT_LEAST; null for
     * any other bound or where no prohibition stands in {@code [clauseStart, boundStart)}.
     */
    private @Nullable Bound keptLimit(Bound bound, int clauseStart, int boundStart) {
      if (bound != Bound.MORE_THAN && bound != Bound.LESS_THAN) {
        return null;
      }
      if (PROHIBITIONS.lastBefore(folded, boundStart, clauseStart) == null) {
        return null;
      }
      return bound == Bound.MORE_THAN ? Bound.AT_MOST : Bound.AT_LEAST;
    }

    /**
     * The bound that a bound word before {@code previous} gives {@code figure} when the two are
     * alternative measures of one requirement ({@code 不少于12天或者90学时}): only {@code 或者} or
     * {@code 或} between them, the bound word before the first and none after it; null otherwise.
     */
    private @Nullable Bound boundOfAlternative(Figure previous, Figure figure) {
      int between = TextChars.skipSpaces(folded, previous.end(), figure.start());
      int word = TextChars.startsWith(folded, OR_ELSE, between) ? OR_ELSE.length()
          : TextChars.startsWith(folded, OR, between) ? OR.length() : -1;
      if (word < 0 || TextChars.skipSpaces(folded, between + word, figure.start()) != figure.start()
          || previous.isRange()) {
        return null;
      }
      long first = BoundWords.read(folded, previous, clauseStart(previous.start()), figure.start());
      boolean before = BoundWording.textStart(first) < previous.start() && !BoundWording.suffixed(first);
      return before && BoundWording.comparator(first) != Bound.EXACTLY ? BoundWording.comparator(first) : null;
    }

    /**
     * The bound word after the last figure of the list that {@code figures[k]} opens (figures in
     * one unit joined by {@code 、}, {@code 和} or {@code 及}), or {@link BoundWording#NONE}: after
     * {@code 分别} it bounds
     * every figure of the list ({@code 分别压缩至35小时、1.2小时以内}). A figure of the list with
     * a bound word of its own ends the search, and so does the {@link #LONGEST_LIST}th.
     */
    private long boundAfterList(List<Figure> figures, int k) {
      String unit = Folding.fold(figures.get(k).unit());
      for (int j = k + 1; j < Math.min(figures.size(), k + 1 + LONGEST_LIST); j++) {
        Figure item = figures.get(j);
        if (!isListJoin(folded, figures.get(j - 1).end(), item.start())
            || item.isRange() || !Folding.fold(item.unit()).equals(unit)) {
          return BoundWording.NONE;
        }
        long own = BoundWords.read(folded, item, item.start(), clauseEnd(item.end()));
        if (BoundWording.suffixed(own)) {
          return own;
        }
        if (BoundWording.comparator(own) != Bound.EXACTLY) {
          return BoundWording.NONE;
        }
      }
      return BoundWording.NONE;
    }

    /**
     * The deadline of the clause nearest before {@code textStart} in its sentence that states one
     * (the earliest, where that clause states several): {@code 上半年完成…，9月底前新建…300个}
     * gives the 300个 the end of September. Clauses already passed are read once per sentence.
     */
    private @Nullable LocalDate nearestDeadline(int sentence, int clauseStart, int textStart) {
      if (sentence != deadlineSentence) {
        deadlineSentence = sentence;
        deadlineScanned = sentence;
        deadlineOfPassedClauses = null;
      }
      DeadlineReader reader = deadlines;
      if (reader == null) {
        reader = DeadlineReader.forText(folded, year, marks);
        deadlines = reader;
      }
      int from = deadlineScanned;
      while (from < clauseStart) {
        int to = marks.clauseEnd(from, clauseStart);
        LocalDate found = reader.earliestIn(from, to);
        if (found != null) {
          deadlineOfPassedClauses = found;
        }
        from = to + 1;
      }
      deadlineScanned = Math.max(deadlineScanned, clauseStart);
      LocalDate own = reader.earliestIn(clauseStart, textStart);
      return own != null ? own : deadlineOfPassedClauses;
    }
  }

  private Target build(String id, CharSequence original, int offset, Figure figure, long bound,
      TargetKindRule.Reading kind, @Nullable String subject, @Nullable LocalDate deadline,
      DiagnosticCollector diagnostics) {
    String text = original.subSequence(BoundWording.textStart(bound), BoundWording.textEnd(bound)).toString();
    int spanStart = offset + BoundWording.textStart(bound);
    int spanEnd = offset + BoundWording.textEnd(bound);
    Unit unit = figure.written();
    Amount upperAmount = figure.upper();
    UnitDefinition definition = figure.definition();
    Quantity normalized = null;
    Quantity normalizedUpper = null;
    Dimension dimension = null;
    if (definition != null) {
      normalized = normalizer.normalize(figure.value(), definition);
      normalizedUpper = upperAmount == null ? null : normalizer.normalize(upperAmount, definition);
      dimension = definition.dimension();
    } else {
      diagnostics.report(DiagnosticCode.TARGET_UNIT_UNKNOWN,
          "target \"" + text + "\": unit \"" + unit + "\" is not in the unit catalogue;"
              + " kept without a normalized value", spanStart, spanEnd);
    }
    if (kind.assumed() && kind.kind() == TargetKind.POINTS && figure.value().signum() >= 0) {
      diagnostics.report(DiagnosticCode.TARGET_DIRECTION_ASSUMED,
          "target \"" + text + "\": no word says whether the points rise or fall; read as an"
              + " increase", spanStart, spanEnd);
    }
    return Target.of(id, text, SourceSpan.of(spanStart, spanEnd), subject, BoundWording.comparator(bound),
        kind.kind(), kind.direction(), Quantity.of(figure.value(), unit),
        upperAmount == null ? null : Quantity.of(upperAmount, unit), normalized, normalizedUpper,
        dimension, deadline);
  }

  /**
   * Whether {@code folded[from, to)} holds nothing but words of effort ({@code 力争}, {@code 确保},
   * {@code 达到}) and list marks: the clause restates the previous figure's measure ({@code
   * 增长6%，力争7%}).
   */
  private static boolean onlyEffortWords(CharSequence folded, int from, int to) {
    int i = from;
    boolean effort = false;
    while (i < to) {
      char c = folded.charAt(i);
      if (TextChars.isSpace(c) || TextChars.isListBreak(c) || c == '，' || c == ',') {
        i++;
        continue;
      }
      WordTable.Match<Boolean> word = EFFORT_WORDS.matchAt(folded, i, to);
      if (word == null) {
        return false;
      }
      effort = true;
      i = word.end();
    }
    return effort;
  }

  /** Whether {@code 分别} stands in {@code folded[from, to)}. */
  private static boolean saysEach(CharSequence folded, int from, int to) {
    char first = EACH.charAt(0);
    char second = EACH.charAt(1);
    for (int at = from; at + 1 < to; at++) {
      if (folded.charAt(at) == first && folded.charAt(at + 1) == second) {
        return true;
      }
    }
    return false;
  }

  /** Whether only list marks and conjunctions stand in {@code folded[from, to)}: {@code 2%、2.5%}. */
  private static boolean isListJoin(CharSequence folded, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if ("、和及与 ".indexOf(folded.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
