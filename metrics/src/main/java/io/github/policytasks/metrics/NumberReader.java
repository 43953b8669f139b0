package io.github.policytasks.metrics;

import io.github.policytasks.core.Amount;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one written figure at a position of a text, exactly (annotation guide §4), for scanners
 * and for {@link QuantityReader}:
 *
 * <ul>
 *   <li>Arabic digits, half- or full-width, with {@code ,} thousands separators in groups of
 *       three ({@code 1,200}; the full-width {@code ，} only between full-width digits, {@code
 *       １，２００}, since elsewhere it separates clauses) and a decimal point ({@code 0.22}, {@code
 *       ４．５});
 *   <li>Chinese numerals: {@code 两} → 2, {@code 十五} → 15, {@code 一百二十} → 120, {@code 一千零五}
 *       → 1005, {@code 三点五} → 3.5, financial ({@code 贰拾}) and Traditional ({@code 兩萬}) forms,
 *       the colloquial {@code 一万五} → 15000 and {@code 二百五} → 250;
 *   <li>magnitudes inside the figure: {@code 3万4000} → 34000, {@code 3亿5000万} → 350000000,
 *       {@code 1,100万} → 11000000, and {@code 千}/{@code 百} after Arabic digits ({@code 5千} → 5000);
 *   <li>open magnitudes: {@code 500多}, {@code 10余}, {@code 十几}, {@code 二百余万} (a floor, {@link
 *       NumberReading#isOpen()}).
 * </ul>
 *
 * <p>A magnitude word right after the first group is left unread when the {@link UnitCatalogue}
 * knows a unit that starts with it: {@code 1.5万平方米} reads {@code 1.5} and leaves {@code 万平方米},
 * {@code 一百二十万元} reads {@code 一百二十}, {@code 500多亿元} reads {@code 500多}. After a larger
 * magnitude the word belongs to the figure ({@code 3亿5000万元} reads {@code 3亿5000万}). Signs are
 * not read: a hyphen between figures is a range. Immutable and thread-safe.
 */
public final class NumberReader {
  private static final NumberReader STANDARD = new NumberReader(UnitCatalogue.standard());

  private final UnitCatalogue catalogue;

  private NumberReader(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * {@return a reader that consults the {@linkplain UnitCatalogue#standard() standard catalogue}}
   */
  public static NumberReader standard() {
    return STANDARD;
  }

  /**
   * {@return a reader that consults {@code catalogue} to leave units unread}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static NumberReader of(UnitCatalogue catalogue) {
    return new NumberReader(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /** {@return the catalogue this reader consults} */
  public UnitCatalogue catalogue() {
    return catalogue;
  }

  /**
   * {@return whether a figure starts at {@code from} in {@code text}}
   *
   * @param text the text to read
   * @param from the index of the first char to read
   */
  public boolean startsNumber(CharSequence text, int from) {
    return readAt(text, from).isPresent();
  }

  /**
   * {@return the figure that starts at {@code from} in {@code text}, or empty when none does}
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, text.length()]}
   */
  public Optional<NumberReading> readAt(CharSequence text, int from) {
    return readAt(text, from, text.length());
  }

  /**
   * As {@link #readAt(CharSequence, int)}, reading no char at or past {@code end}.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the number read, if one starts at {@code from}
   */
  public Optional<NumberReading> readAt(CharSequence text, int from, int end) {
    return Optional.ofNullable(read(text, from, end));
  }

  /**
   * As {@link #readAt(CharSequence, int, int)}, null when no figure starts at {@code from}: for
   * scanners that try every position of a text and find no figure at most of them.
   *
   * @param text the text to read
   * @param from the index of the first char to read
   * @param end the index just past the last char that may be read
   * @return the number read, or null
   * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, end]} or {@code end}
   *     past the text
   */
  public @Nullable NumberReading read(CharSequence text, int from, int end) {
    Objects.checkFromToIndex(from, end, text.length());
    return figure(new NumeralSection(text, end), from);
  }

  /**
   * {@return a reader of the numbers of {@code text}, for a scanner that reads a number at many
   * positions of one text: each of its reads answers as {@link #read(CharSequence, int, int)} does
   * and all reuse one cursor over the text}
   *
   * @param text the text to read
   */
  public Numbers numbersOf(CharSequence text) {
    return new Numbers(text);
  }

  /**
   * The numbers of one text ({@link #numbersOf}): one cursor over it, reused by every read. Not
   * thread-safe: confined to the scan that made it.
   */
  public final class Numbers {
    private final NumeralSection section;

    private Numbers(CharSequence text) {
      this.section = new NumeralSection(text, text.length());
    }

    /**
     * As {@link NumberReader#read(CharSequence, int, int)} over this reader's text.
     *
     * @param from the index of the first char to read
     * @param end the index just past the last char that may be read
     * @return the number read, or null
     * @throws IndexOutOfBoundsException if {@code from} is outside {@code [0, end]} or {@code end}
     *     past the text
     */
    public @Nullable NumberReading read(int from, int end) {
      Objects.checkFromToIndex(from, end, section.text().length());
      section.limit(end);
      return figure(section, from);
    }
  }

  static boolean isOpenMarker(char folded) {
    return folded == '多' || folded == '余';
  }

  private boolean unitAt(NumeralSection section, int i) {
    return catalogue.nodeAt(section.text(), i, section.limit()) != null;
  }

  /**
   * The figure that starts at {@code from} in the section's text, read group by group with {@code
   * section} (which is also the text folded char by char), or null.
   */
  private @Nullable NumberReading figure(NumeralSection section, int from) {
    CharSequence folded = section;
    int end = section.limit();
    // The first group is the total itself (zero plus it has its value and scale): no addition.
    BigDecimal total = BigDecimal.ZERO;
    int pos = from;
    int lastExp = Integer.MAX_VALUE;
    boolean first = true;
    boolean magnitude = false;
    boolean open = false;
    boolean chinese = false;
    int trailingExp = 0;
    while (section.read(pos, !first)) {
      if (!first && !continues(section, chinese, lastExp)) {
        break;
      }
      BigDecimal value = section.value;
      int p = section.end;
      chinese |= section.chinese;
      open |= section.open;
      trailingExp = 0;
      if (!first && section.chinese && section.lone && lastExp >= 4) {
        value = value.movePointRight(lastExp - 1);
      }
      if (!section.chinese && !open && p < end) {
        WordTable.Match<Magnitude> multiplier = Magnitudes.multiply().matchAt(folded, p, end);
        int small = multiplier == null ? 0 : multiplier.meaning().exponent();
        if (small > 0 && small < lastExp && !(first && unitAt(section, p))) {
          value = value.movePointRight(small);
          p = multiplier.end();
          magnitude = true;
          trailingExp = small;
        }
      }
      if (!open && p < end && isOpenMarker(folded.charAt(p))) {
        open = true;
        p++;
      }
      WordTable.Match<Magnitude> group = Magnitudes.group().matchAt(folded, p, end);
      int exp = group == null ? 0 : group.meaning().exponent();
      if (exp > 0 && exp < lastExp && !(first && unitAt(section, p))) {
        BigDecimal grouped = value.movePointRight(exp);
        total = first ? grouped : total.add(grouped);
        p = group.end();
        magnitude = true;
        trailingExp = exp;
        lastExp = exp;
        if (!open && p < end && isOpenMarker(folded.charAt(p))) {
          open = true;
          p++;
        }
        pos = p;
        first = false;
        if (open) {
          break;
        }
        continue;
      }
      total = first ? value : total.add(value);
      pos = p;
      first = false;
      break;
    }
    if (pos == from) {
      return null;
    }
    return new NumberReading(Amount.of(total), from, pos, magnitude, trailingExp, open, chinese);
  }

  /**
   * Whether the section just read continues a figure whose last magnitude was {@code 10^exp}: it
   * is written in the same script ({@code 5亿一季度} stops after {@code 5亿}) and is smaller than
   * that magnitude ({@code 3万40000} stops after {@code 3万}).
   */
  private static boolean continues(NumeralSection section, boolean chineseSoFar, int exp) {
    return section.chinese == chineseSoFar
        && section.value.compareTo(BigDecimal.ONE.movePointRight(exp)) < 0;
  }
}
