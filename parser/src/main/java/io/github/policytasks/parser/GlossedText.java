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
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan read from a text with {@link PronunciationGlosses pronunciation glosses}, taken back to the
 * text as given: every span of the plan read from the text without its glosses is mapped into the
 * text as given, and nothing is lost: each gloss is an {@link RegionKind#UNREAD} region of its own
 * with a {@link DiagnosticCode#GLOSS_SET_ASIDE} diagnostic of the same span (annotation guide §6,
 * a copy reads as the original). Names, titles and texts stay as read, without the glosses; a
 * target whose words held a gloss keeps its words as written, so that its text is its span's.
 * Not thread-safe: one instance serves one parse.
 */
final class GlossedText {
  private final String text;
  private final PronunciationGlosses glosses;
  private final SourceText source;

  /** The glosses {@code glosses} of {@code text}, the text as given. */
  GlossedText(String text, PronunciationGlosses glosses) {
    this.text = text;
    this.glosses = glosses;
    this.source = new SourceText(text);
  }

  /** {@code plan}, read from {@link PronunciationGlosses#reading()}, with its spans in the text as given. */
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
    int at = glosses.start(Math.min(e.getErrorIndex(), glosses.reading().length()));
    return new PlanParseException(e.getCode(), e.detail(), text, at, source.line(at), source.column(at));
  }

  private @Nullable SourceSpan span(@Nullable SourceSpan span) {
    if (span == null) {
      return null;
    }
    int start = glosses.start(span.start());
    return SourceSpan.of(start, span.end() == span.start() ? start : glosses.end(span.end()));
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
    List<Diagnostic> out = new ArrayList<>(diagnostics.size() + glosses.count());
    for (Diagnostic d : diagnostics) {
      SourceSpan span = span(d.span());
      out.add(Diagnostic.builder()
          .from(d)
          .span(span)
          .line(d.line() == null ? null : source.line(span.start()))
          .column(d.column() == null ? null : source.column(span.start()))
          .build());
    }
    for (int k = 0; k < glosses.count(); k++) {
      int start = glosses.glossStart(k);
      int end = glosses.glossEnd(k);
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

  /** The regions mapped, each cut where a gloss lies inside it, and each gloss an unread region. */
  private List<Region> regions(List<Region> regions) {
    List<Region> out = new ArrayList<>(regions.size() + 2 * glosses.count());
    int k = 0;
    for (Region region : regions) {
      SourceSpan span = span(region.span());
      int start = span.start();
      while (k < glosses.count() && glosses.glossStart(k) < span.end()) {
        int glossStart = glosses.glossStart(k);
        if (glossStart >= start) {
          if (glossStart > start) {
            out.add(Region.of(region.kind(), SourceSpan.of(start, glossStart)));
          }
          start = glosses.glossEnd(k);
        }
        out.add(Region.of(RegionKind.UNREAD, SourceSpan.of(glossStart, glosses.glossEnd(k))));
        k++;
      }
      if (span.end() > start) {
        out.add(Region.of(region.kind(), SourceSpan.of(start, span.end())));
      }
    }
    for (; k < glosses.count(); k++) {
      out.add(Region.of(RegionKind.UNREAD, SourceSpan.of(glosses.glossStart(k), glosses.glossEnd(k))));
    }
    return out;
  }
}
