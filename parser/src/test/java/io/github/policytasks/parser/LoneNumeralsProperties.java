package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.NumberReader;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.lexicon.Folding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LoneNumerals} drops a lone Chinese digit inside a word ({@code 进一步}, {@code 三农})
 * before {@link FigureScanner} reads it; the scan finds exactly the figures and partial figures
 * that reading every number in full finds, on text dense in Chinese digits followed by words,
 * units, unknown units ({@code 倍}, {@code 番}), range separators and clause ends.
 */
class LoneNumeralsProperties {
  private static final String LONE_DIGIT_CHARS =
      "一二三两四五六七八九十百千万亿零点几多余半来步批农委体流道项新化个家亩元吨倍番人次"
          + "至到以上下内左右增长翻提高达到的年月日岁，。、；-%1230 ";

  private final FigureScanner scanner = new FigureScanner(
      NumberReader.of(UnitCatalogue.standard()), Normalizer.of(UnitCatalogue.standard()));

  @Provide
  Arbitrary<String> loneDigitText() {
    return Arbitraries.strings().withChars(LONE_DIGIT_CHARS).ofMaxLength(40);
  }

  @Property(tries = 3000)
  void scanWithLoneDigitsDropped_findsWhatReadingEveryNumberFinds(@ForAll("loneDigitText") String text) {
    String folded = Folding.fold(text);

    FigureScanner.Scan dropping = scanner.scan(text, folded);
    FigureScanner.Scan readingAll = scanner.scan(text, folded, false);

    assertThat(dropping.figures()).as(text).isEqualTo(readingAll.figures());
    assertThat(dropping.partials()).as(text).isEqualTo(readingAll.partials());
  }

  @Example
  void loneDigitsInsideWords_giveNoFigure_whileCountsAndMultiplesDo() {
    UnitCatalogue units = UnitCatalogue.standard();
    String text = "进一步做好三农工作，两委换届；新建两个站，增长两倍。";
    String folded = Folding.fold(text);

    assertThat(LoneNumerals.givesNoFigure(text, folded, text.indexOf("一步"), units)).isTrue();
    assertThat(LoneNumerals.givesNoFigure(text, folded, text.indexOf("三农"), units)).isTrue();
    assertThat(LoneNumerals.givesNoFigure(text, folded, text.indexOf("两委"), units)).isTrue();
    assertThat(LoneNumerals.givesNoFigure(text, folded, text.indexOf("两个"), units)).isFalse();
    assertThat(LoneNumerals.givesNoFigure(text, folded, text.indexOf("两倍"), units)).isFalse();
    assertThat(scanner.scan(text, folded).figures()).extracting(Figure::start)
        .containsExactly(text.indexOf("两个"), text.indexOf("两倍"));
  }
}
