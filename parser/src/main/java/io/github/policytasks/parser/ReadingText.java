package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text a plan is read from when the text as given holds marks that are no part of its words:
 * the {@link PronunciationGlosses pronunciation glosses} a converting crawl wrote ({@code 責(zé)任單位})
 * and the {@link MarkdownMarks Markdown marks} of a copy crawled to Markdown ({@code ### 一、…},
 * {@code **1. …**}, {@code - 牵头单位：…}), and the {@link WrappedLines line breaks} of a PDF copy
 * cut at the page's width inside its sentences. The reading is the text without them (a mark that shows
 * where a line break was lost becomes that break); a plan read from
 * it is taken back to the text as given ({@link #toText(Plan)}): every span is mapped into the text
 * as given, and nothing is lost: each gloss has a {@link DiagnosticCode#GLOSS_SET_ASIDE} diagnostic of
 * its span, and a gloss or mark lies in the region of the part that holds it (a task's bold stars in
 * the task) or, between parts, in a region of its own: a gloss {@link RegionKind#UNREAD}, a Markdown
 * mark {@link RegionKind#FURNITURE} (a mark of the copy's layout, as page furniture is). Names, titles and
 * texts stay as read, without the marks; a target whose words held one keeps its words as written,
 * so that its text is its span's. Not thread-safe: one instance serves one parse.
 */
final class ReadingText {
  private final String text;
  private final String reading;
  /** The offset in the text as given of each char of the reading, plus the text's length last. */
  private final int[] origin;
  /** Where each stretch set aside starts and ends in the text as given, two entries a stretch. */
  private final int[] ranges;
  /** What each stretch set aside is: {@link Ranges#GLOSS}, {@link Ranges#MARK} or {@link Ranges#BREAK}. */
  private final byte[] kinds;
  private final SourceText source;

  private ReadingText(String text, Ranges set) {
    this.text = text;
    this.ranges = Arrays.copyOf(set.ranges, set.count);
    this.kinds = Arrays.copyOf(set.kinds, set.count / 2);
    int dropped = 0;
    for (int k = 0; k < ranges.length; k += 2) {
      dropped += ranges[k + 1] - ranges[k] - (kinds[k / 2] == Ranges.BREAK ? 1 : 0);
    }
    int length = text.length() - dropped;
    char[] chars = new char[length];
    this.origin = new int[length + 1];
    int at = 0;
    int from = 0;
    for (int k = 0; k <= ranges.length; k += 2) {
      int to = k < ranges.length ? ranges[k] : text.length();
      text.getChars(from, to, chars, at);
      for (int i = from; i < to; i++) {
        origin[at++] = i;
      }
      if (k < ranges.length && kinds[k / 2] == Ranges.BREAK) {
        chars[at] = '\n';
        origin[at++] = to;
      }
      from = k < ranges.length ? ranges[k + 1] : to;
    }
    origin[length] = text.length();
    this.reading = new String(chars);
    this.source = new SourceText(text);
  }

  /**
   * {@return the reading of {@code text} without its glosses and Markdown marks, or null when it
   * holds none (it is then read as given)}
   */
  static @Nullable ReadingText of(String text) {
    Ranges glosses = new Ranges(Ranges.GLOSS);
    PronunciationGlosses.find(text, glosses);
    Ranges marks = new Ranges(Ranges.MARK);
    MarkdownMarks.find(text, marks);
    Ranges cuts = new Ranges(Ranges.MARK);
    WrappedLines.find(text, cuts);
    if (glosses.count == 0 && marks.count == 0 && cuts.count == 0) {
      return null;
    }
    return new ReadingText(text, glosses.mergedWith(marks).mergedWith(cuts));
  }

  /** {@return the text without its glosses and marks: the text the plan is read from} */
  String reading() {
    return reading;
  }

  /** Where a span that starts at {@code offset} of the reading starts in the text as given. */
  private int start(int offset) {
    return origin[offset];
  }

  /**
   * Where a span that ends at {@code offset} of the reading (exclusive) ends in the text as given:
   * right after its last char, so a mark after that char is outside it.
   */
  private int end(int offset) {
    return offset == 0 ? 0 : origin[offset - 1] + 1;
  }

  private int count() {
    return kinds.length;
  }

  private int rangeStart(int k) {
    return ranges[2 * k];
  }

  private int rangeEnd(int k) {
    return ranges[2 * k + 1];
  }

  private RegionKind kind(int k) {
    return kinds[k] == Ranges.GLOSS ? RegionKind.UNREAD : RegionKind.FURNITURE;
  }

  /**
   * Stretches of a text to set aside, in input order, each of one kind; a finder adds them. Not
   * thread-safe.
   */
  static final class Ranges {
    /** A pronunciation gloss. */
    static final byte GLOSS = 0;
    /** A mark of the copy's layout. */
    static final byte MARK = 1;
    /** A mark that shows where a line break was lost: the reading has a line break in its place. */
    static final byte BREAK = 2;
    private final byte kind;
    /** Grown at the first stretch added: most texts hold none. */
    private int[] ranges = new int[0];
    private byte[] kinds = new byte[0];
    private int count;

    Ranges(byte kind) {
      this.kind = kind;
    }

    /** The stretches added, two entries ({@code start, end}) each, in the order added. */
    int[] stretches() {
      return Arrays.copyOf(ranges, count);
    }

    /** Adds {@code [start, end)} of this set's kind; it starts at or after the end of the last one added. */
    void add(int start, int end) {
      add(start, end, kind);
    }

    /** Adds {@code [start, end)}, a mark that stands where a line break was lost (read as one). */
    void addBreak(int start, int end) {
      add(start, end, BREAK);
    }

    private void add(int start, int end, byte rangeKind) {
      if (count + 2 > ranges.length) {
        ranges = Arrays.copyOf(ranges, Math.max(16, ranges.length * 2));
        kinds = Arrays.copyOf(kinds, ranges.length / 2);
      }
      kinds[count / 2] = rangeKind;
      ranges[count++] = start;
      ranges[count++] = end;
    }

    /** These and {@code other}'s stretches in input order; one that overlaps an earlier one is left out. */
    private Ranges mergedWith(Ranges other) {
      Ranges out = new Ranges(kind);
      int i = 0;
      int j = 0;
      int last = 0;
      while (i < count || j < other.count) {
        boolean mine = j >= other.count || i < count && ranges[i] <= other.ranges[j];
        int start = mine ? ranges[i] : other.ranges[j];
        int end = mine ? ranges[i + 1] : other.ranges[j + 1];
        byte rangeKind = mine ? kinds[i / 2] : other.kinds[j / 2];
        if (start >= last) {
          out.add(start, end, rangeKind);
          last = end;
        }
        if (mine) {
          i += 2;
        } else {
          j += 2;
        }
      }
      return out;
    }
  }

  /** {@code plan}, read from {@link #reading()}, with its spans in the text as given. */
  Plan toText(Plan plan) {
    List<Section> sections = new ArrayList<>(plan.sections().size());
    plan.sections().forEach(s -> sections.add(section(s)));
    List<DocumentReference> references = new ArrayList<>(plan.references().size());
    plan.references().forEach(r -> references.add(r.withSpan(span(r.span()))));
    Notice notice = plan.notice();
    return Plan.builder()
        .from(plan)
        .notice(notice == null ? null : notice.withSpan(span(notice.span())))
        .references(references)
        .sections(sections)
        .diagnostics(diagnostics(plan.diagnostics()))
        .regions(regions(plan.regions()))
        .build();
  }

  /** A strict parse's exception, its offset, line and column taken to the text as given. */
  PlanParseException toText(PlanParseException e) {
    int at = start(Math.min(e.getErrorIndex(), reading.length()));
    return new PlanParseException(e.getCode(), e.detail(), text, at, source.line(at), source.column(at));
  }

  private @Nullable SourceSpan span(@Nullable SourceSpan span) {
    if (span == null) {
      return null;
    }
    int start = start(span.start());
    return SourceSpan.of(start, span.end() == span.start() ? start : end(span.end()));
  }

  private Section section(Section section) {
    List<Subsection> subsections = new ArrayList<>(section.subsections().size());
    section.subsections().forEach(s -> subsections.add(Subsection.builder()
        .from(s).span(span(s.span())).tasks(tasks(s.tasks())).build()));
    return Section.builder()
        .from(section)
        .span(span(section.span()))
        .goals(targets(section.goals()))
        .subsections(subsections)
        .tasks(tasks(section.tasks()))
        .build();
  }

  private List<Task> tasks(List<Task> tasks) {
    List<Task> out = new ArrayList<>(tasks.size());
    for (Task task : tasks) {
      List<SourceSpan> notes = new ArrayList<>(task.noteSpans().size());
      task.noteSpans().forEach(n -> notes.add(span(n)));
      out.add(Task.builder()
          .from(task)
          .span(span(task.span()))
          .bodySpan(span(task.bodySpan()))
          .noteSpans(notes)
          .targets(targets(task.targets()))
          .build());
    }
    return out;
  }

  private List<Target> targets(List<Target> targets) {
    List<Target> out = new ArrayList<>(targets.size());
    for (Target target : targets) {
      SourceSpan span = span(target.span());
      out.add(Target.builder()
          .from(target)
          .span(span)
          .text(span.length() == target.text().length() ? target.text() : text.substring(span.start(), span.end()))
          .build());
    }
    return out;
  }

  /** The diagnostics mapped, each gloss's own added, in input order. */
  private List<Diagnostic> diagnostics(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>(diagnostics.size() + count());
    for (Diagnostic d : diagnostics) {
      SourceSpan span = span(d.span());
      out.add(Diagnostic.builder()
          .from(d)
          .span(span)
          .line(d.line() == null ? null : source.line(span.start()))
          .column(d.column() == null ? null : source.column(span.start()))
          .build());
    }
    for (int k = 0; k < count(); k++) {
      if (kinds[k] != Ranges.GLOSS) {
        continue;
      }
      int start = rangeStart(k);
      int end = rangeEnd(k);
      out.add(Diagnostic.builder()
          .code(DiagnosticCode.GLOSS_SET_ASIDE)
          .message("the pronunciation gloss \"" + text.substring(start, end) + "\" after \""
              + text.charAt(start - 1) + "\" is set aside: the text is read without it")
          .span(SourceSpan.of(start, end))
          .line(source.line(start))
          .column(source.column(start))
          .build());
    }
    out.sort(Comparator.comparingInt(d -> d.span().start()));
    return out;
  }

  /**
   * The regions mapped; a stretch set aside inside one stays in it (a gloss or mark inside a task
   * is part of the task as written), and one between regions is a region of its own: a gloss
   * unread (its diagnostic covers it), a mark furniture.
   */
  private List<Region> regions(List<Region> regions) {
    List<Region> out = new ArrayList<>(regions.size() + count());
    int k = 0;
    for (Region region : regions) {
      SourceSpan span = span(region.span());
      while (k < count() && rangeStart(k) < span.start()) {
        out.add(Region.of(kind(k), SourceSpan.of(rangeStart(k), rangeEnd(k))));
        k++;
      }
      while (k < count() && rangeStart(k) < span.end()) {
        k++;
      }
      out.add(Region.of(region.kind(), span));
    }
    for (; k < count(); k++) {
      out.add(Region.of(kind(k), SourceSpan.of(rangeStart(k), rangeEnd(k))));
    }
    return out;
  }
}
