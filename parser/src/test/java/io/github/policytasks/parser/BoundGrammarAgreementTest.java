package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.BoundPhrase;
import io.github.policytasks.metrics.BoundPhraseReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phrases on which the parser and {@code BoundPhraseReader} used to disagree (issue 10) read alike. */
class BoundGrammarAgreementTest {

  @ParameterizedTest(name = "{0} → {1} {2}…{3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "1千万-2千万元  | RANGE     | 1   | 2",
    "100家或以下    | AT_MOST   | 100 | null",
    "逾100家        | MORE_THAN | 100 | null",
    "最低100家      | AT_LEAST  | 100 | null",
    "超出100家      | MORE_THAN | 100 | null",
  })
  void read_formerlyDisputedPhrase_givesTheSameTargetAsTheBoundPhraseReader(
      String phrase, Bound bound, String value, String upper) {
    BoundPhrase read = BoundPhraseReader.standard().parse(phrase);
    List<Target> targets = TargetFixture.targets("力争全县规上企业" + phrase + "。");

    assertThat(read.comparator()).isEqualTo(bound);
    assertThat(read.value()).isEqualTo(Amount.parse(value));
    assertThat(read.upper()).isEqualTo(upper == null ? null : Amount.parse(upper));
    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).comparator()).isEqualTo(bound);
    assertThat(targets.get(0).value().amount()).isEqualTo(read.value());
    assertThat(targets.get(0).value().unit()).isEqualTo(read.unit());
    assertThat(targets.get(0).upper() == null ? null : targets.get(0).upper().amount())
        .isEqualTo(read.upper());
  }
}
