package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.parser.PlanParser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every note key of the lexicon's {@code note-keys.txt}, written by the renderer in Simplified and
 * in Traditional characters, is read back by the parser into its field: a key added to the data
 * file is written and read alike, covered here without another line of code.
 */
class NoteKeyLexiconTest {
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
      String value = key.field() == NoteField.DEADLINE
          ? "2023年6月底前" : "县发改局";
      String note = writer.word(key.simplified()) + "：" + value;
      Plan plan = PARSER.parse("1.搭建创新平台。建设研发中心。（" + note + "）\n");

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

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }
}
