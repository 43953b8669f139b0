package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.BoundWords;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.WordPosition;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the lexicon's data files is used by the parser and the renderer alike: a key,
 * numeral or bound word added to its data file is covered here without another line of code.
 */
class LexiconUseTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final ResponsibilityNoteWriter TRADITIONAL =
      new ResponsibilityNoteWriter(RenderStyle.builder().traditionalNoteKeys(true).build());
  private static final ResponsibilityNoteWriter SIMPLIFIED =
      new ResponsibilityNoteWriter(RenderStyle.defaults());

  static Stream<NoteKey> noteKeys() {
    return NoteKeys.all().stream();
  }

  @ParameterizedTest
  @MethodSource("noteKeys")
  void parse_noteKeyAsTheRendererWritesIt_fillsItsField(NoteKey key) {
    for (ResponsibilityNoteWriter writer : List.of(SIMPLIFIED, TRADITIONAL)) {
      String value = key.field() == io.github.policytasks.metrics.lexicon.NoteField.DEADLINE
          ? "2023年6月底前" : "县发改局";
      Plan plan = PARSER.parse("1.搭建创新平台。建设研发中心。（" + writer.word(key.simplified()) + "：" + value + "）\n");

      Task task = plan.task("t1").orElseThrow();
      switch (key.field()) {
        case LEAD, RESPONSIBLE, RESPONSIBLE_DEPARTMENT ->
            assertThat(names(task.leadUnits())).as(key.toString()).containsExactly("县发改局");
        case SUPPORTING ->
            assertThat(names(task.supportingUnits())).as(key.toString()).containsExactly("县发改局");
        case LEADER -> assertThat(task.leaders()).as(key.toString()).containsExactly("县发改局");
        case DEADLINE ->
            assertThat(task.deadline()).as(key.toString()).isEqualTo(LocalDate.of(2023, 6, 30));
      }
    }
  }

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

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }
}
