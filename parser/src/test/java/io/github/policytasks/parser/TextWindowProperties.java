package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@link TextWindow} reads as the substring it stands for, and the target reader, which reads a
 * task's body through windows of the whole text, never sees past them: the targets and
 * diagnostics of {@code input[start, end)} are exactly those of that stretch parsed alone, spans
 * shifted by {@code start}, however the text around it reads (a bound word, a unit, a deadline or
 * a digit right outside either end).
 */
class TextWindowProperties {
  private static final String GENRE_CHARS =
      "0123456789１２.,，、。；:-—～至到以上下内左右约近超过突破不低于少万亿千百十两一二三五个家亩元吨%％"
          + "百分点年月日底前第每等“”《》〔〕（）()多余几级率增长下降提高新增达到季度全今半 \n";

  @Provide
  Arbitrary<String> genreText() {
    return Arbitraries.strings().withChars(GENRE_CHARS).ofMaxLength(60);
  }

  @Property(tries = 300)
  void windowOverAReusedBuffer_readsAsItsSubstring(@ForAll("genreText") String text,
      @ForAll @IntRange(max = 60) int a, @ForAll @IntRange(max = 60) int b, @ForAll("genreText") String before) {
    int start = Math.min(a, text.length());
    int end = Math.max(start, Math.min(b, text.length()));
    String substring = text.substring(start, end);
    char[] buffer = new char[64];
    new TextWindow(before, 0, before.length(), buffer);
    TextWindow window = new TextWindow(text, start, end, buffer);
    long[] digits = TextChars.charSet("0123456789");

    assertThat(window.toString()).isEqualTo(substring);
    for (int i = 0; i < substring.length(); i++) {
      assertThat(window.charAt(i)).isEqualTo(substring.charAt(i));
    }
    assertThatThrownBy(() -> window.charAt(substring.length())).isInstanceOf(IndexOutOfBoundsException.class);
    int firstDigit = 0;
    while (firstDigit < substring.length() && !TextChars.isDigit(substring.charAt(firstDigit))) {
      firstDigit++;
    }
    assertThat(window.indexOfAny(digits, 0, substring.length())).isEqualTo(firstDigit);
  }

  @Property(tries = 500)
  void window_readsAsItsSubstring(@ForAll("genreText") String text, @ForAll @IntRange(max = 60) int a,
      @ForAll @IntRange(max = 60) int b, @ForAll("genreText") String word) {
    int start = Math.min(a, text.length());
    int end = Math.max(start, Math.min(b, text.length()));
    String substring = text.substring(start, end);
    TextWindow window = new TextWindow(text, start, end);

    assertThat(window.length()).isEqualTo(substring.length());
    assertThat(window.toString()).isEqualTo(substring);
    for (int i = 0; i < substring.length(); i++) {
      assertThat(window.charAt(i)).isEqualTo(substring.charAt(i));
    }
    for (int from = 0; from <= substring.length(); from++) {
      for (int to = from; to <= substring.length(); to++) {
        assertThat(window.subSequence(from, to)).isEqualTo(substring.substring(from, to));
      }
    }
    for (int at = -2; at <= substring.length() + 2; at++) {
      String w = word.substring(0, Math.min(word.length(), 3));
      assertThat(window.startsWith(w, at)).as("%s at %d in %s", w, at, substring)
          .isEqualTo(substring.startsWith(w, at));
      assertThat(TextChars.startsWith(window, w, at)).isEqualTo(substring.startsWith(w, at));
      assertThat(TextChars.startsWith(new StringBuilder(substring), w, at))
          .isEqualTo(substring.startsWith(w, at));
    }
  }

  @Property(tries = 1500)
  void targetReader_readsATaskBodyAsIfItStoodAlone(@ForAll("genreText") String before,
      @ForAll("genreText") String body, @ForAll("genreText") String after) {
    String input = before + body + after;
    int start = before.length();
    int end = start + body.length();

    TargetFixture.Result inPlace = TargetFixture.read(input, start, end, "t4");
    TargetFixture.Result alone = TargetFixture.read(body, 0, body.length(), "t4");

    assertThat(inPlace.targets()).as("%s|%s|%s", before, body, after)
        .isEqualTo(alone.targets().stream().map(t -> shifted(t, start)).toList());
    assertThat(inPlace.diagnostics()).as("%s|%s|%s", before, body, after)
        .isEqualTo(alone.diagnostics().stream().map(d -> shifted(d, start, input)).toList());
  }

  private static Target shifted(Target target, int by) {
    return Target.builder().from(target)
        .span(SourceSpan.of(target.span().start() + by, target.span().end() + by)).build();
  }

  private static Diagnostic shifted(Diagnostic diagnostic, int by, String input) {
    SourceText source = new SourceText(input);
    int start = diagnostic.span().start() + by;
    return Diagnostic.builder().from(diagnostic)
        .span(SourceSpan.of(start, diagnostic.span().end() + by))
        .line(source.line(start)).column(source.column(start)).build();
  }
}
