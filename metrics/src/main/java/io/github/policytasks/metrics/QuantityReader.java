package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.PercentWords;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads written quantities exactly: a figure ({@link NumberReader}) and the longest catalogue unit
 * after it, spaces between them allowed: {@code 0.22万人} → {@code 0.22 万人}, {@code 1,200家},
 * {@code 3万4000吨} → {@code 34000 吨}, {@code 两个} → {@code 2 个}, {@code 一百二十万元} → {@code 120
 * 万元}, {@code 1.5万平方米}, {@code ４．５％}; also a percent or per-mille in words (the lexicon's
 * {@code percent-words.txt}): {@code 百分之五十} → {@code 50 %}, {@code 千分之六} → {@code 6 ‰}; a share
 * written as a fraction in digits ({@code 1/3} → {@code 100/3 %}, {@link BoundGrammar#fractionInDigits})
 * or as a word ({@code 一半} → {@code 50 %}, {@link BoundGrammar#figureWord}). A whole text that is
 * a magnitude without classifier parses as a bare count ({@code 3万} → {@code 3 万}, {@link
 * BoundGrammar#bareMagnitude}); {@link #readAt} leaves that to its caller, since {@code 3万} may
 * open a range ({@code 3万-5万亩}). Value and unit stay
 * as written; {@link Normalizer} gives the canonical form. Immutable and thread-safe.
 */
public final class QuantityReader {
  private static final QuantityReader STANDARD = new QuantityReader(NumberReader.standard());
  private static final WordTable<String> PERCENT_WORDS = PercentWords.table();
  private static final UnitDefinition PERCENT_DEFINITION =
      UnitDefinition.of("%", Dimension.PERCENT, "1", "%");

  private final NumberReader numbers;
  private final UnitCatalogue catalogue;

  private QuantityReader(NumberReader numbers) {
    this.numbers = numbers;
    this.catalogue = numbers.catalogue();
  }

  /** {@return a reader over the {@linkplain UnitCatalogue#standard() standard catalogue}} */
  public static QuantityReader standard() {
    return STANDARD;
  }

  /**
   * {@return a reader over {@code catalogue}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static QuantityReader of(UnitCatalogue catalogue) {
    return new QuantityReader(NumberReader.of(catalogue));
  }

  /** {@return the catalogue in use} */
  public UnitCatalogue catalogue() {
    return catalogue;
  }

  /**
   * {@return the quantity that {@code text} consists of, surrounding whitespace allowed}
   *
   * @param text the text to read
   * @throws QuantityParseException with the index of the first char that is not part of a figure
   *     and a known unit: no figure, an unknown or missing unit, or text after the unit
   */
  public Quantity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int from = skipSpaces(text, 0, text.length());
    int end = trimEnd(text);
    QuantityReading reading = readAt(text, from, end)
        .orElseThrow(() -> new QuantityParseException("Expected a figure", text, from));
    if (reading.unit().isEmpty() && reading.end() == end) {
      reading = BoundGrammar.bareMagnitude(text, reading.number(), catalogue).orElse(reading);
    }
    if (reading.unit().isEmpty()) {
      int at = skipSpaces(text, reading.end(), end);
      throw new QuantityParseException(
          at < end
              ? "Unknown unit \"" + rest(text, at, end) + "\""
              : "Expected a unit after the figure",
          text, at);
    }
    if (reading.end() != end) {
      throw new QuantityParseException(
          "Unexpected \"" + rest(text, reading.end(), end) + "\" after the quantity", text,
          reading.end());
    }
    return reading.quantity().orElseThrow();
  }

  /**
   * {@return the figure that starts at {@code from} and the unit after it, if any; empty when no
   * figure starts there}
   *
   * @param text the text to read
   * @param from the index of the first char to read
   */
  public Optional<QuantityReading> readAt(CharSequence text, int from) {
    return readAt(text, from, text.length());
  }

  /**
   * As {@link #readAt(CharSequence, int)}, reading no char at or past {@code end}.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the quantity read, if one starts at {@code from}
   */
  public Optional<QuantityReading> readAt(CharSequence text, int from, int end) {
    Objects.checkFromToIndex(from, end, text.length());
    if (from < end && PERCENT_WORDS.couldStart(Folding.fold(text.charAt(from)))) {
      WordTable.Match<String> word = PERCENT_WORDS.matchAt(Folding.view(text), from, end);
      UnitDefinition unit = word == null ? null : percentWordUnit(word.meaning());
      if (unit != null) {
        int figure = word.end();
        Optional<NumberReading> number = numbers.readAt(text, figure, end);
        if (number.isEmpty()) {
          number = Optional.ofNullable(BoundGrammar.wholeOfPercentWord(text, from, figure, end));
        }
        Amount factor = PercentWords.factor(Folding.fold(text.subSequence(from, figure).toString()));
        return number.map(n -> new QuantityReading(n.times(factor),
            new UnitMatch(from, figure, Unit.of(word.meaning()), unit), from, n.end()));
      }
    }
    QuantityReading word = BoundGrammar.figureWord(text, from, end, catalogue);
    if (word != null) {
      return Optional.of(word);
    }
    Optional<NumberReading> number = numbers.readAt(text, from, end);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    NumberReading n = number.get();
    int unitStart = skipSpaces(text, n.end(), end);
    Optional<UnitMatch> unit = catalogue.matchAt(text, unitStart, end);
    if (unit.isPresent()) {
      return Optional.of(new QuantityReading(n, unit.get(), from, unit.get().end()));
    }
    QuantityReading share = BoundGrammar.fractionInDigits(text, n, end, catalogue);
    return Optional.of(share != null ? share : new QuantityReading(n, null, from, n.end()));
  }

  /** The catalogue unit a percent word writes its figure in; {@code %} even in a catalogue without it. */
  private @Nullable UnitDefinition percentWordUnit(String symbol) {
    Optional<UnitDefinition> unit = catalogue.find(symbol);
    return unit.isPresent() ? unit.get() : symbol.equals("%") ? PERCENT_DEFINITION : null;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  static int skipSpaces(CharSequence text, int from, int end) {
    int i = from;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(CharSequence text) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  static String rest(CharSequence text, int from, int end) {
    return text.subSequence(from, Math.min(end, from + 16)).toString();
  }
}
