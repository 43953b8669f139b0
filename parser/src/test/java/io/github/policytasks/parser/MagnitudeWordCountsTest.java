package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A classifier led by a magnitude word and closed by a bound word (parser/DECISIONS.md): {@code
 * 培育专精特新企业百家以上} is AT_LEAST 1 百家 = 100 家, as {@code 突破千亿元} is one 千亿元; the same
 * words without a bound word after them stay none ({@code 千家万户}), and before a noun they are a
 * threshold inside a subject ({@code 百亿元以上项目}).
 */
class MagnitudeWordCountsTest {

  @Test
  void read_magnitudeClassifierBeforeABoundWord_isOneOfThatUnit() {
    List<Target> targets = TargetFixture.targets("培育专精特新企业百家以上，新增市场主体万户左右。");

    assertThat(targets).extracting(Target::text).containsExactly("百家以上", "万户左右");
    assertThat(targets.get(0).comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(targets.get(0).value().amount()).isEqualTo(Amount.parse("1"));
    assertThat(targets.get(0).normalized().amount()).isEqualTo(Amount.parse("100"));
    assertThat(targets.get(0).normalized().unit().symbol()).isEqualTo("家");
    assertThat(targets.get(1).comparator()).isEqualTo(Bound.APPROXIMATELY);
    assertThat(targets.get(1).normalized().amount()).isEqualTo(Amount.parse("10000"));
  }

  @Test
  void read_magnitudeClassifierWithoutABoundWordAfter_orBeforeANoun_isNone() {
    assertThat(TargetFixture.targets("惠及千家万户，打造百亿元以上项目。")).isEmpty();
  }
}
