package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code 不得} before a bound word negates it as {@code 不} does (annotation guide §3, comparators):
 * {@code 不得超过3个月} is AT_MOST like {@code 不超过}, {@code 不得低于} AT_LEAST like {@code 不低于} —
 * never the MORE_THAN or LESS_THAN of the bare word inside it.
 */
class NegatedBoundWordsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "预收费周期不得超过3个月。|AT_MOST 不得超过3个月",
      "收费标准不得高于200元。|AT_MOST 不得高于200元",
      "生均面积不得低于3平方米。|AT_LEAST 不得低于3平方米",
      "每年培训不得少于2次。|AT_LEAST 不得少于2次"
  })
  void read_boundWordAfterMustNot_isNegated(String sentence, String expected) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets.stream().map(t -> t.comparator() + " " + t.text()).collect(Collectors.joining(", ")))
        .isEqualTo(expected);
  }
}
