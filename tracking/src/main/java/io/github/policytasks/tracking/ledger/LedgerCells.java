package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How ledger values are written as text in the renderers: bound symbols, ranges, exact and
 * display forms of amounts, lists of units. Stateless and thread-safe.
 */
public final class LedgerCells {
  /** The separator between units of one list, as plans write it. */
  public static final String UNIT_SEPARATOR = "、";

  private static final int TITLE_FALLBACK_WIDTH = 24;

  private LedgerCells() {}

  /**
   * A heading for display: the task's title, whole, or when it has none the start of its text cut
   * to a short heading (exports carry the title and the text whole, in their own columns).
   */
  public static String taskTitle(Task task) {
    String title = task.title();
    return title != null ? title : DisplayWidth.truncate(task.text(), TITLE_FALLBACK_WIDTH);
  }

  /** The task as {@code 12. 搭建创新平台}. */
  public static String taskHeading(Task task) {
    return task.number() + ". " + taskTitle(task);
  }

  /** The written names of {@code units}, joined by {@code 、}. */
  public static String units(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining(UNIT_SEPARATOR));
  }

  /** A one- or two-character symbol for {@code comparator}: ≥ &gt; ≤ &lt; ≈ – =. */
  public static String boundSymbol(Bound comparator) {
    switch (comparator) {
      case AT_LEAST:
        return "≥";
      case MORE_THAN:
        return ">";
      case AT_MOST:
        return "≤";
      case LESS_THAN:
        return "<";
      case APPROXIMATELY:
        return "≈";
      case RANGE:
        return "–";
      case EXACTLY:
        return "=";
      default:
        throw new IllegalArgumentException("Unknown comparator " + comparator);
    }
  }

  /** The kind in lower case, with ↑ or ↓ for the direction of a change: {@code growth ↑}. */
  public static String kind(Target target) {
    String kind = target.kind().name().toLowerCase(Locale.ROOT);
    if (target.direction() == null) {
      return kind;
    }
    return kind + (target.direction() == Direction.INCREASE ? " ↑" : " ↓");
  }

  /** The written value, or {@code lower–upper} for a range: {@code 8–10}. */
  public static String writtenValue(Target target) {
    return amountRange(target.value(), target.upper(), false);
  }

  /**
   * The normalized value with its canonical unit, readable ({@link #readable}): {@code 3,080,000
   * 平方米}, {@code ≈1,026,666,667 平方米}; a range as {@code 10,000–20,000 平方米}; empty when the
   * unit is unknown. The exact value is in the exports.
   */
  public static String normalizedForDisplay(Target target) {
    Quantity normalized = target.normalized();
    if (normalized == null) {
      return "";
    }
    Quantity upper = target.normalizedUpper();
    return readable(normalized.amount())
        + (upper == null ? "" : "–" + readable(upper.amount())) + " " + normalized.unit();
  }

  /**
   * {@code amount} for reading: thousands separators, at most two decimal places below 1,000 and
   * none from 1,000 up, rounded half-even and marked {@code ≈} when rounding changed it.
   */
  public static String readable(Amount amount) {
    java.math.BigDecimal exact = amount.hasDecimalForm() ? amount.toBigDecimal() : null;
    int places = amount.toBigDecimal(0, RoundingMode.DOWN).abs()
        .compareTo(java.math.BigDecimal.valueOf(1000)) >= 0 ? 0 : 2;
    java.math.BigDecimal rounded = amount.toBigDecimal(places, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    if (rounded.scale() < 0) {
      rounded = rounded.setScale(0);
    }
    boolean changed = exact == null || rounded.compareTo(exact) != 0;
    return (changed ? "≈" : "")
        + String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded);
  }

  /** The exact text of an amount ({@code 150}, {@code 69200000/3}), or {@code null}. */
  public static @Nullable String exact(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.amount().toString();
  }

  /** The unit symbol of {@code quantity}, or {@code null}. */
  public static @Nullable String unit(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.unit().symbol();
  }

  /**
   * {@code amount} for display: exact when it has a decimal form, otherwise rounded half-even to
   * two places after {@code ≈} ({@code ≈23066666.67}).
   */
  public static String displayAmount(Amount amount) {
    if (amount.hasDecimalForm()) {
      return amount.toString();
    }
    return "≈" + amount.toBigDecimal(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String amountRange(Quantity lower, @Nullable Quantity upper, boolean rounded) {
    String text = rounded ? displayAmount(lower.amount()) : lower.amount().toString();
    if (upper == null) {
      return text;
    }
    return text + "–" + (rounded ? displayAmount(upper.amount()) : upper.amount().toString());
  }
}
