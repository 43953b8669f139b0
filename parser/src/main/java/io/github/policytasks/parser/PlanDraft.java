package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The document-wide facts of one parse, gathered in one place while the text is read and
 * resolved in named steps once it has been read, the way {@code java.time}'s {@code Parsed}
 * resolves its fields: the plan year ({@link #resolveYear}, from the plan title, else the
 * notice title or the cited plan title, else the portal title, else the year of the notice's
 * date or of 成文日期), the first-listed rule ({@code 列第一位者为牵头单位}, which applies from
 * where it is stated, {@code 下同}), the cited documents and their de-duplication, the sections
 * and tasks read, and the regions of the input; {@link #resolve} decides who leads each task,
 * covers every unread stretch with a region and a diagnostic, and builds the {@link Plan}. Not
 * thread-safe: one draft serves one parse.
 */
final class PlanDraft {
  private final SourceText source;
  private final String f;
  /** The folded text targets are read from ({@link #targetText(String)}). */
  private String targetText;
  private final DiagnosticCollector diagnostics;

  private PlanMetadata metadata = PlanMetadata.empty();
  private @Nullable Notice notice;
  private @Nullable String title;
  private @Nullable String citedTitle;
  private @Nullable Integer year;
  private @Nullable LocalDate closingDate;
  private boolean newsCopy;
  private @Nullable Integer periodStart;
  private @Nullable String documentNumber;

  /**
   * The units the preamble gives every task without a note of its own ({@code 各项任务…均由…牵头}),
   * or null.
   */
  private @Nullable NoteParts defaultNote;

  /** The offset where the document first says the first-listed unit leads; past the end if never. */
  private int firstListedRuleAt = Integer.MAX_VALUE;

  private final List<DocumentReference> references = new ArrayList<>();
  /** Titles that are not references (the plan's own title, the title the notice issues), compact folded. */
  private final Set<String> notReferences = new HashSet<>();
  /** References added so far, compact folded title and number. */
  private final Set<String> cited = new HashSet<>();

  private final List<SectionDraft> sections = new ArrayList<>();
  /** Preamble stretches that set the plan's numbers, read before the first section opened. */
  private final List<int[]> preambleGoals = new ArrayList<>();
  private final List<TaskDraft> tasks = new ArrayList<>();
  private final Regions regions = new Regions();
  private final UnitFactory unitFactory;
  private final TargetReader targetReader;
  /** The units made so far, by name: a plan names the same few units again and again. */
  private final UnitCache unitCache;
  /** The {@code 《} marks of the text, for {@link #cite}. */
  private final TitleMarks titleMarks;
  /** The builder every task of the plan is built in ({@link #clearedTaskBuilder}). */
  private final Task.Builder taskBuilder = Task.builder();
  /** Who leads, supports and answers for each task, decided one task at a time. */
  private final Responsibility responsibility = new Responsibility();

  /**
   * A draft of the plan in {@code source}, {@code folded} its folded text, that makes units with
   * {@code unitFactory} and reads targets and goals with {@code targetReader}.
   */
  PlanDraft(SourceText source, String folded, DiagnosticCollector diagnostics, UnitFactory unitFactory,
      TargetReader targetReader) {
    this.source = source;
    this.f = folded;
    this.diagnostics = diagnostics;
    this.unitFactory = unitFactory;
    this.targetReader = targetReader;
    this.titleMarks = new TitleMarks(folded);
    this.unitCache = new UnitCache(source.text());
    this.targetText = source.folded();
  }

  /**
   * The folded text targets are read from: the source's, or, where a document-sharing site's chunk
   * numbers stand inside the text, that text with them written as blanks ({@link DocSiteChunks}).
   */
  void targetText(String folded) {
    this.targetText = folded;
  }

  /** The folded text targets are read from ({@link #targetText(String)}). */
  String targetText() {
    return targetText;
  }

  // ---- facts gathered while reading ------------------------------------------------------

  void metadata(PlanMetadata value) {
    this.metadata = value;
  }

  void notice(@Nullable Notice value) {
    this.notice = value;
  }

  void title(@Nullable String value) {
    this.title = value;
    if (value != null) {
      notReferences.add(ReferenceReader.compact(Folding.fold(value)));
    }
  }

  /** The portal header's 标题, or null when the page has none. */
  @Nullable String portalTitle() {
    return metadata.title();
  }

  /** The plan title cited by the notice heading ({@code 关于印发《X》的通知}). */
  void citedTitle(@Nullable String value) {
    this.citedTitle = value;
    if (value != null) {
      notReferences.add(ReferenceReader.compact(Folding.fold(value)));
    }
  }

  /** The text at {@code offset} says that the first-listed unit leads, from there on. */
  void firstListedRuleAt(int offset) {
    firstListedRuleAt = Math.min(firstListedRuleAt, offset);
  }

  /**
   * The preamble names the units of every task without a note of its own ({@code
   * 本要点所列各项任务，除另有注明外，均由…牵头，…负责落实}); the first such sentence counts.
   */
  void defaultNote(NoteParts parts) {
    if (defaultNote == null) {
      defaultNote = parts;
    }
  }

  /** Whether the first-listed rule has been stated before {@code offset}. */
  boolean firstListedRuleBefore(int offset) {
    return firstListedRuleAt < offset;
  }

  /**
   * Adds a document that the notice lists by title ({@code 1.某市优化营商环境若干措施}), {@code
   * [start, end)} its title (any 《》 around it left out of the title), once.
   */
  void listedDocument(int start, int end) {
    String title = source.text().substring(start, end).strip();
    if (title.startsWith("《") && title.endsWith("》") && title.length() > 2) {
      title = title.substring(1, title.length() - 1).strip();
    }
    if (!title.isEmpty() && cited.add(ReferenceReader.compact(Folding.fold(title)) + "|null")) {
      references.add(DocumentReference.builder().title(title).span(SourceSpan.of(start, end)).build());
    }
  }

  /**
   * Adds the documents cited in {@code [start, end)}, once each; with {@code numberedOnly}, only
   * citations that give a document number count.
   */
  void cite(int start, int end, boolean numberedOnly) {
    ReferenceReader.read(source, f, titleMarks, start, end, notReferences, references, cited, numberedOnly);
  }

  /** Records what the stretch {@code [start, end)} of the input is. */
  void region(RegionKind kind, int start, int end) {
    regions.add(kind, start, end);
  }

  /**
   * Records a stretch of the preamble that sets the plan's numbers (annotation guide §6 headline
   * goals): it becomes the first section's goals, or preamble when the plan has no section.
   */
  void preambleGoals(int start, int end) {
    if (sections.isEmpty()) {
      preambleGoals.add(new int[] {start, end});
    } else {
      sections.get(0).goalRanges.add(new int[] {start, end});
    }
  }

  void addSection(SectionDraft section) {
    if (sections.isEmpty()) {
      section.goalRanges.addAll(0, preambleGoals);
      preambleGoals.clear();
    }
    sections.add(section);
  }

  /** Adds {@code task} to the plan, in document order, and gives it its id. */
  void addTask(TaskDraft task) {
    tasks.add(task);
    task.id = "t" + tasks.size();
  }

  /** Takes back {@code task}, the last one added, merged into the task before it; the next task takes its id. */
  void removeTask(TaskDraft task) {
    if (!tasks.isEmpty() && tasks.get(tasks.size() - 1) == task) {
      tasks.remove(tasks.size() - 1);
    }
  }

  /** Extends the claim of {@code kind} that starts at {@code start} to {@code end} ({@link Regions#extend}). */
  void extendRegion(RegionKind kind, int start, int end) {
    regions.extend(kind, start, end);
  }

  // ---- resolving ---------------------------------------------------------------------------

  /** The date of the signature that closes a document which is its own notice ({@link ClosingSignature}). */
  void closingDate(@Nullable LocalDate value) {
    this.closingDate = value;
  }

  /**
   * Whether the document is a news site's copy given in full ({@code 《X》全文如下}): its page's
   * publication date then dates it when nothing of its own does.
   */
  void newsCopy(boolean value) {
    this.newsCopy = value;
  }

  /** The year the plan's text says its period starts ({@code 2012年起5年内}; {@link PeriodStart}). */
  void periodStart(@Nullable Integer value) {
    this.periodStart = value;
  }

  /** The document number stated under the heading or the title ({@code 国发〔2018〕39号}). */
  void documentNumber(@Nullable String value) {
    this.documentNumber = value;
  }

  /**
   * The plan year, resolved by {@link PlanYear} from every source the document offers, in the
   * guide's order: the plan title, else the notice title or the plan title it cites, else the
   * portal's title, else the notice's date or the closing signature's, else the portal's 成文日期,
   * else the document number's year, else the year the text says the plan's period starts, else
   * (a news copy) the page's publication year. Call once the front matter has been read; the
   * body's deadlines need it.
   */
  @Nullable Integer resolveYear() {
    PlanYear years = new PlanYear();
    years.put(PlanYear.Source.PLAN_TITLE, yearOf(title));
    if (notice != null) {
      years.put(PlanYear.Source.NOTICE_TITLE, yearOf(notice.title()));
      years.put(PlanYear.Source.NOTICE_DATE, notice.date() == null ? null : notice.date().getYear());
    }
    years.put(PlanYear.Source.CITED_TITLE, yearOf(citedTitle));
    years.put(PlanYear.Source.PORTAL_TITLE, yearOf(metadata.title()));
    years.put(PlanYear.Source.CLOSING_DATE, closingDate == null ? null : closingDate.getYear());
    years.put(PlanYear.Source.WRITTEN_DATE, metadata.writtenDate() == null ? null : metadata.writtenDate().getYear());
    years.put(PlanYear.Source.DOCUMENT_NUMBER, PlanYear.ofDocumentNumber(documentNumber));
    years.put(PlanYear.Source.DOCUMENT_NUMBER, PlanYear.ofDocumentNumber(metadata.documentNumber()));
    years.put(PlanYear.Source.PERIOD_START, periodStart);
    years.put(PlanYear.Source.NEWS_DATE,
        newsCopy && metadata.publishedDate() != null ? metadata.publishedDate().getYear() : null);
    PlanYear.Resolved resolved = years.resolve();
    year = resolved == null ? null : resolved.year();
    return year;
  }

  /**
   * The year the plan's text was written in, which its {@code 今年} and {@code 明年} count from
   * (annotation guide §5): the plan year, except where the document was signed in the year before
   * it — the division of a work report delivered in December ({@code 2023年12月28日} over a 2024
   * plan, whose {@code 明年6月底前} is June of the plan year); the signing date is the notice's,
   * else the closing signature's, else the portal's 成文日期. Call after {@link #resolveYear}.
   */
  @Nullable Integer yearWritten() {
    LocalDate signed = notice != null && notice.date() != null ? notice.date()
        : closingDate != null ? closingDate : metadata.writtenDate();
    return year != null && signed != null && signed.getYear() == year - 1 ? Integer.valueOf(year - 1) : year;
  }

  /**
   * Resolves what needs the whole document (who leads each task, the regions nothing claimed)
   * and builds the plan.
   */
  Plan resolve() {
    reportNoTasks();
    List<Section> built = resolveSections();
    resolveUnclaimedText();
    return Plan.builder()
        .metadata(metadata)
        .notice(notice)
        .title(title)
        .year(year)
        .references(references)
        .sections(built)
        .diagnostics(sortedDiagnostics())
        .regions(regions.resolved())
        .build();
  }

  private void reportNoTasks() {
    if (tasks.isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_TASKS, "no numbered task found in the input", 0, 0);
    }
  }

  private List<Section> resolveSections() {
    preambleGoals.forEach(range -> regions.add(RegionKind.PREAMBLE, range[0], range[1]));
    ResponsibilityRules rules = responsibilityRules();
    List<Section> out = new ArrayList<>(sections.size());
    int ordinal = 0;
    for (SectionDraft draft : sections) {
      ordinal++;
      out.add(section(draft, "s" + ordinal, rules));
    }
    return out;
  }

  /**
   * What the whole document says about responsibility: whether it names leads, whether any task
   * names units, and the default clauses its notes state, in document order.
   */
  private ResponsibilityRules responsibilityRules() {
    applyDefaultNote();
    boolean namesLeads = false;
    boolean anyUnits = false;
    List<DefaultClause> defaults = new ArrayList<>();
    for (TaskDraft task : tasks) {
      namesLeads = namesLeads || task.notes.has(NoteParts.Role.LEAD);
      anyUnits |= task.notes.noteCount() > 0;
      if (task.notes.defaultsAt() >= 0) {
        defaults.add(new DefaultClause(task.notes.defaultsAt(), task.notes.defaults()));
      }
    }
    return new ResponsibilityRules(namesLeads, anyUnits, defaults);
  }

  /**
   * Gives the preamble's units ({@link #defaultNote}) to every task without a note of its own,
   * before anything is decided from the tasks' notes; its deadline becomes theirs where earlier.
   */
  private void applyDefaultNote() {
    NoteParts parts = defaultNote;
    if (parts == null) {
      return;
    }
    for (TaskDraft task : tasks) {
      if (task.notes.noteCount() == 0 && task.notes.notUnderstoodCount() == 0) {
        task.notes.addAll(parts);
        task.deadline = task.notes.deadline();
      }
    }
  }

  /** A default clause stated at {@code at}: its units take part in every task that ends after it. */
  private record DefaultClause(int at, List<NoteParts.Name> units) {}

  private record ResponsibilityRules(boolean namesLeads, boolean anyUnits, List<DefaultClause> defaults) {
    /** The default units that apply to a task ending at {@code end}, in order, each clause once. */
    List<NoteParts.Name> defaultsBefore(int end) {
      List<NoteParts.Name> out = null;
      for (int k = 0; k < defaults.size(); k++) {
        DefaultClause clause = defaults.get(k);
        if (clause.at() < end) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.addAll(clause.units());
        }
      }
      return out == null ? List.of() : out;
    }
  }

  /**
   * Every non-blank stretch no reader claimed becomes an {@link RegionKind#UNREAD} region with a
   * {@code TEXT_NOT_READ} diagnostic of the same span.
   */
  private void resolveUnclaimedText() {
    for (int[] gap : regions.gaps(f)) {
      diagnostics.report(DiagnosticCode.TEXT_NOT_READ,
          "text that no part of the plan holds: \"" + excerpt(gap[0], gap[1]) + "\"", gap[0], gap[1]);
      regions.add(RegionKind.UNREAD, gap[0], gap[1]);
    }
  }

  private String excerpt(int start, int end) {
    String text = source.text().substring(start, end);
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** The diagnostics in input order, runs of one code on consecutive lines grouped. */
  private List<Diagnostic> sortedDiagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics.diagnostics());
    all.sort(Comparator.comparingInt(d -> d.span().start()));
    return DiagnosticRuns.grouped(all, source);
  }

  /**
   * The goals of a section (annotation guide §6): the figures of its text outside any task —
   * heading tails, opening text, goal items ({@code 发展目标}) — ids {@code s2.g1}…; each stretch
   * is claimed as a {@link RegionKind#GOAL} region when it states goals, else as text of the
   * section.
   */
  private List<Target> resolveGoals(SectionDraft draft, String id) {
    List<Target> goals = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>(draft.goalRanges);
    draft.subsections.forEach(sub -> ranges.addAll(sub.goalRanges));
    for (int[] range : ranges) {
      List<Target> found = targetReader.read(source, targetText, range[0], range[1], id, year, diagnostics);
      boolean goalItem = isGoalItem(draft, range);
      if (!goalItem) {
        regions.add(found.isEmpty() ? RegionKind.PREAMBLE : RegionKind.GOAL, range[0], range[1]);
      }
      for (Target target : found) {
        goals.add(Target.builder().from(target).id(id + ".g" + (goals.size() + 1)).build());
      }
    }
    return goals;
  }

  /** Whether {@code range} is the body of a goal item, which its task's region already claims. */
  private static boolean isGoalItem(SectionDraft draft, int[] range) {
    for (TaskDraft task : draft.tasks) {
      if (task.goalItem && task.spanStart <= range[0] && range[1] <= Math.max(task.spanEnd, task.end)) {
        return true;
      }
    }
    for (SectionDraft sub : draft.subsections) {
      if (isGoalItem(sub, range)) {
        return true;
      }
    }
    return false;
  }

  private Section section(SectionDraft draft, String id, ResponsibilityRules rules) {
    Section.Builder section = Section.builder()
        .id(id)
        .number(draft.number)
        .title(draft.title)
        .span(draft.isImplicit() ? null : SourceSpan.of(draft.spanStart, draft.spanEnd));
    int ordinal = 0;
    for (SectionDraft sub : draft.subsections) {
      ordinal++;
      Subsection.Builder subsection = Subsection.builder()
          .id(id + "." + ordinal)
          .number(sub.number)
          .title(sub.title)
          .span(SourceSpan.of(sub.spanStart, sub.spanEnd));
      for (int k = 0; k < sub.tasks.size(); k++) {
        subsection.addTasks(task(sub.tasks.get(k), rules));
      }
      section.addSubsections(subsection.build());
    }
    section.goals(resolveGoals(draft, id));
    for (int k = 0; k < draft.tasks.size(); k++) {
      section.addTasks(task(draft.tasks.get(k), rules));
    }
    return section.build();
  }

  private Task task(TaskDraft draft, ResponsibilityRules rules) {
    List<NoteParts.Name> defaults = rules.defaultsBefore(draft.spanEnd);
    responsibility.resolve(draft.notes, firstListedRuleBefore(draft.spanEnd), rules.namesLeads(), defaults, f);
    if (rules.anyUnits() && draft.notes.noteCount() == 0 && defaults.isEmpty()
        && draft.notes.notUnderstoodCount() == 0) {
      diagnostics.report(DiagnosticCode.TASK_WITHOUT_NOTE,
          "task " + (draft.label != null ? draft.label : draft.id) + " names no responsible unit",
          draft.spanStart, draft.spanEnd);
    }
    Task.Builder task = clearedTaskBuilder()
        .id(draft.id)
        .number(draft.number)
        .label(draft.label)
        .title(taskTitle(draft))
        .text(!draft.textPieces.isEmpty() ? WrappedCells.text(source.text(), draft.textPieces, " ")
            : draft.rowEnd >= 0
            ? source.text().substring(draft.textStart, draft.end)
            : source.text().substring(Math.min(draft.textStart, draft.spanEnd), draft.spanEnd))
        .span(SourceSpan.of(draft.spanStart, draft.spanEnd))
        .bodySpan(SourceSpan.of(Math.min(draft.textStart, draft.bodyEnd), draft.bodyEnd));
    for (int k = 0; k < draft.noteSpanCount(); k++) {
      task.addNoteSpans(SourceSpan.of(draft.noteSpanStart(k), draft.noteSpanEnd(k)));
    }
    List<NoteParts.Name> leads = responsibility.leads();
    for (int k = 0; k < leads.size(); k++) {
      task.addLeadUnits(unitCache.unit(leads.get(k), unitFactory));
    }
    List<NoteParts.Name> supporting = responsibility.supporting();
    for (int k = 0; k < supporting.size(); k++) {
      task.addSupportingUnits(unitCache.unit(supporting.get(k), unitFactory));
    }
    List<NoteParts.Name> leaders = responsibility.leaders();
    for (int k = 0; k < leaders.size(); k++) {
      task.addLeaders(leaders.get(k).in(source.text()));
    }
    List<Target> targets = draft.targets;
    for (int k = 0; k < targets.size(); k++) {
      task.addTargets(targets.get(k));
    }
    return task.deadline(draft.deadline).build();
  }

  /**
   * The one task builder of this parse, its lists emptied: {@link Task.Builder#build} copies what
   * they hold into the task it builds, so each task is built in the same builder and lists instead
   * of five new lists (and their growing arrays) per task; emptied with {@link
   * Collections#emptyList}, whose iterator is shared, so that emptying them allocates nothing.
   * Every other attribute is set anew for each task ({@link #task}).
   */
  private Task.Builder clearedTaskBuilder() {
    return taskBuilder.noteSpans(Collections.emptyList()).leadUnits(Collections.emptyList())
        .supportingUnits(Collections.emptyList()).leaders(Collections.emptyList()).targets(Collections.emptyList());
  }

  private @Nullable String taskTitle(TaskDraft draft) {
    if (draft.titleCellStart >= 0) {
      String cell = source.text().substring(draft.titleCellStart, draft.titleCellEnd);
      return draft.titlePieces.isEmpty() ? cell : cell + WrappedCells.text(source.text(), draft.titlePieces);
    }
    if (draft.titleEnd > draft.textStart) {
      return source.text().substring(draft.textStart, draft.titleEnd);
    }
    return null;
  }

  /** The plan year a title states: the first {@code 2023年} (or {@code 2023-2025年}) in it. */
  static @Nullable Integer yearOf(@Nullable String title) {
    if (title == null) {
      return null;
    }
    String folded = Folding.fold(title);
    for (int i = 0; i + 4 < folded.length(); i++) {
      if (i > 0 && TextChars.isDigit(folded.charAt(i - 1))) {
        continue;
      }
      int end = ChineseNumerals.digitsEnd(folded, i, folded.length());
      if (end - i == 4) {
        char after = folded.charAt(end);
        boolean range = (after == '-' || after == '—' || after == '~' || after == '～' || after == '至')
            && end + 5 < folded.length() + 1 && ChineseNumerals.digitsEnd(folded, end + 1, folded.length()) == end + 5;
        if (after == '年' || range) {
          int found = Integer.parseInt(folded.substring(i, end));
          if (found >= 1949 && found <= 2200) {
            return found;
          }
        }
      }
      if (end > i) {
        i = end - 1;
      }
    }
    return null;
  }
}
