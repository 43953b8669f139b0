package io.github.policytasks.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.render.PlanRenderer;
import io.github.policytasks.render.RenderStyle;
import io.github.policytasks.render.HeaderTable;
import io.github.policytasks.render.LineEnding;
import io.github.policytasks.render.NoteKeys;
import io.github.policytasks.render.NoteLayout;
import io.github.policytasks.render.NoteSeparator;
import io.github.policytasks.render.Punctuation;
import io.github.policytasks.render.TaskLayout;
import io.github.policytasks.render.TaskNumbering;
import io.github.policytasks.render.UnitSeparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed plan read from its text, written again in each style of the genre and read back, is
 * the same plan: every task with its number and title, its units, its targets and its deadline.
 */
class SeedRoundTripTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static Plan seed;

  @BeforeAll
  static void parseSeed() {
    seed = PARSER.parse(Seeds.jiaxiang2023Text());
  }

  static Stream<RenderStyle> styles() {
    RenderStyle base = RenderStyle.defaults();
    return Stream.of(
        base,
        base.toBuilder().punctuation(Punctuation.FULL_WIDTH).taskNumbering(TaskNumbering.FULL_WIDTH_DOT).build(),
        base.toBuilder().taskNumbering(TaskNumbering.IDEOGRAPHIC_COMMA).noteKeys(NoteKeys.LEAD_DEPARTMENT)
            .noteLayout(NoteLayout.TORTOISE_SHELL_BRACKETS).build(),
        base.toBuilder().noteLayout(NoteLayout.OWN_LINES).traditionalNoteKeys(true).build(),
        base.toBuilder().noteKeys(NoteKeys.RESPONSIBLE_FIRST_LEADS).punctuation(Punctuation.FULL_WIDTH).build(),
        base.toBuilder().spaceAfterTaskNumber(false).build(),
        base.toBuilder().taskNumbering(TaskNumbering.PARENTHESISED_CHINESE).subsectionHeadings(false).build(),
        base.toBuilder().headerTable(HeaderTable.BOTH).notice(true).webNoise(true)
            .lineEnding(LineEnding.CRLF).build(),
        base.toBuilder().taskLayout(TaskLayout.PIPE_TABLE).build(),
        base.toBuilder().noteSeparator(NoteSeparator.COMMA).unitSeparator(UnitSeparator.COMMA)
            .punctuation(Punctuation.FULL_WIDTH).build(),
        base.toBuilder().noteSeparator(NoteSeparator.SPACE).lineEnding(LineEnding.CR).build());
  }

  @ParameterizedTest
  @MethodSource("styles")
  void renderThenParse_seedInAnyStyle_keepsTasksUnitsTargetsAndDeadlines(RenderStyle style) {
    assertRoundTrip(style);
  }

  @Test
  void renderThenParse_seedWithVerbNotes_keepsTasksUnitsTargetsAndDeadlines() {
    assertRoundTrip(RenderStyle.builder().noteKeys(NoteKeys.VERB).build());
  }

  private static void assertRoundTrip(RenderStyle style) {
    String text = PlanRenderer.of(style).render(seed);

    Plan again = PARSER.parse(text);

    assertThat(again.sections()).extracting(s -> s.number()).isEqualTo(
        seed.sections().stream().map(s -> s.number()).toList());
    assertThat(tasks(again)).isEqualTo(tasks(seed));
    assertThat(units(again)).isEqualTo(units(seed));
    assertThat(targets(again)).isEqualTo(targets(seed));
    assertThat(again.allTasks()).extracting(Task::deadline)
        .isEqualTo(seed.allTasks().stream().map(Task::deadline).toList());
  }

  private static List<String> tasks(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.id() + " " + t.number() + ". " + fold(t.title()))
        .collect(Collectors.toList());
  }

  private static List<String> units(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.id() + " " + names(t.leadUnits()) + " / " + names(t.supportingUnits()))
        .collect(Collectors.toList());
  }

  private static List<String> targets(Plan plan) {
    return plan.allTargets().stream().map(SeedRoundTripTest::target).collect(Collectors.toList());
  }

  private static String target(Target t) {
    return t.id() + " " + t.text() + " " + t.comparator() + " " + t.kind() + " " + t.direction()
        + " " + t.value() + " " + t.upper() + " " + exact(t.normalized());
  }

  private static String exact(@Nullable Quantity q) {
    return q == null ? "null" : q.amount().stripped() + " " + q.unit();
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.toList());
  }

  private static String fold(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int full = "（）：，；".indexOf(c);
      out.append(full >= 0 ? "():,;".charAt(full) : c);
    }
    return out.toString();
  }
}
