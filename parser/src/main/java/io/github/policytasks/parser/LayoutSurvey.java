package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey of the body's line heads, made once before the body is read, that decides what its
 * numbering means (annotation guide §6): per section, whether {@code （一）} numbers tasks (its
 * items that head no {@code 1.} items of their own outnumber the {@code 1.} items of the
 * section, or at least half of its items end with their own note and head no {@code 1.} items) or
 * subsections (a {@code (1)} or {@code ①} item that ends with its own note is a task and counts as
 * a {@code 1.} item here), and which {@code （一）} items end with a note and head {@code 1.} items (headings
 * whose note speaks of the tasks under them); and whether the {@code 一、} items are themselves the tasks (at least two of
 * them, at least half carrying their own responsibility note, no deeper numbering anywhere, and
 * no unnumbered measure with its own note under them, which they would head).
 * A task table means the table numbers the tasks, unless it stands in an annex ({@code 附件}
 * label before it): then the body's sections before it decide on their own; and per section
 * whether any numbered item stands under its heading. Reads each line's head once, and for {@code
 * 一、} items whether the line, or the note line after it, holds a note. Not thread-safe: one
 * survey serves one parse.
 */
final class LayoutSurvey {
  private final String f;
  private final TaskNotes notes;
  /** Per section in document order (index 0: before the first heading), whether {@code （一）} numbers tasks. */
  private final List<Boolean> parenthesisedTasks = new ArrayList<>();
  /**
   * Per section in document order (index 0: before the first heading), whether any numbered item
   * ({@code （一）}, {@code 1.}, {@code (1)}, {@code 第一条}, {@code 第一节}…) stands under its heading.
   */
  private final List<Boolean> headsItems = new ArrayList<>();
  /** Whether a numbered item has been read since the last section heading. */
  private boolean itemsInSection;
  private boolean sectionsAreTasks;
  private boolean table;
  /** Whether an annex label ({@code 附件：重点任务分工表}) has been read. */
  private boolean annexSeen;
  /**
   * Whether the task table stands in an annex, after an annex label: it numbers the annex's
   * tasks, and the body's sections before it decide their {@code （一）} items on their own.
   */
  private boolean tableInAnnex;

  // the survey's running counts
  private int childless;
  private int items;
  private int numbered;
  private boolean open;
  private boolean owns;
  private int sectionItems;
  private int sectionItemsWithNote;
  /**
   * Unnumbered measures with their own note under the {@code 一、} items: plain lines ({@link
   * #countNotedParagraph}) and text after a sentence's note on an item's line that ends with a note
   * of its own (a closing sentence run on, {@code 本措施自印发之日起施行。}, is none).
   */
  private int notedParagraphs;
  private int deeper;
  private boolean pendingSectionItem;
  /** Where the open {@code （一）} item's label starts, and whether its line ends with a note. */
  private int openStart;
  private boolean openNoted;
  /** Items of the section that end with their own note and head no {@code 1.} items. */
  private int notedChildless;
  /**
   * Where the label of each {@code （一）} item starts whose line ends with a note and that heads
   * {@code 1.} items, ascending: a heading whose note speaks of the tasks under it.
   */
  private final List<Integer> notedHeadings = new ArrayList<>();

  /** The input as given, whose ideographic spaces show where a lost line break's paragraph began. */
  private final SourceText source;
  /** The lines the survey read, in order, and the cursor that read them. */
  private final List<Line> lines;
  /** The label of each of {@link #lines} ({@link LineShapes#label}), null for a blank line or a line without one. */
  private final List<@Nullable Label> labels;
  private @Nullable LineCursor cursor;
  /** The lines the survey read as category headings in square corner brackets, by where their content starts. */
  private final java.util.Map<Integer, Label> bracketHeadings = new java.util.HashMap<>();
  /** The lines the survey read that may be such headings, by index into {@link #lines}. */
  private final List<Integer> bracketed = new ArrayList<>();
  /** The lines that head numbered items carrying notes without a note of their own. */
  private NotedItemHeadings headings = NotedItemHeadings.none();

  /**
   * A survey of {@code folded}, the folded text of {@code source} (its tables' cell lines joined
   * where {@link CellLines} found some), that expects about {@code
   * expectedLines} lines (the text's physical lines: each is at least one line the survey reads,
   * so its lists seldom grow).
   */
  LayoutSurvey(String folded, SourceText source, TaskNotes notes, int expectedLines) {
    this.f = folded;
    this.source = source;
    this.notes = notes;
    this.lines = new ArrayList<>(expectedLines);
    this.labels = new ArrayList<>(expectedLines);
  }

  /** Surveys the body from {@code from} to the end. */
  LayoutSurvey survey(int from, java.util.function.Predicate<Line> isTableHeader) {
    return survey(from, isTableHeader, List.of(), new LineCursor(f, source));
  }

