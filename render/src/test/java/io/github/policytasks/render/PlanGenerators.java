package io.github.policytasks.render;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of plans and render styles. Plans have 1..4 sections (or the implicit one),
 * tasks before and inside subsections, running or restarted numbering, 1..3 lead units and up
 * to 3 supporting units from a realistic pool, targets of every comparator, kind, unit and
 * numeral form, leaders and month-end deadlines. Everything is built from combinators and
 * {@code map}, so counterexamples shrink to few sections, tasks and targets with small values.
 */
final class PlanGenerators {
  private PlanGenerators() {}

  /** Plans, wrapped for readable reports. */
  static Arbitrary<GeneratedPlan> plans() {
    return planSpecs().map(PlanAssembly::assemble).map(GeneratedPlan::new);
  }

  /** Every render style the renderer accepts. */
  static Arbitrary<RenderStyle> styles() {
    Arbitrary<RenderStyle.Builder> layout = Combinators.combine(
            Arbitraries.of(Punctuation.class),
            Arbitraries.of(TaskNumbering.class),
            Arbitraries.of(true, false),
            Arbitraries.of(NoteKeys.class),
            Arbitraries.of(NoteLayout.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((punctuation, numbering, space, keys, noteLayout, traditional, subsections) ->
            RenderStyle.builder()
                .punctuation(punctuation)
                .taskNumbering(numbering)
                .spaceAfterTaskNumber(space)
                .noteKeys(keys)
                .noteLayout(keys == NoteKeys.VERB && noteLayout == NoteLayout.OWN_LINES
                    ? NoteLayout.IN_BRACKETS : noteLayout)
                .traditionalNoteKeys(traditional)
                .subsectionHeadings(subsections && numbering != TaskNumbering.PARENTHESISED_CHINESE));
    return Combinators.combine(
            layout,
            Arbitraries.of(HeaderTable.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(LineEnding.class),
            Arbitraries.of(NoteSeparator.class),
            Arbitraries.of(UnitSeparator.class),
            Arbitraries.frequency(Tuple.of(4, TaskLayout.LINES), Tuple.of(1, TaskLayout.PIPE_TABLE)))
        .as((builder, header, notice, noise, ending, keySeparator, unitSeparator, taskLayout) -> {
          RenderStyle partial = builder.build();
          boolean table = taskLayout == TaskLayout.PIPE_TABLE && partial.noteKeys() != NoteKeys.VERB;
          return builder.headerTable(header).notice(notice).webNoise(noise).lineEnding(ending)
              .noteSeparator(keySeparator).unitSeparator(unitSeparator)
              .taskLayout(table ? TaskLayout.PIPE_TABLE : TaskLayout.LINES).build();
        });
  }

  static Arbitrary<PlanSpec> planSpecs() {
    Arbitrary<PlanSpec.SectionSpec> section = Combinators.combine(
            Arbitraries.integers().between(0, 50),
            tasks().list().ofMaxSize(4),
            subsections().list().ofMaxSize(2))
        .as(PlanSpec.SectionSpec::new);
    Arbitrary<PlanSpec> withoutReferences = Combinators.combine(
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(2021, 2030),
            Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)),
            Arbitraries.of(true, false),
            section.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as((place, theme, year, implicit, running, sections, metadata, notice) ->
            new PlanSpec(place, theme, year, implicit, running, sections, metadata, notice, List.of()));
    return Combinators.combine(withoutReferences, Arbitraries.integers().between(0, 5).list().ofMaxSize(2))
        .as((plan, references) -> new PlanSpec(plan.placeIndex(), plan.themeIndex(), plan.year(),
            plan.implicitSection(), plan.runningNumbering(), plan.sections(), plan.withMetadata(),
            plan.withNotice(), references));
  }

  private static Arbitrary<PlanSpec.SubsectionSpec> subsections() {
    return Combinators.combine(Arbitraries.integers().between(0, 20), tasks().list().ofMinSize(1).ofMaxSize(3))
        .as(PlanSpec.SubsectionSpec::new);
  }

  static Arbitrary<PlanSpec.TaskSpec> tasks() {
    return Combinators.combine(
            Arbitraries.integers().between(-1, 200),
            Arbitraries.integers().between(0, 200).list().ofMaxSize(2),
            targets().list().ofMaxSize(3),
            Arbitraries.of(GeneratorPools.UNITS).list().uniqueElements().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(1, 3),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(List.<String>of())),
                Tuple.of(2, Arbitraries.of(GeneratorPools.LEADERS).list().uniqueElements().ofMinSize(1).ofMaxSize(2))),
            Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(0)), Tuple.of(3, Arbitraries.integers().between(1, 12))),
            Arbitraries.of(false, true))
        .as(PlanSpec.TaskSpec::new);
  }

  static Arbitrary<TargetSpec> targets() {
    Arbitrary<TargetSpec> words = Combinators.combine(
            Arbitraries.of(TargetKind.class),
            Arbitraries.of(Bound.class),
            Arbitraries.integers().between(0, 59),
            Arbitraries.integers().between(0, 99),
            Arbitraries.longs().between(1, 99_999),
            Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(2, 2)),
            Arbitraries.longs().between(1, 999),
            Arbitraries.integers().between(0, 19))
        .as((kind, comparator, wording, unit, unscaled, scale, width, subject) ->
            new TargetSpec(kind, comparator, wording, unit, unscaled, scale, width, subject, false,
                TargetSpec.NumeralForm.DIGITS));
    return Combinators.combine(words, Arbitraries.of(false, true), Arbitraries.of(TargetSpec.NumeralForm.class))
        .as((t, decrease, numerals) -> new TargetSpec(t.kind(), t.comparator(), t.wording(),
            t.unitIndex(), t.unscaled(), t.scale(), t.rangeWidth(), t.subjectIndex(), decrease, numerals));
  }
}
