package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of the {@link UnitCatalogue}: its symbol, other spellings, dimension, and the exact
 * factor that turns an amount in this unit into an amount in its canonical unit ({@code 万亩}:
 * AREA, factor {@code 20000000/3}, canonical {@code 平方米}). Two units convert into each other
 * exactly when they share a canonical unit; for counts the canonical unit is the classifier
 * ({@code 万人次} → {@code 人次}), so different classifiers never mix. Build one with {@code
 * UnitDefinition.of("亩", Dimension.AREA, "2000/3", "平方米")} or {@code UnitDefinition.builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractUnitDefinition {

  /** {@return the symbol, as the catalogue writes it ({@code 万亩})} */
  @Value.Parameter
  public abstract Unit symbol();

  /** {@return the dimension of the unit} */
  @Value.Parameter
  public abstract Dimension dimension();

  /**
   * {@return the exact factor to {@link #canonical()}: one of this unit is {@code factor} of that}
   */
  @Value.Parameter
  public abstract Amount factor();

  /**
   * {@return the unit every quantity of this unit normalises to ({@code 平方米}, or the classifier)}
   */
  @Value.Parameter
  public abstract Unit canonical();

  /** {@return other spellings of the same unit ({@code ％} for {@code %}, {@code 平方千米} for 平方公里)} */
  public abstract List<String> aliases();

  /**
   * {@return the unit {@code symbol}: {@code factor} (a decimal, or a fraction such as {@code
   * 2000/3}) times {@code canonical}}
   *
   * @param symbol a unit symbol or alias
   * @param dimension the dimension of the targets wanted
   * @param factor the exact factor to the canonical unit
   * @param canonical a canonical unit
   */
  public static UnitDefinition of(
      String symbol, Dimension dimension, String factor, String canonical) {
    return UnitDefinition.of(Unit.of(symbol), dimension, Amount.parse(factor), Unit.of(canonical));
  }

  /** {@return whether this unit is its own canonical unit (factor 1)} */
  public final boolean isCanonical() {
    return symbol().equals(canonical());
  }

  /** {@return for a count, its classifier ({@code 人次} for {@code 万人次}); empty for measures} */
  public final Optional<String> classifier() {
    return dimension() == Dimension.COUNT ? Optional.of(canonical().symbol()) : Optional.empty();
  }

  @Value.Check
  void check() {
    if (factor().signum() <= 0) {
      throw new IllegalArgumentException(
          "Unit " + symbol() + ": factor " + factor() + " to " + canonical() + " must be positive");
    }
    if (isCanonical() && !factor().isEquivalentTo(Amount.ONE)) {
      throw new IllegalArgumentException(
          "Unit " + symbol() + " is its own canonical unit, so its factor must be 1, not "
              + factor());
    }
    for (String alias : aliases()) {
      if (alias.isEmpty() || !alias.strip().equals(alias)) {
        throw new IllegalArgumentException(
            "Unit " + symbol() + ": alias \"" + alias
                + "\" is empty or has surrounding whitespace");
      }
    }
  }

  @Override
  public String toString() {
    return symbol() + " = " + factor() + " " + canonical() + " (" + dimension() + ")";
  }
}
