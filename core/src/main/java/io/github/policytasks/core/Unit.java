package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit of measure as written in a plan: its symbol ({@code 万亩}, {@code 家}, {@code %},
 * {@code 个百分点}). The symbol is all the core model knows; the catalogue that gives a unit its
 * dimension and exact factor lives in the {@code metrics} module. Immutable and thread-safe.
 */
public final class Unit {
  private final String symbol;

  private Unit(String symbol) {
    this.symbol = symbol;
  }

  /**
   * {@return the unit written {@code symbol}}
   *
   * @param symbol a unit symbol or alias
   * @throws IllegalArgumentException if the symbol is empty or has surrounding whitespace
   */
  @JsonCreator
  public static Unit of(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isEmpty() || !symbol.strip().equals(symbol)) {
      throw new IllegalArgumentException(
          "Unit symbol \"" + symbol + "\" is empty or has surrounding whitespace");
    }
    return new Unit(symbol);
  }

  /** {@return the symbol as written} */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Unit && ((Unit) o).symbol.equals(symbol);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  @Override
  public String toString() {
    return symbol;
  }
}
