package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target forms and not-target forms of published plans beyond the seed's kind (foreign-trade and
 * investment action plans, sports and digital-government plans), read by the rules of annotation
 * guide §3 and §6, one rule a test.
 */
class GenreTargetFormsTest {

  @Test
  void read_foreignCurrencies_normaliseWithinTheirOwnCurrency() {
    List<Target> targets = TargetFixture.targets(
        "实际使用外资5亿港元，日元贷款30亿日元，对外承包工程新签合同额2000万英镑以上。");

    assertThat(targets).extracting(t -> t.normalized().toString())
        .containsExactly("500000000港元", "3000000000日元", "20000000英镑");
    assertThat(targets.get(2).comparator()).isEqualTo(Bound.AT_LEAST);
  }
}
