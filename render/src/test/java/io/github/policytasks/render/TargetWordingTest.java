package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.TargetKind;
import org.junit.jupiter.api.Test;

/** The generator words only targets the guide counts as targets. */
class TargetWordingTest {

  private static int unitIndexOf(String unit) {
    for (int i = 0; i < 1000; i++) {
      TargetSpec probe = new TargetSpec(TargetKind.AMOUNT, Bound.AT_LEAST, 0, i, 1, 0, 1, 0, false,
          TargetSpec.NumeralForm.CHINESE);
      if (TargetWording.unit(probe).equals(unit)) {
        return i;
      }
    }
    throw new AssertionError("no amount unit " + unit + " in the generator's pool");
  }

  @Test
  void oneBatchInChineseNumerals_isWrittenInDigits_because一批IsASetPhrase() {
    TargetSpec spec = new TargetSpec(TargetKind.AMOUNT, Bound.AT_LEAST, 0, unitIndexOf("批"), 1, 0, 1, 0,
        false, TargetSpec.NumeralForm.CHINESE);

    assertThat(TargetWording.word(spec, "t1.g1").target().text()).startsWith("1批");
  }

  @Test
  void twoBatchesInChineseNumerals_stayChinese() {
    TargetSpec spec = new TargetSpec(TargetKind.AMOUNT, Bound.AT_LEAST, 0, unitIndexOf("批"), 2, 0, 1, 0,
        false, TargetSpec.NumeralForm.CHINESE);

    assertThat(TargetWording.word(spec, "t1.g1").target().text()).startsWith("两批");
  }
}
