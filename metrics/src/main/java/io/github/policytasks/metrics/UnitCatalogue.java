package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The units a plan may write, as data: each {@link UnitDefinition} gives a symbol, aliases, a
 * dimension and an exact factor to its canonical unit (annotation guide §4). {@link #standard()}
 * is loaded from the commented table {@code io/github/policytasks/metrics/units.txt} and the
 * prefix magnitudes of the lexicon ({@code lexicon/magnitudes.txt}); every count classifier in it,
 * under its symbol and under each alias, is also known with each magnitude word in front ({@code
 * 万人}, {@code 亿人次}, {@code 千户}, {@code 万人(次)}).
 *
 * <p>Lookups fold Traditional characters and full-width ASCII ({@code 萬畝} finds {@code 万亩},
 * {@code ％} finds {@code %}). Scanners use {@link #unitLengthAt} or {@link #matchAt}: the longest
 * unit spelling that starts at a position ({@code 个百分点} rather than {@code 个}, {@code 万千瓦时}
 * rather than {@code 万千瓦}); these walk a precomputed trie and do not allocate.
 *
 * <p>Users register their own units with {@code UnitCatalogue.standard().toBuilder()
 * .add(UnitDefinition.of("担", Dimension.MASS, "50", "千克")).addClassifier("畦").build()}.
 * Immutable and thread-safe.
 */
public final class UnitCatalogue {
  private static final String TABLE = "units.txt";

  private final List<UnitDefinition> explicit;
  private final Map<String, Amount> magnitudes;
  private final List<UnitDefinition> units;
  private final Map<String, UnitDefinition> bySpelling;
  private final @Nullable String bareCanonical;
  private final Map<String, UnitDefinition> bareMagnitudes;
  private final UnitTrie trie;

  private UnitCatalogue(Builder builder) {
    this.explicit = List.copyOf(builder.definitions.values());
    this.magnitudes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.magnitudes));
    Map<String, UnitDefinition> spellings = new HashMap<>();
    List<UnitDefinition> all = new ArrayList<>();
    for (UnitDefinition definition : explicit) {
      register(spellings, definition.symbol().symbol(), definition);
      for (String alias : definition.aliases()) {
        register(spellings, alias, definition);
      }
      all.add(definition);
    }
    for (UnitDefinition classifier : explicit) {
      if (classifier.dimension() != Dimension.COUNT || !classifier.isCanonical()) {
        continue;
      }
      List<String> written = new ArrayList<>();
      written.add(classifier.symbol().symbol());
      written.addAll(classifier.aliases());
      for (String spelling : written) {
        for (Map.Entry<String, Amount> magnitude : magnitudes.entrySet()) {
          String symbol = magnitude.getKey() + spelling;
          if (spellings.containsKey(Folding.fold(symbol))) {
            continue;
          }
          UnitDefinition generated = UnitDefinition.of(
              Unit.of(symbol), Dimension.COUNT, magnitude.getValue(), classifier.canonical());
          register(spellings, symbol, generated);
          all.add(generated);
        }
      }
    }
    for (UnitDefinition definition : explicit) {
      UnitDefinition canonical = spellings.get(Folding.fold(definition.canonical().symbol()));
      if (canonical == null || !canonical.isCanonical()
          || canonical.dimension() != definition.dimension()) {
        throw new IllegalArgumentException(
            "Unit " + definition.symbol() + ": its canonical unit " + definition.canonical()
                + " must itself be a " + definition.dimension() + " unit with factor 1");
      }
    }
    this.units = List.copyOf(all);
    this.bySpelling = Map.copyOf(spellings);
    this.bareCanonical = builder.bareCanonical;
    this.bareMagnitudes = bareMagnitudes(builder.bareCanonical, magnitudes, spellings);
    this.trie = UnitTrie.of(spellings);
  }

  /**
   * The magnitude words alone as units of a bare count ({@code 万} = 10000 {@code canonical}),
   * and {@code canonical} itself, keyed by folded spelling; none when {@code canonical} is null.
   * A spelling the table already gives keeps the table's meaning.
   */
  private static Map<String, UnitDefinition> bareMagnitudes(@Nullable String canonical,
      Map<String, Amount> magnitudes, Map<String, UnitDefinition> spellings) {
    if (canonical == null) {
      return Map.of();
    }
    Unit bare = Unit.of(canonical);
    Map<String, UnitDefinition> bareUnits = new HashMap<>();
    if (!spellings.containsKey(Folding.fold(canonical))) {
      bareUnits.put(Folding.fold(canonical), UnitDefinition.of(bare, Dimension.COUNT, Amount.ONE, bare));
    }
    for (Map.Entry<String, Amount> magnitude : magnitudes.entrySet()) {
      String key = Folding.fold(magnitude.getKey());
      if (!spellings.containsKey(key)) {
        bareUnits.put(key, UnitDefinition.of(
            Unit.of(magnitude.getKey()), Dimension.COUNT, magnitude.getValue(), bare));
      }
    }
    return Map.copyOf(bareUnits);
  }

  private static void register(
      Map<String, UnitDefinition> spellings, String spelling, UnitDefinition definition) {
    String key = Folding.fold(spelling);
    UnitDefinition previous = spellings.putIfAbsent(key, definition);
    if (previous != null && !previous.equals(definition)) {
      throw new IllegalArgumentException(
          "Unit spelling \"" + spelling + "\" is claimed by both " + previous.symbol() + " and "
              + definition.symbol());
    }
  }

  /**
   * {@return the standard catalogue: every unit of annotation guide §4 and the common ones of the
   * genre}
   */
  public static UnitCatalogue standard() {
    return Standard.INSTANCE;
  }

  /** {@return an empty builder: no units, no magnitudes} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this catalogue's table units and magnitudes, to add units to} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (UnitDefinition definition : explicit) {
      builder.add(definition);
    }
    builder.magnitudes.putAll(magnitudes);
    builder.bareCanonical = bareCanonical;
    return builder;
  }

  /**
   * {@return the unit written {@code symbol} (a symbol or an alias, in Simplified or Traditional
   * characters, half- or full-width)}
   *
   * @param symbol a unit symbol or alias
   */
  public Optional<UnitDefinition> find(String symbol) {
    return Optional.ofNullable(lookup(Objects.requireNonNull(symbol, "symbol")));
  }

  /**
   * {@return the definition of {@code unit}, if the catalogue knows it}
   *
   * @param unit a unit
   */
  public Optional<UnitDefinition> find(Unit unit) {
    return find(unit.symbol());
  }

  /**
   * {@return the definition of {@code unit}}
   *
   * @param unit a unit
   * @throws UnknownUnitException naming the unit when the catalogue does not know it
   */
  public UnitDefinition require(Unit unit) {
    UnitDefinition definition = lookup(unit.symbol());
    if (definition == null) {
      throw new UnknownUnitException(unit.symbol());
    }
    return definition;
  }

  /**
   * {@return whether the catalogue knows {@code symbol}}
   *
   * @param symbol a unit symbol or alias
   */
  public boolean contains(String symbol) {
    return lookup(symbol) != null;
  }

  @Nullable UnitDefinition lookup(String symbol) {
    UnitDefinition definition = bySpelling.get(symbol);
    if (definition == null) {
      String folded = Folding.fold(symbol);
      if (!folded.equals(symbol)) {
        definition = bySpelling.get(folded);
      }
      if (definition == null && !bareMagnitudes.isEmpty()) {
        definition = bareMagnitudes.get(folded);
      }
    }
    return definition;
  }

  /**
   * The unit of a magnitude written without classifier ({@code 新增就业3万以上}, annotation guide
   * §6): {@code 万} = 10000 of the table's bare-count classifier ({@code @bare} line), or empty
   * when {@code word} is no magnitude or the catalogue has no bare counts. {@link #find} knows
   * these units too; scanners never match them ({@link #matchAt} and {@link #unitLengthAt} leave
   * {@code 3万4000} and {@code 1.5万平方米} whole), and {@link #units()} does not list them.
   *
   * @param word a magnitude word ({@code 万}, {@code 亿})
   * @return the unit of that magnitude as a bare count, if the catalogue has bare counts
   */
  public Optional<UnitDefinition> bareMagnitude(String word) {
    return Optional.ofNullable(bareMagnitudes.get(Folding.fold(Objects.requireNonNull(word, "word"))));
  }

  /**
   * {@return the length of the longest unit spelling that starts at {@code from} in {@code text},
   * or 0 when none does} Does not allocate.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, text.length()]}
   */
  public int unitLengthAt(CharSequence text, int from) {
    return unitLengthAt(text, from, text.length());
  }

  /**
   * As {@link #unitLengthAt(CharSequence, int)}, reading no char at or past {@code end}.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the length of the longest unit at {@code from} that ends by {@code end}, 0 when none
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= end <= text.length()}
   */
  public int unitLengthAt(CharSequence text, int from, int end) {
    UnitTrie.Node node = trie.longestAt(text, from, checkRange(text, from, end));
    return node == null ? 0 : node.depth;
  }

  /**
   * {@return the longest unit that starts at {@code from} in {@code text}, with where it ends}
   *
   * @param text the text to read
   * @param from the index of the first char to read
   */
  public Optional<UnitMatch> matchAt(CharSequence text, int from) {
    return matchAt(text, from, text.length());
  }

  /**
   * As {@link #matchAt(CharSequence, int)}, reading no char at or past {@code end}.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the longest unit at {@code from} that ends by {@code end}, if any
   */
  public Optional<UnitMatch> matchAt(CharSequence text, int from, int end) {
    UnitTrie.Node node = trie.longestAt(text, from, checkRange(text, from, end));
    if (node == null || node.definition == null) {
      return Optional.empty();
    }
    return Optional.of(new UnitMatch(from, from + node.depth, node.writtenAt(text, from), node.definition));
  }

  /**
   * As {@link #matchAt(CharSequence, int, int)}, null when no unit starts at {@code from}: for
   * scanners that ask at many positions and find no unit at most of them.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the longest unit at {@code from} that ends by {@code end}, or null
   */
  public @Nullable UnitMatch unitAt(CharSequence text, int from, int end) {
    UnitTrie.Node node = trie.longestAt(text, from, checkRange(text, from, end));
    if (node == null || node.definition == null) {
      return null;
    }
    return new UnitMatch(from, from + node.depth, node.writtenAt(text, from), node.definition);
  }

  UnitTrie.@Nullable Node nodeAt(CharSequence text, int from, int end) {
    return trie.longestAt(text, from, end);
  }

  private static int checkRange(CharSequence text, int from, int end) {
    Objects.checkFromToIndex(from, end, text.length());
    return end;
  }

  /**
   * {@return every unit: the table's, then the generated magnitude forms of each count classifier}
   */
  public List<UnitDefinition> units() {
    return units;
  }

  /** {@return the magnitude words ({@code 万} → 10000) that prefix every count classifier} */
  public Map<String, Amount> magnitudes() {
    return magnitudes;
  }

  @Override
  public String toString() {
    return "UnitCatalogue[" + units.size() + " units]";
  }

  /**
   * Collects units and magnitudes for a {@link UnitCatalogue}; not thread-safe. Spellings are
   * checked when {@link #build()} runs: one spelling may not name two different units.
   */
  public static final class Builder {
    private final LinkedHashMap<String, UnitDefinition> definitions = new LinkedHashMap<>();
    private final LinkedHashMap<String, Amount> magnitudes = new LinkedHashMap<>();
    private @Nullable String bareCanonical;

    private Builder() {}

    /**
     * Makes every magnitude word, written alone after a number, a count of {@code classifier}
     * ({@code 3万} = 30000 {@code classifier}; annotation guide §6, a magnitude without
     * classifier). {@code classifier} must be no other unit of the table.
     *
     * @param classifier a count classifier ({@code 家}, {@code 个})
     * @return this builder
     */
    public Builder bareCounts(String classifier) {
      bareCanonical = Unit.of(classifier).symbol();
      return this;
    }

    /**
     * Adds {@code definition}.
     *
     * @param definition a unit definition
     * @return this builder
     * @throws IllegalArgumentException if a unit of the same symbol is already present
     */
    public Builder add(UnitDefinition definition) {
      String key = Folding.fold(definition.symbol().symbol());
      if (definitions.containsKey(key)) {
        throw new IllegalArgumentException("Unit " + definition.symbol() + " is already defined as "
            + definitions.get(key) + "; remove it first to replace it");
      }
      definitions.put(key, definition);
      return this;
    }

    /**
     * Adds the unit {@code symbol} = {@code factor} {@code canonical}, with {@code aliases}.
     *
     * @param symbol a unit symbol or alias
     * @param dimension the dimension of the targets wanted
     * @param factor the exact factor to the canonical unit
     * @param canonical the canonical unit the factor converts to
     * @param aliases written names mapped to their canonical full names
     * @return this builder
     */
    public Builder add(
        String symbol, Dimension dimension, String factor, String canonical, String... aliases) {
      return add(UnitDefinition.builder()
          .from(UnitDefinition.of(symbol, dimension, factor, canonical))
          .addAliases(aliases)
          .build());
    }

    /**
     * Adds the count classifier {@code classifier} (its own canonical unit) and its aliases.
     *
     * @param classifier a count classifier ({@code 家}, {@code 个})
     * @param aliases written names mapped to their canonical full names
     * @return this builder
     */
    public Builder addClassifier(String classifier, String... aliases) {
      return add(classifier, Dimension.COUNT, "1", classifier, aliases);
    }

    /**
     * Adds the magnitude word {@code prefix} (such as {@code 万}) with its exact {@code factor}.
     *
     * @param prefix a magnitude word ({@code 万})
     * @param factor the exact factor to the canonical unit
     * @return this builder
     */
    public Builder addMagnitude(String prefix, Amount factor) {
      Unit.of(prefix);
      if (factor.signum() <= 0) {
        throw new IllegalArgumentException(
            "Magnitude " + prefix + ": factor " + factor + " must be positive");
      }
      magnitudes.put(prefix, factor);
      return this;
    }

    /**
     * Removes the unit {@code symbol} if present (to replace it with another definition).
     *
     * @param symbol a unit symbol or alias
     * @return this builder
     */
    public Builder remove(String symbol) {
      definitions.remove(Folding.fold(symbol));
      return this;
    }

    /**
     * Adds every line of a unit table in the format of {@code units.txt}: {@code symbol dimension
     * factor canonical [aliases]}, {@code @magnitude prefix factor} or {@code @bare classifier}
     * ({@link #bareCounts}), {@code #} comments.
     *
     * @param table the lines of a unit table
     * @param source the name of the input, for messages
     * @return this builder
     * @throws IllegalArgumentException naming {@code source} and the line when a line is malformed
     * @throws UncheckedIOException if reading fails
     */
    public Builder load(Reader table, String source) {
      UnitTableReader.read(table, source, this);
      return this;
    }

    /**
     * {@return the catalogue}
     * @throws IllegalArgumentException if one spelling names two different units
     */
    public UnitCatalogue build() {
      return new UnitCatalogue(this);
    }
  }

  private static final class Standard {
    static final UnitCatalogue INSTANCE = load();

    private static UnitCatalogue load() {
      try (InputStream in = UnitCatalogue.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException("Unit table " + TABLE + " is missing from the classpath");
        }
        Builder builder = builder();
        for (Magnitude magnitude : Magnitudes.all()) {
          if (magnitude.prefix()) {
            builder.addMagnitude(magnitude.word(), magnitude.factor());
          }
        }
        return builder.load(new InputStreamReader(in, StandardCharsets.UTF_8), TABLE).build();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read unit table " + TABLE, e);
      }
    }
  }
}
