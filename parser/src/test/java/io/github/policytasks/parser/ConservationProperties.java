package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Conservation of text, the parser's central invariant: every non-blank character of the input
 * lies in exactly one region of the plan, the regions in input order and never overlapping;
 * every task lies inside a task region and every heading inside a heading region; text the
 * parser did not read lies in an {@link RegionKind#UNREAD} region that a diagnostic covers. Checked
 * on generated documents of the genre (where nothing may be unread) and on mutated ones (lines
 * joined, stretches cut, noise and duplicated lines inserted), with a fixed seed and a fixed
 * number of tries, and on every corpus document ({@link CorpusConservationTest}).
 */
class ConservationProperties {
  private static final PlanParser PARSER = PlanParser.create();

  @Property(tries = 4000, seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
  void generatedDocuments_everyCharacterInOneRegion_nothingUnread(@ForAll("documents") String text) {
    Plan plan = PARSER.parse(text);

    assertConserved(text, plan);
    assertThat(plan.regions()).as(text).noneMatch(r -> r.kind() == RegionKind.UNREAD);
  }

  @Property(tries = 6000, seed = "20261201", shrinking = ShrinkingMode.BOUNDED)
  void mutatedDocuments_everyCharacterInOneRegion(@ForAll("mutated") String text) {
    assertConserved(text, PARSER.parse(text));
  }

  @Provide
  Arbitrary<String> documents() {
    return GenreDocuments.documents();
  }

  @Provide
  Arbitrary<String> mutated() {
    return GenreDocuments.mutated();
  }

  /** Asserts the invariant of {@code plan} read from {@code text}. */
  static void assertConserved(String text, Plan plan) {
    List<Region> regions = plan.regions();
    for (int k = 1; k < regions.size(); k++) {
      assertThat(regions.get(k).span().start()).as("regions in order: %s", regions)
          .isGreaterThanOrEqualTo(regions.get(k - 1).span().end());
    }
    String folded = Folding.fold(text);
    for (int i = 0; i < text.length(); i++) {
      char c = folded.charAt(i);
      if (TextChars.isBlank(c) || TextChars.isLineBreak(c)) {
        continue;
      }
      Optional<Region> region = plan.regionAt(i);
      int at = i;
      assertThat(region).as("offset %d (%s) of %s", at, context(text, at), text).isPresent();
    }
    for (Region region : regions) {
      if (region.kind() == RegionKind.UNREAD) {
        assertThat(plan.diagnostics()).as("a diagnostic covers unread %s", region)
            .anyMatch(d -> d.span().encloses(region.span()));
      }
    }
    for (Task task : plan.allTasks()) {
      assertInside(plan, task.span(), RegionKind.TASK, "task " + task.id());
    }
    for (Section section : plan.sections()) {
      if (section.span() != null) {
        assertInside(plan, section.span(), RegionKind.SECTION_HEADING, "section " + section.id());
      }
      for (Subsection sub : section.subsections()) {
        assertInside(plan, sub.span(), RegionKind.SUBSECTION_HEADING, "subsection " + sub.id());
      }
    }
  }

  private static void assertInside(Plan plan, SourceSpan span, RegionKind kind, String what) {
    if (span.length() == 0) {
      return;
    }
    Optional<Region> region = plan.regionAt(span.start());
    assertThat(region).as("%s %s has a region", what, span).isPresent();
    assertThat(region.get().kind()).as("%s %s", what, span).isEqualTo(kind);
    assertThat(region.get().span().encloses(span)).as("%s %s inside %s", what, span, region.get()).isTrue();
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 15), Math.min(text.length(), at + 15));
  }

  /** The diagnostics as one string, for failure messages. */
  static String describe(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(d).append('\n'));
    return out.toString();
  }
}
