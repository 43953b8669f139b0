package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TargetCheckerProperties {
  private static final TargetChecker CHECKER = TargetChecker.standard();
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final QuantityArithmetic ARITHMETIC = QuantityArithmetic.standard();
  private static final List<UnitDefinition> MONEY = UnitCatalogue.standard().units().stream()
      .filter(u -> u.canonical().symbol().equals("元")).collect(Collectors.toList());
  private static final List<UnitDefinition> AREA = UnitCatalogue.standard().units().stream()
      .filter(u -> u.canonical().symbol().equals("平方米")).collect(Collectors.toList());

  @Provide
  static Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000L), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  @Provide
  static Arbitrary<Quantity> areas() {
    return Combinators.combine(amounts(), Arbitraries.of(AREA))
        .as((a, u) -> Quantity.of(Amount.of(a), u.symbol()));
  }

  @Provide
  static Arbitrary<Target> areaTargets() {
    Arbitrary<Bound> single = Arbitraries.of(Bound.AT_LEAST, Bound.MORE_THAN,
        Bound.AT_MOST, Bound.LESS_THAN, Bound.APPROXIMATELY, Bound.EXACTLY);
    Arbitrary<Target> bounded = Combinators.combine(areas(), single).as((value, comparator) ->
        target(comparator, value, null));
    Arbitrary<Target> ranges = Combinators.combine(amounts(), amounts(), Arbitraries.of(AREA))
        .as((a, b, u) -> target(Bound.RANGE, Quantity.of(Amount.of(a.min(b)), u.symbol()),
            Quantity.of(Amount.of(a.max(b)), u.symbol())));
    return Arbitraries.oneOf(bounded, ranges);
  }

  private static Target target(Bound comparator, Quantity value, Quantity upper) {
    return Target.builder()
        .id("t1.g1").text(value.toString()).span(SourceSpan.of(0, 1))
        .comparator(comparator).kind(TargetKind.AMOUNT).value(value).upper(upper).build();
  }

  @Property
  void check_doesNotDependOnTheUnitTheActualIsWrittenIn(
      @ForAll("areaTargets") Target target, @ForAll("areas") Quantity actual,
      @ForAll("areaUnits") UnitDefinition other) {
    TargetCheck direct = CHECKER.check(target, actual);
    TargetCheck converted = CHECKER.check(target, NORMALIZER.convert(actual, other.symbol()));

    assertThat(converted.position()).isEqualTo(direct.position());
    assertThat(converted.gap()).isEqualTo(direct.gap());
    assertThat(direct.gap().unit()).isEqualTo(target.value().unit());
    assertThat(direct.gap().amount().signum()).isGreaterThanOrEqualTo(0);
  }

  @Provide
  static Arbitrary<UnitDefinition> areaUnits() {
    return Arbitraries.of(AREA);
  }

  @Property
  void check_agreesWithTheBounds(@ForAll("areaTargets") Target target, @ForAll("areas") Quantity actual) {
    boolean inBounds = CHECKER.bounds(target).contains(NORMALIZER.canonicalAmount(actual));

    assertThat(CHECKER.check(target, actual).isMet()).isEqualTo(inBounds);
  }

  @Property
  void gap_closesTheDistanceToTheBound(
      @ForAll("areaTargets") Target target, @ForAll("areas") Quantity actual) {
    TargetCheck check = CHECKER.check(target, actual);
    Quantity moved = check.position() == BoundPosition.BELOW
        ? ARITHMETIC.plus(actual, check.gap())
        : ARITHMETIC.minus(actual, check.gap());

    Amount movedCanonical = NORMALIZER.canonicalAmount(moved);
    if (check.position() != BoundPosition.WITHIN) {
      Amount bound = check.position() == BoundPosition.BELOW
          ? check.bounds().lowerEndpoint() : check.bounds().upperEndpoint();
      assertThat(movedCanonical.isEquivalentTo(bound)).isTrue();
    } else {
      assertThat(check.gap().amount().signum()).isZero();
    }
  }

  @Property
  void rollUp_doesNotDependOnOrderOrWrittenUnits(
      @ForAll("moneyLists") List<Quantity> values, @ForAll Random random) {
    List<Target> targets = new ArrayList<>();
    List<Target> rewritten = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Quantity value = values.get(i);
      targets.add(target(Bound.AT_LEAST, value, null).withId("t" + (i + 1) + ".g1"));
      UnitDefinition other = MONEY.get(random.nextInt(MONEY.size()));
      rewritten.add(target(Bound.AT_LEAST, NORMALIZER.convert(value, other.symbol()), null)
          .withId("t" + (i + 1) + ".g1"));
    }
    Collections.shuffle(rewritten, random);

    Quantity total = CHECKER.rollUp(targets).totals().get(0).total();

    assertThat(CHECKER.rollUp(rewritten).totals().get(0).total()).isEqualTo(total);
    assertThat(total).isEqualTo(ARITHMETIC.sum(values));
  }

  @Provide
  static Arbitrary<List<Quantity>> moneyLists() {
    return Combinators.combine(amounts(), Arbitraries.of(MONEY))
        .as((a, u) -> Quantity.of(Amount.of(a), u.symbol()))
        .list().ofMinSize(1).ofMaxSize(10);
  }
}
