package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentence ends inside a line that the line and field rules share ({@link
 * TextChars#isSentenceStop}): exactly {@code 。;!?} in folded text, full-width forms folding onto
 * them; a field's value ({@link FieldLabels#valueRunsTo}) ends at each of them and at no clause
 * mark.
 */
class SentenceStopTest {
  @Test
  void sentenceStops_areExactlyTheFourFoldedEnds() {
    List<Character> stops = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (TextChars.isSentenceStop(c)) {
        stops.add(c);
      }
    }
    assertThat(stops).containsExactly('!', ';', '?', '。');
    for (char written : "。；;！!？?".toCharArray()) {
      assertThat(TextChars.isSentenceStop(Folding.fold(written))).as("%s", written).isTrue();
      assertThat(TextChars.isSentenceBreak(written)).as("%s", written).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "培训时间:4月、9月,每期4天|true",
      "培训时间:4月。每期4天|false",
      "培训时间:4月;每期4天|false",
      "培训时间:4月!每期4天|false",
      "培训时间:4月?每期4天|false",
      "培训时间:4月；每期4天|false"})
  void fieldValue_runsUpToAnyClauseMarkAndEndsAtEachSentenceStop(String written, boolean runs) {
    String folded = Folding.fold(written);
    assertThat(FieldLabels.valueRunsTo(folded, folded.length())).isEqualTo(runs);
  }
}
