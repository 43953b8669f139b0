package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
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


class QuantityArithmeticProperties {
  private static final QuantityArithmetic ARITHMETIC = QuantityArithmetic.standard();
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final List<UnitDefinition> AREA_UNITS = UnitCatalogue.standard().units().stream()
      .filter(u -> u.canonical().symbol().equals("平方米"))
      .collect(Collectors.toList());

  @Provide
  static Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  /** Area quantities written in any area unit (亩 and 万亩 among them), with varied scales. */
  @Provide
  static Arbitrary<Quantity> areas() {
    return Combinators.combine(amounts(), Arbitraries.of(AREA_UNITS))
        .as((amount, unit) -> Quantity.of(Amount.of(amount), unit.symbol()));
  }

  @Property
  void sum_doesNotDependOnOrder(
      @ForAll("listsOfAreas") List<Quantity> parts, @ForAll Random random) {
    List<Quantity> shuffled = new ArrayList<>(parts);
    Collections.shuffle(shuffled, random);

    assertThat(ARITHMETIC.sum(shuffled)).isEqualTo(ARITHMETIC.sum(parts));
  }

  @Provide
  static Arbitrary<List<Quantity>> listsOfAreas() {
    return areas().list().ofMinSize(1).ofMaxSize(12);
  }

  @Property
  void sum_doesNotDependOnTheUnitsThePartsAreWrittenIn(
      @ForAll("listsOfAreas") List<Quantity> parts, @ForAll("areaUnitLists") List<UnitDefinition> units) {
    List<Quantity> rewritten = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      rewritten.add(NORMALIZER.convert(parts.get(i), units.get(i % units.size()).symbol()));
    }

    assertThat(ARITHMETIC.sum(rewritten)).isEqualTo(ARITHMETIC.sum(parts));
  }

  @Provide
  static Arbitrary<List<UnitDefinition>> areaUnitLists() {
    return Arbitraries.of(AREA_UNITS).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void comparisons_agreeAcrossUnits(
      @ForAll("areas") Quantity a, @ForAll("areas") Quantity b,
      @ForAll("areaUnits") UnitDefinition unitA, @ForAll("areaUnits") UnitDefinition unitB) {
    int direct = Integer.signum(ARITHMETIC.compare(a, b));
    int converted = Integer.signum(ARITHMETIC.compare(
        NORMALIZER.convert(a, unitA.symbol()), NORMALIZER.convert(b, unitB.symbol())));
    int canonical = Integer.signum(
        NORMALIZER.canonicalAmount(a).compareTo(NORMALIZER.canonicalAmount(b)));

    assertThat(converted).isEqualTo(direct);
    assertThat(canonical).isEqualTo(direct);
    assertThat(Integer.signum(ARITHMETIC.compare(b, a))).isEqualTo(-direct);
  }

  @Provide
  static Arbitrary<UnitDefinition> areaUnits() {
    return Arbitraries.of(AREA_UNITS);
  }

  @Property
  void plusThenMinus_isIdentity(@ForAll("areas") Quantity a, @ForAll("areas") Quantity b) {
    Quantity back = ARITHMETIC.minus(ARITHMETIC.plus(a, b), b);

    assertThat(back.unit()).isEqualTo(a.unit());
    assertThat(back.amount().isEquivalentTo(a.amount())).isTrue();
  }

  @Property
  void plus_agreesWithSum(@ForAll("areas") Quantity a, @ForAll("areas") Quantity b) {
    assertThat(ARITHMETIC.isEquivalentTo(ARITHMETIC.plus(a, b), ARITHMETIC.sum(List.of(a, b))))
        .isTrue();
  }

  @Property
  void writtenMagnitude_isEquivalentToItsExpansion(@ForAll("amounts") BigDecimal amount) {
    Quantity written = Quantity.of(Amount.of(amount), Unit.of("万平方米"));
    Quantity expanded = Quantity.of(
        Amount.of(amount.movePointRight(4)), Unit.of("平方米"));

    assertThat(ARITHMETIC.isEquivalentTo(written, expanded)).isTrue();
    assertThat(ARITHMETIC.compare(written, expanded)).isZero();
  }
}
