package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Magnitude;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import org.junit.jupiter.api.Test;

/**
 * {@link BoundGrammar#leadingMagnitude} against a second reading of the lexicon: for every char,
 * the first magnitude of the lexicon written as that one char from 百 (10^2) up, or none.
 */
class BoundGrammarLeadingMagnitudeTest {

  private static Magnitude searched(char c) {
    for (Magnitude magnitude : Magnitudes.all()) {
      if (magnitude.word().length() == 1 && magnitude.word().charAt(0) == c && magnitude.exponent() >= 2) {
        return magnitude;
      }
    }
    return null;
  }

  @Test
  void everyChar_hasTheLexiconsOneCharMagnitudeFromAHundredUp_orNone() {
    int found = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      Magnitude expected = searched(c);
      assertThat(BoundGrammar.leadingMagnitude(c)).as("U+%04X", (int) c).isEqualTo(expected);
      found += expected == null ? 0 : 1;
    }
    assertThat(found).isGreaterThanOrEqualTo(4);
    assertThat(BoundGrammar.leadingMagnitude('十')).isNull();
    assertThat(BoundGrammar.leadingMagnitude('千').exponent()).isEqualTo(3);
  }
}
