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
   * {@return a heading for display: the task's title, whole, or when it has none the start of its
   * text cut to a short heading (exports carry the title and the text whole, in their own columns)}
   *
   * @param task the task of the target, or null for a goal of its section
   */
  public static String taskTitle(Task task) {
    String title = task.title();
    return title != null ? title : DisplayWidth.truncate(task.text(), TITLE_FALLBACK_WIDTH);
  }

  /**
   * {@return the task as {@code 12. 搭建创新平台}}
   *
   * @param task the task of the target, or null for a goal of its section
   */
  public static String taskHeading(Task task) {
    return task.number() + ". " + taskTitle(task);
  }

  /**
   * {@return the written names of {@code units}, joined by {@code 、}}
   *
   * @param units the units
   */
  public static String units(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining(UNIT_SEPARATOR));
  }

  /**
   * {@return a one- or two-character symbol for {@code comparator}: ≥ &gt; ≤ &lt; ≈ – =}
   *
   * @param comparator the bound of the targets wanted
   */
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

  /**
   * {@return the kind in lower case, with ↑ or ↓ for the direction of a change: {@code growth ↑}}
   *
   * @param target the target
   */
  public static String kind(Target target) {
    String kind = target.kind().name().toLowerCase(Locale.ROOT);
    if (target.direction() == null) {
      return kind;
    }
    return kind + (target.direction() == Direction.INCREASE ? " ↑" : " ↓");
  }

  /**
   * {@return the written value, or {@code lower–upper} for a range: {@code 8–10}}
   *
   * @param target the target
   */
  public static String writtenValue(Target target) {
    return amountRange(target.value(), target.upper(), false);
  }

  /**
   * {@return the normalized value with its canonical unit, readable ({@link #readable}): {@code
   * 3,080,000 平方米}, {@code ≈1,026,666,667 平方米}; a range as {@code 10,000–20,000 平方米}; empty when
   * the unit is unknown} The exact value is in the exports.
   *
   * @param target the target
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
   * {@return {@code amount} for reading: thousands separators, at most two decimal places below
   * 1,000 and none from 1,000 up, rounded half-even and marked {@code ≈} when rounding changed it}
   *
   * @param amount the figure as an exact quantity
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

  /**
   * {@return the exact text of an amount ({@code 150}, {@code 69200000/3}), or {@code null}}
   *
   * @param quantity the actual figure
   */
  public static @Nullable String exact(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.amount().toString();
  }

  /**
   * {@return the unit symbol of {@code quantity}, or {@code null}}
   *
   * @param quantity the actual figure
   */
  public static @Nullable String unit(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.unit().symbol();
  }

  /**
   * {@return {@code amount} for display: exact when it has a decimal form, otherwise rounded
   * half-even to two places after {@code ≈} ({@code ≈23066666.67})}
   *
   * @param amount the figure as an exact quantity
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
