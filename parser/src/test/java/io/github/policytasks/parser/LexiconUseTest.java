package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.BoundWords;
import io.github.policytasks.metrics.lexicon.MinusSigns;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.WordPosition;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bound word and numeral of the lexicon's data files is read by the parser: a row added to
 * {@code bound-words.txt} or {@code numerals.txt} is covered here without another line of code
 * (the note keys are covered, renderer and parser together, by the render module's
 * NoteKeyLexiconTest).
 */
class LexiconUseTest {
  static Stream<BoundWord> boundWords() {
    return BoundWords.all().stream().filter(word -> word.bound() != null
        && (word.position() == WordPosition.BEFORE || word.position() == WordPosition.AFTER));
  }

  @ParameterizedTest
  @MethodSource("boundWords")
  void read_boundWord_givesItsBound(BoundWord word) {
    String body = word.position() == WordPosition.BEFORE
        ? "新建智慧社区" + word.word() + "12个。" : "新建智慧社区12个" + word.word() + "。";

    List<Target> targets = TargetFixture.targets(body);

    assertThat(targets).as(body).hasSize(1);
    assertThat(targets.get(0).comparator()).as(body).isEqualTo(word.bound());
    assertThat(targets.get(0).text()).as(body).contains(word.word());
  }

  static Stream<Character> minusSigns() {
    return MinusSigns.all().stream();
  }

  @ParameterizedTest
  @MethodSource("minusSigns")
  void read_minusSignBeforeAPercent_isItsSign(char sign) {
    List<Target> targets = TargetFixture.targets("工业用电量增速控制在" + sign + "1.5%以内。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("-1.5"));
    assertThat(targets.get(0).text()).isEqualTo("控制在" + sign + "1.5%以内");
  }

  static Stream<Character> numeralDigits() {
    return IntStream.rangeClosed(0, Character.MAX_VALUE).mapToObj(c -> (char) c)
        .filter(c -> Numerals.digit(c) > 0);
  }

  @ParameterizedTest
  @MethodSource("numeralDigits")
  void read_numeralDigitBeforeAClassifier_isItsValue(char numeral) {
    List<Target> targets = TargetFixture.targets("新建智慧社区十" + numeral + "个。");

    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).value().amount().toBigDecimal().intValueExact())
        .isEqualTo(10 + Numerals.digit(numeral));
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.EXACTLY);
  }
}
