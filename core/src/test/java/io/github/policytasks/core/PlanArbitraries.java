package io.github.policytasks.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid plans, with varied decimal scales and fractions. */
final class PlanArbitraries {
  private static final List<String> UNITS =
      List.of("家", "个", "万亩", "亿元", "万元", "%", "个百分点", "兆瓦", "万人次", "平方米", "吨");
  private static final List<String> NAMES =
      List.of("县科技局", "县发展和改革局", "县委组织部", "县城建集团", "嘉祥街道办事处", "市生态环境局嘉祥县分局");

  private PlanArbitraries() {}

  static Arbitrary<Amount> amounts() {
    Arbitrary<Amount> decimals =
        Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(14)),
                Arbitraries.integers().between(0, 6))
            .as((unscaled, scale) -> Amount.of(new BigDecimal(unscaled, scale)));
    Arbitrary<Amount> fractions =
        Combinators.combine(
                Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.of(3L, 7L, 9L, 15L, 21L))
            .as((n, d) -> Amount.ofRatio(BigInteger.valueOf(n), BigInteger.valueOf(d)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, decimals), net.jqwik.api.Tuple.of(1, fractions));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("创新平台家以上突破亿元,.：（）“”\n\t a1").ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
  }

  static Arbitrary<SourceSpan> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 500))
        .as((s, len) -> SourceSpan.of(s, s + len));
  }

  static Arbitrary<LeadUnit> leadUnits() {
    return Combinators.combine(
            Arbitraries.of(NAMES),
            Arbitraries.of(NAMES).injectNull(0.5),
            Arbitraries.of(UnitLevel.class).injectNull(0.3),
            Arbitraries.of(OrganizationKind.class).injectNull(0.3))
        .as((n, c, l, k) -> LeadUnit.builder().name(n).canonicalName(c).level(l).kind(k).build());
  }

  /** A target of task or section {@code taskId} numbered {@code index}, its span from {@code base + 50 * index}. */
  static Arbitrary<Target> targets(String taskId, int index, int base) {
    return Combinators.combine(
            Arbitraries.of(Bound.class),
            Arbitraries.of(TargetKind.class),
            Arbitraries.of(Direction.class),
            amounts(),
            amounts(),
            Arbitraries.of(UNITS),
            Combinators.combine(texts(), texts().injectNull(0.3), spans(), dates().injectNull(0.7),
                Arbitraries.of(Dimension.class).injectNull(0.2)).as(Extra::new),
            amounts().injectNull(0.2))
        .as((comparator, kind, direction, a, b, unit, extra, normalized) -> {
          Amount low = a.compareTo(b) <= 0 ? a : b;
          Amount high = a.compareTo(b) <= 0 ? b : a;
          boolean range = comparator == Bound.RANGE;
          return Target.builder()
              .id(taskId + ".g" + index)
              .text(extra.text)
              .span(SourceSpan.of(base + 50 * index, base + 50 * index + extra.text.length()))
              .subject(extra.subject)
              .comparator(comparator)
              .kind(kind)
              .direction(kind.hasDirection() ? direction : null)
              .value(Quantity.of(low, Unit.of(unit)))
              .upper(range ? Quantity.of(high, Unit.of(unit)) : null)
              .normalized(normalized == null ? null : Quantity.of(normalized, Unit.of("元")))
              .normalizedUpper(range && normalized != null ? Quantity.of(normalized, Unit.of("元")) : null)
              .dimension(normalized == null ? null : extra.dimension == null ? Dimension.CURRENCY : extra.dimension)
              .deadline(extra.deadline)
              .build();
        });
  }

  private static final class Extra {
    final String text;
    final String subject;
    final SourceSpan span;
    final LocalDate deadline;
    final Dimension dimension;

    Extra(String text, String subject, SourceSpan span, LocalDate deadline, Dimension dimension) {
      this.text = text;
      this.subject = subject;
      this.span = span;
      this.deadline = deadline;
      this.dimension = dimension;
    }
  }

  static Arbitrary<Task> tasks(int ordinal) {
    String id = "t" + ordinal;
    Arbitrary<List<Target>> targets =
        Arbitraries.integers().between(0, 3).flatMap(n -> {
          List<Arbitrary<Target>> parts = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            parts.add(targets(id, i, ordinal * 1000));
          }
          return Combinators.combine(parts).as(list -> list);
        });
    return Combinators.combine(
            Arbitraries.integers().between(0, 200),
            texts().injectNull(0.3),
            texts(),
            Arbitraries.integers().between(0, 500).map(len -> SourceSpan.of(ordinal * 1000, ordinal * 1000 + 300 + len)),
            leadUnits().list().ofMaxSize(3),
            leadUnits().list().ofMaxSize(2),
            texts().list().ofMaxSize(2),
            Combinators.combine(dates().injectNull(0.6), targets, Arbitraries.strings().withChars("1.（一）、").ofLength(2).injectNull(0.5))
                .as((d, t, l) -> new Object[] {d, t, l}))
        .as((number, title, text, span, leads, supports, leaders, rest) ->
            Task.builder()
                .id(id)
                .number(number)
                .label((String) rest[2])
                .title(title)
                .text(text)
                .span(span)
                .leadUnits(leads)
                .supportingUnits(supports)
                .leaders(leaders)
                .deadline((LocalDate) rest[0])
                .targets(castTargets(rest[1]))
                .build());
  }

  @SuppressWarnings("unchecked")
  private static List<Target> castTargets(Object targets) {
    return (List<Target>) targets;
  }

  static Arbitrary<Plan> plans() {
    Arbitrary<List<Integer>> shape = Arbitraries.integers().between(0, 4).list().ofMinSize(0).ofMaxSize(4);
    return shape.flatMap(sizes -> {
      List<Arbitrary<Section>> sections = new ArrayList<>();
      int ordinal = 1;
      for (int s = 0; s < sizes.size(); s++) {
        List<Arbitrary<Task>> tasks = new ArrayList<>();
        for (int t = 0; t < sizes.get(s); t++) {
          tasks.add(tasks(ordinal++));
        }
        String sectionId = "s" + (s + 1);
        int number = s + 1;
        Arbitrary<Boolean> split = Arbitraries.of(true, false);
        Arbitrary<List<Target>> goals = Arbitraries.integers().between(0, 2).flatMap(n -> {
          List<Arbitrary<Target>> parts = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            parts.add(targets(sectionId, i, 0));
          }
          return Combinators.combine(parts).as(list -> list);
        });
        sections.add(Combinators.combine(Combinators.combine(tasks).as(l -> l), texts().injectNull(0.2), split, goals)
            .as((list, title, inSubsection, goalList) -> {
              Section.Builder b = Section.builder().id(sectionId).number(number).title(title).goals(goalList);
              if (inSubsection && !list.isEmpty()) {
                b.addSubsections(Subsection.builder().id(sectionId + ".1").number(1).title(title).tasks(list).build());
              } else {
                b.tasks(list);
              }
              return b.build();
            }));
      }
      return Combinators.combine(
              Combinators.combine(sections).as(l -> l),
              texts().injectNull(0.2),
              Arbitraries.integers().between(1990, 2100).injectNull(0.2),
              metadata(),
              diagnostics().list().ofMaxSize(3),
              references().list().ofMaxSize(3))
          .as((list, title, year, metadata, diagnostics, references) ->
              Plan.builder()
                  .metadata(metadata)
                  .title(title)
                  .year(year)
                  .sections(list)
                  .diagnostics(diagnostics)
                  .references(references)
                  .build());
    });
  }

  static Arbitrary<PlanMetadata> metadata() {
    return Combinators.combine(texts().injectNull(0.4), texts().injectNull(0.4), dates().injectNull(0.4), dates().injectNull(0.4))
        .as((title, number, written, published) ->
            PlanMetadata.builder().title(title).documentNumber(number).writtenDate(written).publishedDate(published).build());
  }

  static Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(Arbitraries.of(DiagnosticCode.class), texts(), spans(), Arbitraries.integers().between(1, 999))
        .as((code, msg, span, line) ->
            Diagnostic.builder().code(code).message(msg.isBlank() ? "m" : msg).span(span).line(line).column(1).build());
  }

  static Arbitrary<DocumentReference> references() {
    return Combinators.combine(texts(), texts().injectNull(0.5))
        .as((t, n) -> DocumentReference.builder().title(t).documentNumber(n).build());
  }
}