  /**
   * Surveys the body from {@code from} to the end, taking first the lines {@code cut}, which
   * {@code cutter} cut in turn from {@code from} as a new cursor over the body does (each at the
   * last one's {@link Line#next}), and cutting the rest with {@code cutter}, which has been asked
   * nothing since: each line is cut once, whoever looked ahead at it first.
   */
  LayoutSurvey survey(int from, java.util.function.Predicate<Line> isTableHeader, List<Line> cut,
      LineCursor cutter) {
    cursor = cutter;
    int pos = from;
    int taken = 0;
    while (pos < f.length() && !table) {
      Line line = taken < cut.size() ? cut.get(taken++) : cutter.at(pos);
      lines.add(line);
      pos = line.next();
      Label label = line.isBlank() ? null : LineShapes.label(f, line);
      labels.add(label);
      if (label == null && !line.isBlank()) {
        if (LineShapes.bracketHeading(f, line) != null) {
          bracketed.add(lines.size() - 1);
        }
        annexSeen |= LineShapes.isAnnexLabel(f, line);
        if (isTableHeader.test(line)) {
          table = true;
          tableInAnnex = annexSeen;
        }
      }
    }
    readBracketHeadings(bracketed);
    headings = table && !tableInAnnex ? NotedItemHeadings.none() : notedItemHeadings();
    for (int k = 0; k < lines.size(); k++) {
      Line line = lines.get(k);
      Label label = labels.get(k);
      if (line.isBlank()) {
        continue;
      }
      if (label == null) {
        noteLine(line);
        countNotedParagraph(line);
        continue;
      }
      count(label, line);
    }
    closeSection();
    sectionsAreTasks = !table && deeper == 0 && sectionItems >= 2 && sectionItemsWithNote * 2 >= sectionItems
        && notedParagraphs == 0;
    return this;
  }

  /**
   * Gives the lines {@code candidates} (indexes into {@link #lines}), each a category heading in
   * square corner brackets ({@link LineShapes#bracketHeading}), their heading's label where the
   * next line that is not blank opens with a numbered item ({@code 【政务服务】⏎1.深化…}), where at
   * least two do (categories part a list; a lone bracket such as {@code 【此件公开发布】} over the
   * first item heads nothing): they head sections as {@code 一、} does, numbered in their order.
   */
  private void readBracketHeadings(List<Integer> candidates) {
    List<Integer> heads = new ArrayList<>();
    for (int k : candidates) {
      int m = k + 1;
      while (m < lines.size() && lines.get(m).isBlank()) {
        m++;
      }
      Label next = m < lines.size() ? labels.get(m) : null;
      if (next != null && next.kind() != Label.Kind.SECTION && next.kind() != Label.Kind.CHAPTER) {
        heads.add(k);
      }
    }
    if (heads.size() < 2) {
      return;
    }
    for (int k : heads) {
      Label heading = LineShapes.bracketHeading(f, lines.get(k));
      labels.set(k, heading);
      bracketHeadings.put(lines.get(k).contentStart(), heading);
    }
  }

  /** Counts a labelled line: a section's heading closes the last section, an item counts in its section. */
  private void count(Label label, Line line) {
    pendingSectionItem = false;
    NotedItemHeadings.Role role = headings.roleAt(label.start());
    if (role == NotedItemHeadings.Role.SECTION) {
      closeSection();
      return;
    }
    itemsInSection |= label.kind() != Label.Kind.SECTION && label.kind() != Label.Kind.CHAPTER;
    if (role != null) {
      deeper++;
      return;
    }
    switch (label.kind()) {
      case SECTION:
      case CHAPTER:
        closeSection();
        sectionItem(label, line);
        break;
      case PARENTHESISED:
        closeItem();
        open = true;
        owns = false;
        openStart = label.start();
        openNoted = notes.endsWithNote(label.textStart(), label.textStart(), line.contentEnd());
        deeper++;
        items++;
        break;
      case ARABIC:
      case ARTICLE:
        numbered++;
        owns |= open;
        deeper++;
        break;
      case SUB_ITEM:
        if (notes.endsWithNote(label.textStart(), label.textStart(), line.contentEnd())) {
          numbered++;
          owns |= open;
          deeper++;
        }
        break;
      case ARABIC_SPACE:
        break;
      default:
        closeItem();
        open = false;
    }
  }

