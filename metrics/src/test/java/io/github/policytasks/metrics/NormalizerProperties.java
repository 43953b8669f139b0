package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class NormalizerProperties {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final List<UnitDefinition> UNITS = UnitCatalogue.standard().units();

  /** Decimals with scales from -3 to 6, trailing zeros included on purpose. */
  @Provide
  static Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(-3, 6))
        .as(BigDecimal::valueOf);
  }

  @Provide
  static Arbitrary<UnitDefinition> units() {
    return Arbitraries.of(UNITS);
  }

  /** Two units that share a canonical unit. */
  @Provide
  static Arbitrary<Tuple.Tuple2<UnitDefinition, UnitDefinition>> compatiblePairs() {
    return units().flatMap(a -> {
      List<UnitDefinition> mates = UNITS.stream()
          .filter(b -> b.canonical().equals(a.canonical()))
          .collect(Collectors.toList());
      return Arbitraries.of(mates).map(b -> Tuple.of(a, b));
    });
  }

  @Property
  void convertThenConvertBack_isIdentity(
      @ForAll("amounts") BigDecimal amount,
      @ForAll("compatiblePairs") Tuple.Tuple2<UnitDefinition, UnitDefinition> pair) {
    Quantity q = Quantity.of(Amount.of(amount), pair.get1().symbol());

    Quantity there = NORMALIZER.convert(q, pair.get2().symbol());
    Quantity back = NORMALIZER.convert(there, pair.get1().symbol());

    assertThat(back.unit()).isEqualTo(q.unit());
    assertThat(back.amount().isEquivalentTo(q.amount())).isTrue();
  }

  @Property
  void normalizing_isIdempotent(
      @ForAll("amounts") BigDecimal amount, @ForAll("units") UnitDefinition unit) {
    Quantity once = NORMALIZER.normalize(Quantity.of(Amount.of(amount), unit.symbol()));

    assertThat(NORMALIZER.normalize(once)).isEqualTo(once);
    assertThat(once.unit()).isEqualTo(unit.canonical());
  }

  @Property
  void normalizingWithTheDefinition_isNormalizingTheQuantityInAnySpellingOfItsUnit(
      @ForAll("amounts") BigDecimal amount, @ForAll("units") UnitDefinition unit) {
    Amount written = Amount.of(amount);
    Quantity byDefinition = NORMALIZER.normalize(written, unit);

    assertThat(byDefinition).isEqualTo(NORMALIZER.normalize(Quantity.of(written, unit.symbol())));
    for (String alias : unit.aliases()) {
      assertThat(byDefinition).isEqualTo(NORMALIZER.normalize(Quantity.of(written, Unit.of(alias))));
    }
  }

  @Property
  void normalizing_agreesWithConvertingToTheCanonicalUnit(
      @ForAll("amounts") BigDecimal amount, @ForAll("units") UnitDefinition unit) {
    Quantity q = Quantity.of(Amount.of(amount), unit.symbol());

    assertThat(NORMALIZER.normalize(q)).isEqualTo(NORMALIZER.convert(q, unit.canonical()));
  }

  @Property
  void magnitudeInTheUnit_equalsMagnitudeInTheAmount(@ForAll("amounts") BigDecimal amount) {
    Quantity inTenThousands = Quantity.of(Amount.of(amount), Unit.of("万平方米"));
    Quantity plain = Quantity.of(Amount.of(amount.movePointRight(4)), Unit.of("平方米"));

    assertThat(NORMALIZER.normalize(inTenThousands)).isEqualTo(NORMALIZER.normalize(plain));
  }

  @Property
  void normalizing_doesNotDependOnTheWrittenScale(
      @ForAll("amounts") BigDecimal amount, @ForAll("units") UnitDefinition unit) {
    Quantity written = Quantity.of(Amount.of(amount), unit.symbol());
    Quantity padded = Quantity.of(Amount.of(amount.setScale(amount.scale() + 3)), unit.symbol());

    assertThat(NORMALIZER.normalize(padded)).isEqualTo(NORMALIZER.normalize(written));
  }
}
