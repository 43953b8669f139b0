package io.github.policytasks.metrics.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The magnitude words of {@code magnitudes.txt} (annotation guide §4): {@code 万} = 10^4, {@code
 * 亿} = 10^8, {@code 万亿} = 10^12, and {@code 千}, {@code 百} after digits; the unit catalogue
 * prefixes the {@link Magnitude#prefix()} ones to count classifiers, and figures are read with
 * the {@link Magnitude#group()} and {@link Magnitude#multiply()} ones. Immutable and thread-safe.
 */
public final class Magnitudes {
  private static final List<Magnitude> ALL = LexiconFile.read("magnitudes.txt", 3, 3).stream()
      .map(row -> {
        Set<String> roles = Set.of(row.field(2).split(","));
        for (String role : roles) {
          if (!Set.of("prefix", "group", "multiply").contains(role)) {
            throw row.error("unknown role \"" + role + "\"");
          }
        }
        return new Magnitude(LexiconFile.folded(row, row.field(0)), Integer.parseInt(row.field(1)),
            roles.contains("prefix"), roles.contains("group"), roles.contains("multiply"));
      }).toList();
  private static final WordTable<Magnitude> GROUP = table(ALL.stream().filter(Magnitude::group).toList());
  private static final WordTable<Magnitude> MULTIPLY =
      table(ALL.stream().filter(Magnitude::multiply).toList());

  private Magnitudes() {}

  private static WordTable<Magnitude> table(List<Magnitude> magnitudes) {
    Map<String, Magnitude> map = new HashMap<>();
    for (Magnitude magnitude : magnitudes) {
      map.put(magnitude.word(), magnitude);
    }
    return WordTable.of(map);
  }

  /** {@return every magnitude word, smallest first, as the data file lists them} */
  public static List<Magnitude> all() {
    return ALL;
  }

  /**
   * {@return the magnitudes that join the groups of a figure ({@code 万}, {@code 亿}, {@code 万亿})}
   */
  public static WordTable<Magnitude> group() {
    return GROUP;
  }

  /** {@return the magnitudes that multiply the Arabic digits before them ({@code 千}, {@code 百})} */
  public static WordTable<Magnitude> multiply() {
    return MULTIPLY;
  }

  /**
   * {@return the word of the magnitude {@code 10^exponent} ({@code 4} → {@code 万}), or null}
   *
   * @param exponent the power of ten
   */
  public static @Nullable String word(int exponent) {
    for (Magnitude magnitude : ALL) {
      if (magnitude.exponent() == exponent) {
        return magnitude.word();
      }
    }
    return null;
  }
}