  /**
   * The lines of {@link #lines} that head numbered items carrying notes without a note of their
   * own ({@link NotedItemHeadings}).
   */
  private NotedItemHeadings notedItemHeadings() {
    if (!NotedItemHeadings.mayHead(f, labels)) {
      return NotedItemHeadings.none();
    }
    List<Boolean> noted = new ArrayList<>(lines.size());
    List<Boolean> noteLineAfter = new ArrayList<>(lines.size());
    List<Boolean> headingText = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      Label label = labels.get(k);
      headingText.add(label != null && NotedItemHeadings.isHeadingText(f, label.textStart(), lines.get(k).contentEnd()));
      boolean own = label != null && label.kind() != Label.Kind.SECTION && label.kind() != Label.Kind.CHAPTER
          && notes.endsWithNote(label.textStart(), label.textStart(), lines.get(k).contentEnd());
      noted.add(own);
      boolean after = false;
      if (label != null && !own) {
        int m = k + 1;
        while (m < lines.size() && lines.get(m).isBlank()) {
          m++;
        }
        after = m < lines.size() && labels.get(m) == null && notes.isNoteLine(lines.get(m));
      }
      noteLineAfter.add(after);
    }
    return NotedItemHeadings.of(f, labels, noted, noteLineAfter, headingText);
  }

  private void sectionItem(Label label, Line line) {
    if (label.kind() != Label.Kind.SECTION) {
      return;
    }
    sectionItems++;
    int after = notes.textAfterSentenceNote(label.textStart(), line.contentEnd());
    if (after > 0 && notes.endsWithNote(after, after, line.contentEnd())) {
      notedParagraphs++;
    }
    if (notes.endsWithNote(label.textStart(), label.textStart(), line.contentEnd())) {
      sectionItemsWithNote++;
    } else {
      pendingSectionItem = true;
    }
  }

  /**
   * A plain line after the first {@code 一、} item, while no deeper numbering has been seen, that
   * is no note line and ends with its own note: an unnumbered measure under an item, which the
   * items then head (as they do when a measure follows an item's note on its line).
   */
  private void countNotedParagraph(Line line) {
    if (sectionItems > 0 && deeper == 0 && !notes.isNoteLine(line)
        && notes.endsWithNote(line.contentStart(), line.contentStart(), line.contentEnd())) {
      notedParagraphs++;
    }
  }

  /** A plain line: a note line right after a {@code 一、} item gives that item its note. */
  private void noteLine(Line line) {
    if (pendingSectionItem && notes.isNoteLine(line)) {
      sectionItemsWithNote++;
      pendingSectionItem = false;
    }
  }

  /** Counts the open {@code （一）} item, if any, as it closes. */
  private void closeItem() {
    if (!open) {
      return;
    }
    childless += owns ? 0 : 1;
    notedChildless += openNoted && !owns ? 1 : 0;
    if (openNoted && owns) {
      notedHeadings.add(openStart);
    }
    open = false;
  }

  private void closeSection() {
    closeItem();
    parenthesisedTasks.add((!table || tableInAnnex)
        && (childless > numbered || items > 0 && notedChildless * 2 >= items));
    headsItems.add(itemsInSection);
    itemsInSection = false;
    childless = 0;
    items = 0;
    notedChildless = 0;
    numbered = 0;
    open = false;
    owns = false;
  }

  /** Whether {@code （一）} numbers the tasks of the section with ordinal {@code section} (0: before any heading). */
  boolean parenthesisedTasksIn(int section) {
    return (!table || tableInAnnex) && section < parenthesisedTasks.size() && parenthesisedTasks.get(section);
  }

  /**
   * Whether a numbered item stands under the heading of the section with ordinal {@code section}
   * (0: before any heading); true for a section the survey did not reach (it stops at a task
   * table), of which nothing is known.
   */
  boolean headsItems(int section) {
    return section >= headsItems.size() || headsItems.get(section);
  }

  /**
   * Whether the {@code （一）} item whose label starts at {@code labelStart} ends with its own note
   * and heads {@code 1.} items: a subsection heading whose note speaks of the tasks under it, not a
   * task (annotation guide §6: a {@code （一）} item with deeper numbering under it heads them).
   */
  boolean isNotedHeading(int labelStart) {
    return !notedHeadings.isEmpty() && java.util.Collections.binarySearch(notedHeadings, labelStart) >= 0;
  }

  /**
   * The lines the survey read from its start, each at the previous one's {@link Line#next}, as a
   * new {@link LineCursor} gives them; empty before {@link #survey}.
   */
  List<Line> lines() {
    return lines;
  }

  /** {@link LineShapes#label} of the {@code k}-th of {@link #lines}. */
  @Nullable Label label(int k) {
    return labels.get(k);
  }

  /** The new cursor the survey read {@link #lines} with, after the last of them; null before {@link #survey}. */
  @Nullable LineCursor cursor() {
    return cursor;
  }

  /**
   * What the line whose label starts at {@code labelStart} opens where it heads numbered items
   * carrying notes without a note of its own ({@link NotedItemHeadings}), or null: it is then read
   * by its label as before.
   */
  NotedItemHeadings.@Nullable Role notedItemsHeading(int labelStart) {
    return headings.roleAt(labelStart);
  }

  /**
   * The label of the category heading in square corner brackets whose line's content starts at
   * {@code contentStart} ({@code 【政务服务】} over numbered items, {@link #readBracketHeadings}), or
   * null.
   */
  @Nullable Label bracketHeadingAt(int contentStart) {
    return bracketHeadings.isEmpty() ? null : bracketHeadings.get(contentStart);
  }

  /** Whether the {@code 一、} items are the tasks, in one section without heading. */
  boolean sectionsAreTasks() {
    return sectionsAreTasks;
  }
}
