package io.github.policytasks.parser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many matched targets had each of their fields right, field by field: the breakdown behind
 * a plan's field accuracy. It holds counts only, so it is safe to print for a held-out plan.
 */
final class FieldTally {
  /** The fields of a matched target that the breakdown counts, in report order. */
  enum Field {
    COMPARATOR("comparator"),
    KIND("kind"),
    DIRECTION("direction"),
    UPPER("upper"),
    NORMALIZED("normalized"),
    UNIT("unit"),
    DEADLINE("deadline");

    final String label;

    Field(String label) {
      this.label = label;
    }
  }

  int matched;
  private final Map<Field, Integer> compared = new EnumMap<>(Field.class);
  private final Map<Field, Integer> right = new EnumMap<>(Field.class);

  FieldTally() {
    for (Field field : Field.values()) {
      compared.put(field, 0);
      right.put(field, 0);
    }
  }

  /** Counts one matched target, with the fields that could be compared and whether each was right. */
  void count(Map<Field, Boolean> fields) {
    matched++;
    fields.forEach((field, isRight) -> {
      compared.merge(field, 1, Integer::sum);
      right.merge(field, isRight ? 1 : 0, Integer::sum);
    });
  }

  /** Matched targets on which {@code field} could be compared. */
  int compared(Field field) {
    return compared.get(field);
  }

  /** Matched targets with {@code field} right. */
  int right(Field field) {
    return right.get(field);
  }

  /**
   * Share of the matched targets on which {@code field} was compared that had it right, rounded
   * half-even to three decimals; 1 when it was compared on none.
   */
  BigDecimal share(Field field) {
    int whole = compared.get(field);
    if (whole == 0) {
      return BigDecimal.ONE.setScale(3);
    }
    return BigDecimal.valueOf(right.get(field)).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_EVEN);
  }

  /** The share, followed by the number compared in brackets when that is not every matched target. */
  String cell(Field field) {
    int whole = compared.get(field);
    return whole == matched ? share(field).toString() : share(field) + " (" + whole + ")";
  }

  /** Adds another tally's counts to this one. */
  void add(FieldTally other) {
    matched += other.matched;
    other.compared.forEach((field, n) -> compared.merge(field, n, Integer::sum));
    other.right.forEach((field, n) -> right.merge(field, n, Integer::sum));
  }
}
