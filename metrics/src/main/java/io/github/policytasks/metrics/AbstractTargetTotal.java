package io.github.policytasks.metrics;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The total of the targets that share one canonical unit ({@link TargetChecker#rollUp}): all the
 * money targets in 元, all the 家 counts, all the areas in 平方米. {@link #total()} adds the values
 * (a range's lower end), {@link #upperTotal()} adds a range's upper end instead. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractTargetTotal {

  /** {@return the canonical unit the totals are in ({@code 元}, {@code 平方米}, or a classifier)} */
  public abstract Unit canonical();

  /** {@return the dimension of the canonical unit} */
  public abstract Dimension dimension();

  /**
   * {@return the sum of the targets' values (lower ends for ranges), exact, in {@link
   * #canonical()}}
   */
  public abstract Quantity total();

  /** {@return the sum with each range's upper end instead of its lower end, exact} */
  public abstract Quantity upperTotal();

  /** {@return the ids of the targets added, in the order given} */
  public abstract List<String> targetIds();

  /** {@return for counts, the classifier ({@code 家}); empty for measures} */
  public final Optional<String> classifier() {
    return dimension() == Dimension.COUNT ? Optional.of(canonical().symbol()) : Optional.empty();
  }
}
