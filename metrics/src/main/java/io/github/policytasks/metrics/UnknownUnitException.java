package io.github.policytasks.metrics;

/**
 * Thrown when a unit symbol is not in the {@link UnitCatalogue} in use; the message and {@link
 * #symbol()} name the unit. Register the unit through {@link UnitCatalogue#toBuilder()} to make it
 * known.
 */
public final class UnknownUnitException extends IllegalArgumentException {
  /** The unit symbol the catalogue does not know. */
  private final String symbol;

  /**
   * An exception for the unknown unit {@code symbol}.
   *
   * @param symbol a unit symbol or alias
   */
  public UnknownUnitException(String symbol) {
    super("Unknown unit \"" + symbol + "\": it is not in the unit catalogue (register it with "
        + "UnitCatalogue.toBuilder())");
    this.symbol = symbol;
  }

  /** {@return the unit symbol that is not known} */
  public String symbol() {
    return symbol;
  }
}
