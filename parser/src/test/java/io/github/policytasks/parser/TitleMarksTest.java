package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleMarks} answers every question as a plain scan of the question's stretch does,
 * whatever the order of the questions: rising (as over a plan's task bodies), repeated, behind
 * the last one, or past the last mark.
 */
class TitleMarksTest {

  @Test
  void next_anyOrderOfQuestions_isThePlainScansAnswer() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(80);
      for (int k = 0; k < length; k++) {
        text.append(random.nextInt(9) == 0 ? '《' : '字');
      }
      String f = text.toString();
      TitleMarks marks = new TitleMarks(f);
      int from = 0;
      for (int question = 0; question < 40; question++) {
        from = random.nextInt(4) == 0 ? random.nextInt(length) : Math.min(length, from + random.nextInt(12));
        int to = Math.min(length, from + random.nextInt(30));
        assertThat(marks.next(from, to)).as("%s [%d, %d)", f, from, to).isEqualTo(plainScan(f, from, to));
      }
    }
  }

  @Test
  void next_noMarkInTheStretch_isItsEnd_evenWithAMarkAfterIt() {
    TitleMarks marks = new TitleMarks("制定方案。见《某某办法》");
    assertThat(marks.next(0, 5)).isEqualTo(5);
    assertThat(marks.next(2, 12)).isEqualTo(6);
    assertThat(marks.next(0, 12)).isEqualTo(6);
    assertThat(marks.next(7, 12)).isEqualTo(12);
  }

  private static int plainScan(String f, int from, int to) {
    int i = from;
    while (i < to && f.charAt(i) != '《') {
      i++;
    }
    return i;
  }
}
