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
 * {@link FigureScanner#scan} skips, in one tight loop, every character at which no figure can
 * start (no number start, no magnitude word's first character, no percent word's: {@code 百分之},
 * {@code 千分之}); it finds
 * exactly the figures and partial figures that trying every character finds, on genre text
 * dense in magnitude words, open words, bound words and percents written in words, read
 * alone and through a {@link TextWindow} of a larger text.
 */
class FigureScannerSkipProperties {
  private static final String GENRE_CHARS =
      "0123456789１２.,，、。；:-—～至到以上下内左右约近超过突破不低于少万亿千百十两一二三五个家亩元吨%％"
          + "百分之点年月日余多人次场期大关台阶级达提高到覆盖节约“”《》（）()增长翻番 \n\u3000";

  private final FigureScanner scanner = new FigureScanner(
      NumberReader.of(UnitCatalogue.standard()), Normalizer.of(UnitCatalogue.standard()));

  @Provide
  Arbitrary<String> genreText() {
    return Arbitraries.strings().withChars(GENRE_CHARS).ofMaxLength(80);
  }

  @Property(tries = 2000)
  void skippingScan_findsWhatTryingEveryCharacterFinds(@ForAll("genreText") String text) {
    String folded = Folding.fold(text);

    FigureScanner.Scan skipping = scanner.scan(text, folded);
    FigureScanner.Scan everyChar = scanner.scan(text, folded, false);

    assertThat(skipping.figures()).as(text).isEqualTo(everyChar.figures());
    assertThat(skipping.partials()).as(text).isEqualTo(everyChar.partials());
  }

  @Property(tries = 1000)
  void skippingScan_throughAWindow_findsWhatTryingEveryCharacterFinds(@ForAll("genreText") String before,
      @ForAll("genreText") String body, @ForAll("genreText") String after) {
    String text = before + body + after;
    String folded = Folding.fold(text);
    int start = before.length();
    int end = start + body.length();
    TextWindow original = new TextWindow(text, start, end);
    TextWindow foldedWindow = new TextWindow(folded, start, end);

    FigureScanner.Scan skipping = scanner.scan(original, foldedWindow);
    FigureScanner.Scan everyChar = scanner.scan(original, foldedWindow, false);
    FigureScanner.Scan marked = scanner.scan(original, foldedWindow, TextMarks.ofThread().mark(foldedWindow));

    assertThat(skipping.figures()).as(text).isEqualTo(everyChar.figures());
    assertThat(skipping.partials()).as(text).isEqualTo(everyChar.partials());
    assertThat(marked.figures()).as(text).isEqualTo(everyChar.figures());
    assertThat(marked.partials()).as(text).isEqualTo(everyChar.partials());
  }

  @Example
  void skippingScan_onTheGenresForms_findsWhatTryingEveryCharacterFinds() {
    String text = "全年培训千余人次，举办百余场活动；产业规模突破千亿元大关，迈上百亿元台阶。"
        + "覆盖率达到百分之九十，死亡率控制在千分之五以下，新增3万亩、5 万人次以上；百余年历史的老街区。"
        + "研修班三期，不少于12天或者90学时，增长1倍。超百亿元企业10家。";
    String folded = Folding.fold(text);

    FigureScanner.Scan skipping = scanner.scan(text, folded);
    FigureScanner.Scan everyChar = scanner.scan(text, folded, false);

    assertThat(skipping.figures()).hasSizeGreaterThanOrEqualTo(8).isEqualTo(everyChar.figures());
    assertThat(skipping.partials()).isEqualTo(everyChar.partials());
  }
}
