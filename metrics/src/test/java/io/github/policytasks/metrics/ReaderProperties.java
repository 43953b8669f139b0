package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Quantity;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class ReaderProperties {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final List<UnitDefinition> UNITS = UnitCatalogue.standard().units();

  /** The standard Chinese numeral for {@code n} in [1, 10^12): 一亿零五百万, 一十五 and so on. */
  static String chinese(long n) {
    long yi = n / 100_000_000L;
    int wan = (int) (n / 10_000 % 10_000);
    int rest = (int) (n % 10_000);
    StringBuilder sb = new StringBuilder();
    if (yi > 0) {
      sb.append(chinese(yi)).append('亿');
    }
    if (wan > 0) {
      if (sb.length() > 0 && wan < 1000) {
        sb.append('零');
      }
      sb.append(section(wan)).append('万');
    } else if (sb.length() > 0 && rest > 0) {
      sb.append('零');
    }
    if (rest > 0) {
      if (wan > 0 && rest < 1000) {
        sb.append('零');
      }
      sb.append(section(rest));
    }
    return sb.toString();
  }

  private static String section(int x) {
    int[] weights = {1000, 100, 10, 1};
    String[] names = {"千", "百", "十", ""};
    StringBuilder sb = new StringBuilder();
    boolean started = false;
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      int d = x / weights[i] % 10;
      if (d == 0) {
        zero |= started;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      sb.append(DIGITS.charAt(d)).append(names[i]);
      started = true;
    }
    return sb.toString();
  }

  /** {@code digits} with a comma before every group of three integer digits. */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(integer.charAt(i));
    }
    return sb + (dot < 0 ? "" : plain.substring(dot));
  }

  static String fullWidth(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  @Provide
  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 999_999_999_999_999L), Arbitraries.integers().between(0, 5))
        .as(BigDecimal::valueOf);
  }

  @Provide
  static Arbitrary<UnitDefinition> units() {
    return Arbitraries.of(UNITS);
  }

  @Property
  void chineseNumeral_readsAsItsValue(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n) {
    String written = chinese(n);
    String shortTen = written.startsWith("一十") ? written.substring(1) : written;
    String liang = written.replace("二千", "两千").replace("二百", "两百").replace("二万", "两万");

    for (String text : List.of(written, shortTen, liang)) {
      NumberReading reading = NumberReader.standard().readAt(text, 0).orElseThrow();
      assertThat(reading.value()).as(text).isEqualTo(Amount.of(n));
      assertThat(reading.end()).as(text).isEqualTo(text.length());
    }
  }

  @Property
  void arabicWithThousandsSeparators_readsAsItsValue(@ForAll("decimals") BigDecimal value) {
    for (String text : List.of(grouped(value), value.toPlainString(), fullWidth(grouped(value)))) {
      NumberReading reading = NumberReader.standard().readAt(text + "家", 0).orElseThrow();
      assertThat(reading.value()).as(text).isEqualTo(Amount.of(value));
      assertThat(reading.end()).as(text).isEqualTo(text.length());
    }
  }

  @Property
  void writtenQuantity_parsesBackToItself(
      @ForAll("decimals") BigDecimal value, @ForAll("units") UnitDefinition unit) {
    Quantity quantity = Quantity.of(Amount.of(value), unit.symbol());

    assertThat(QuantityReader.standard().parse(quantity.toString())).isEqualTo(quantity);
  }

  @Property
  void writtenRange_parsesBackToItsEnds(
      @ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b,
      @ForAll("units") UnitDefinition unit, @ForAll("separators") String separator) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    String text = low.toPlainString() + separator + high.toPlainString() + unit.symbol();

    BoundPhrase phrase = BoundPhraseReader.standard().parse(text);

    assertThat(phrase.comparator()).isEqualTo(Bound.RANGE);
    assertThat(phrase.value()).isEqualTo(Amount.of(low));
    assertThat(phrase.upper()).isEqualTo(Amount.of(high));
    assertThat(phrase.unit()).isEqualTo(unit.symbol());
  }

  @Property
  void writtenTenThousands_areEquivalentToTheirExpansion(@ForAll("decimals") BigDecimal value) {
    Quantity tenThousands = QuantityReader.standard().parse(value.toPlainString() + "万平方米");
    Quantity expanded =
        QuantityReader.standard().parse(grouped(value.movePointRight(4)) + "平方米");

    assertThat(QuantityArithmetic.standard().isEquivalentTo(tenThousands, expanded)).isTrue();
    assertThat(Normalizer.standard().normalize(tenThousands))
        .isEqualTo(Normalizer.standard().normalize(expanded));
  }

  @Provide
  static Arbitrary<String> separators() {
    return Arbitraries.of("-", "—", "——", "～", "~", "至", "到", "－", "–");
  }

  @Property
  void boundWord_givesItsComparatorWhateverTheQuantity(
      @ForAll("decimals") BigDecimal value, @ForAll("units") UnitDefinition unit,
      @ForAll("boundWords") String[] words) {
    String text = words[0] + value.toPlainString() + unit.symbol() + words[1];

    BoundPhrase phrase = BoundPhraseReader.standard().parse(text);

    assertThat(phrase.comparator()).isEqualTo(Bound.valueOf(words[2]));
    assertThat(phrase.quantity()).contains(Quantity.of(Amount.of(value), unit.symbol()));
  }

  @Provide
  static Arbitrary<String[]> boundWords() {
    return Arbitraries.of(
        new String[] {"不低于", "", "AT_LEAST"},
        new String[] {"", "以上", "AT_LEAST"},
        new String[] {"突破", "以上", "AT_LEAST"},
        new String[] {"超过", "", "MORE_THAN"},
        new String[] {"控制在", "以内", "AT_MOST"},
        new String[] {"不超过", "", "AT_MOST"},
        new String[] {"低于", "", "LESS_THAN"},
        new String[] {"", "左右", "APPROXIMATELY"},
        new String[] {"约", "", "APPROXIMATELY"},
        new String[] {"达到", "", "EXACTLY"},
        new String[] {"", "", "EXACTLY"});
  }
}
