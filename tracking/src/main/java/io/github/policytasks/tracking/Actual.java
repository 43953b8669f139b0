package io.github.policytasks.tracking;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One actual figure reported for one target: the target id, the figure as written ({@code
 * 52万千瓦}, {@code 8.4%}, {@code 86}), its exact amount and unit ({@code unit} absent when the
 * figure is a bare number, which then counts in the target's own unit), the date it stands at
 * when the sheet gives one, and where it was read ({@code actuals.csv, row 7}). Immutable and
 * thread-safe.
 *
 * @param targetId the target's id, {@code t47.g1}
 * @param figure the figure as written
 * @param amount the exact amount of the figure
 * @param unit the unit of the figure, or {@code null} for a bare number (the target's unit)
 * @param date the date the figure stands at, or {@code null} when undated
 * @param source where the figure was read, for messages
 */
public record Actual(
    String targetId,
    String figure,
    Amount amount,
    @Nullable Unit unit,
    @Nullable LocalDate date,
    String source) {

  /**
   * Checks that no required component is null.
   *
   * @param targetId the id of the target
   * @param figure the figure as written
   * @param amount the figure as an exact quantity
   * @param unit the unit as written
   * @param date the date the figure stands at, or null
   * @param source where the figure was read ({@code actuals.csv, row 7})
   */
  public Actual {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return an undated actual {@code quantity} for {@code targetId}, written as the quantity
   * reads}
   *
   * @param targetId the id of the target
   * @param quantity the actual figure
   */
  public static Actual of(String targetId, Quantity quantity) {
    return new Actual(targetId, quantity.toString(), quantity.amount(), quantity.unit(), null,
        "given");
  }

  /**
   * {@return the figure as a quantity, a bare number taking {@code targetUnit}}
   *
   * @param targetUnit the unit of the target
   */
  public Quantity quantityIn(Unit targetUnit) {
    return Quantity.of(amount, unit != null ? unit : targetUnit);
  }

  /**
   * {@return a copy dated {@code date}}
   *
   * @param date the date the figure stands at, or null
   */
  public Actual withDate(@Nullable LocalDate date) {
    return new Actual(targetId, figure, amount, unit, date, source);
  }
}
