package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One parse of one text: reads the header rows and the front matter up to the first section or
 * task, surveys the line heads of the body once to learn whether {@code (一)} numbers tasks or
 * subsections, then reads the body line by line and builds the {@link Plan}. Every step moves
 * forward through the text. Not thread-safe: a {@link PlanParser} makes one reader per parse.
 */
final class PlanReader {
  private final SourceText source;
  private final String f;
  private final DiagnosticCollector diagnostics;
  private final UnitFactory units;
  private final TargetReader targetReader;
  /** The units made so far, by name: a plan names the same few units again and again. */
  private final Map<String, LeadUnit> unitCache = new HashMap<>();

  PlanReader(String text, boolean strict, UnitFactory units, TargetReader targetReader) {
    this.source = new SourceText(text);
    this.f = source.folded();
    this.diagnostics = new DiagnosticCollector(source, strict);
    this.units = units;
    this.targetReader = targetReader;
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
    HeaderReader header = new HeaderReader(source, f, diagnostics);
    List<Line> front = new ArrayList<>();
    int pos = 0;
    int length = f.length();
    LineCursor lines = new LineCursor(f);
    while (pos < length) {
      Line line = lines.at(pos);
      if (isBodyStart(line)) {
        break;
      }
      if (!line.isBlank() && !LineShapes.isFurniture(f, line) && !LineShapes.isTableSeparator(f, line)
          && !header.accept(line)) {
        front.add(line);
      }
      pos = line.next();
    }
    PlanMetadata metadata = header.metadata();
    FrontMatterReader.FrontMatter frontMatter = new FrontMatterReader(source, f, front).read();
    Integer year = yearOf(frontMatter.title());
    if (year == null) {
      year = yearOf(frontMatter.noticeTitleCitation());
    }
    if (year == null) {
      year = yearOf(metadata.title());
    }
    BodyReader body = new BodyReader(source, f, diagnostics, year, parenthesisedNumbersTasks(pos),
        targetReader);
    body.continueReferences(frontMatter.references(), frontMatter.skippedTitles(),
        frontMatter.addedReferences());
    boolean frontRule = false;
    NoteReader ruleReader = new NoteReader(f, year);
    for (Line line : front) {
      frontRule |= ruleReader.statesFirstListedLeads(line.contentStart(), line.contentEnd());
    }
    while (pos < length) {
      Line line = lines.at(pos);
      body.read(line);
      pos = line.next();
    }
    body.finish();
    if (body.tasks().isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_TASKS, "no numbered task found in the input", 0, 0);
    }
    boolean firstListedLeads = frontRule || body.statesFirstListedLeads();
    boolean namesLeads = false;
    for (TaskDraft task : body.tasks()) {
      namesLeads |= task.notes.has(NoteParts.Role.LEAD);
    }
    List<Section> sections = new ArrayList<>();
    int ordinal = 0;
    boolean anyUnits = false;
    for (TaskDraft task : body.tasks()) {
      anyUnits |= task.notes.noteCount() > 0;
    }
    for (SectionDraft draft : body.sections()) {
      ordinal++;
      sections.add(section(draft, "s" + ordinal, firstListedLeads, namesLeads, anyUnits));
    }
    Notice notice = frontMatter.notice();
    return Plan.builder()
        .metadata(metadata)
        .notice(notice)
        .title(frontMatter.title())
        .year(year)
        .references(body.references())
        .sections(sections)
        .diagnostics(sortedDiagnostics())
        .build();
  }

  /** The diagnostics in input order (a stable sort keeps the reading order at one offset). */
  private List<Diagnostic> sortedDiagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics.diagnostics());
    all.sort(Comparator.comparingInt(d -> d.span().start()));
    return all;
  }

  private boolean isBodyStart(Line line) {
    Label label = LineShapes.label(f, line);
    if (label != null) {
      return label.kind() != Label.Kind.ARABIC_SPACE || label.number() == 1;
    }
    return isTableHeader(line);
  }

  /** Whether {@code line} heads a task table, its cells separated by pipes or tabs. */
  private boolean isTableHeader(Line line) {
    if (PipeCells.isRow(f, line)) {
      return TaskTable.header(f, PipeCells.split(f, line)) != null;
    }
    return PipeCells.hasTab(source.text(), line)
        && TaskTable.header(f, PipeCells.splitTabs(f, source.text(), line)) != null;
  }

  /**
   * Whether {@code (一)} numbers the tasks of this body: a survey of the line heads counts the
   * {@code (一)} items that head no {@code 1.} items of their own and the {@code 1.} / {@code 第一条}
   * items; {@code (一)} numbers tasks when the first outnumber the second. A task table means
   * the table numbers the tasks. Reads only each line's head, once.
   */
  private boolean parenthesisedNumbersTasks(int from) {
    int pos = from;
    int childless = 0;
    int numbered = 0;
    boolean open = false;
    boolean owns = false;
    LineCursor lines = new LineCursor(f);
    while (pos < f.length()) {
      Line line = lines.at(pos);
      Label label = LineShapes.label(f, line);
      if (label == null) {
        if (isTableHeader(line)) {
          return false;
        }
      } else if (label.kind() == Label.Kind.PARENTHESISED) {
        childless += open && !owns ? 1 : 0;
        open = true;
        owns = false;
      } else if (label.kind() == Label.Kind.ARABIC || label.kind() == Label.Kind.ARTICLE) {
        numbered++;
        owns |= open;
      } else if (label.kind() != Label.Kind.ARABIC_SPACE) {
        childless += open && !owns ? 1 : 0;
        open = false;
      }
      pos = line.next();
    }
    childless += open && !owns ? 1 : 0;
    return childless > numbered;
  }


  private Section section(SectionDraft draft, String id, boolean firstListedLeads, boolean namesLeads,
      boolean anyUnits) {
    List<Subsection> subsections = new ArrayList<>();
    int ordinal = 0;
    for (SectionDraft sub : draft.subsections) {
      ordinal++;
      subsections.add(Subsection.builder()
          .id(id + "." + ordinal)
          .number(sub.number)
          .title(sub.title)
          .span(SourceSpan.of(sub.spanStart, sub.spanEnd))
          .tasks(tasks(sub.tasks, firstListedLeads, namesLeads, anyUnits))
          .build());
    }
    return Section.builder()
        .id(id)
        .number(draft.number)
        .title(draft.title)
        .span(draft.isImplicit() ? null : SourceSpan.of(draft.spanStart, draft.spanEnd))
        .subsections(subsections)
        .tasks(tasks(draft.tasks, firstListedLeads, namesLeads, anyUnits))
        .build();
  }

  private List<Task> tasks(List<TaskDraft> drafts, boolean firstListedLeads, boolean namesLeads,
      boolean anyUnits) {
    List<Task> out = new ArrayList<>();
    for (TaskDraft draft : drafts) {
      Responsibility.Resolved resolved = Responsibility.resolve(draft.notes, firstListedLeads, namesLeads);
      if (anyUnits && draft.notes.noteCount() == 0) {
        diagnostics.report(DiagnosticCode.TASK_WITHOUT_NOTE,
            "task " + (draft.label != null ? draft.label : draft.id) + " names no responsible unit",
            draft.spanStart, draft.spanEnd);
      }
      String title = null;
      if (draft.titleCellStart >= 0) {
        title = source.text().substring(draft.titleCellStart, draft.titleCellEnd);
      } else if (draft.titleEnd > draft.textStart) {
        title = source.text().substring(draft.textStart, draft.titleEnd);
      }
      out.add(Task.builder()
          .id(draft.id)
          .number(draft.number)
          .label(draft.label)
          .title(title)
          .text(draft.rowEnd >= 0
              ? source.text().substring(draft.textStart, draft.end)
              : source.text().substring(Math.min(draft.textStart, draft.spanEnd), draft.spanEnd))
          .span(SourceSpan.of(draft.spanStart, draft.spanEnd))
          .leadUnits(units(resolved.leads()))
          .supportingUnits(units(resolved.supporting()))
          .leaders(names(resolved.leaders()))
          .deadline(draft.deadline)
          .targets(draft.targets)
          .build());
    }
    return out;
  }

  private List<LeadUnit> units(List<NoteParts.Name> names) {
    List<LeadUnit> out = new ArrayList<>();
    for (NoteParts.Name name : names) {
      out.add(unitCache.computeIfAbsent(source.text().substring(name.start(), name.end()), units::unit));
    }
    return out;
  }

  private List<String> names(List<NoteParts.Name> names) {
    List<String> out = new ArrayList<>();
    for (NoteParts.Name name : names) {
      out.add(source.text().substring(name.start(), name.end()));
    }
    return out;
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
          int year = Integer.parseInt(folded.substring(i, end));
          if (year >= 1949 && year <= 2200) {
            return year;
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
