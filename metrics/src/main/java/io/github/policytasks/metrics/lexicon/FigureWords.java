package io.github.policytasks.metrics.lexicon;

import io.github.policytasks.core.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of {@code figure-words.txt} that stand for a figure with its unit ({@code 一半} is 50
 * %), in folded form. Whether the context makes such a word a figure is for the reader to say.
 * Immutable and thread-safe.
 */
public final class FigureWords {
  /** A word's figure: its value and the symbol of its catalogue unit. */
  public record Figure(Amount value, String unit) {}

  private static final Map<String, Figure> FIGURES = read();
  private static final WordTable<Figure> TABLE = WordTable.of(FIGURES);

  private FigureWords() {}

  private static Map<String, Figure> read() {
    Map<String, Figure> map = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("figure-words.txt", 3, 3)) {
      Amount value;
      try {
        value = Amount.parse(row.field(1));
      } catch (NumberFormatException e) {
        throw row.error("the value " + row.field(1) + " is not an exact amount");
      }
      if (map.put(LexiconFile.folded(row, row.field(0)), new Figure(value, row.field(2))) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return map;
  }

  /** {@return every word, in the order of the data file} */
  public static List<String> all() {
    return List.copyOf(FIGURES.keySet());
  }

  /** {@return the words, each meaning its figure; matched on folded text} */
  public static WordTable<Figure> table() {
    return TABLE;
  }
}
