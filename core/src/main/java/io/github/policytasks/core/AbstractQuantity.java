package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An exact amount with the unit it is written in: {@code 150 亿元}, {@code 0.22 万人}, {@code
 * 69200000/3 平方米}. Equality is structural (same amount, same scale, same unit symbol); the
 * conversion-aware comparison lives in the {@code metrics} module. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"amount", "unit"})
abstract class AbstractQuantity {

  /** {@return the exact amount, as written} */
  @Value.Parameter
  public abstract Amount amount();

  /** {@return the unit, as written} */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * {@return the quantity {@code amount unit}: {@code Quantity.of("1.5", "万平方米")}}
   *
   * @param amount the figure as an exact quantity
   * @param unit the unit
   */
  public static Quantity of(String amount, String unit) {
    return Quantity.of(Amount.parse(amount), Unit.of(unit));
  }

  /**
   * {@return the quantity {@code amount unit}}
   *
   * @param amount the figure as an exact quantity
   * @param unit the unit
   */
  public static Quantity of(BigDecimal amount, String unit) {
    return Quantity.of(Amount.of(amount), Unit.of(unit));
  }

  /** The amount and unit run together, as a plan writes them: {@code 150亿元}. */
  @Override
  public String toString() {
    return amount() + unit().symbol();
  }
}
