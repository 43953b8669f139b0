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
 * never the MORE_THAN or LESS_THAN of the bare word inside it; and a prohibition earlier in the
 * clause ({@code 不得…收取…超过3个月或60课时的费用}, {@code 严禁…超过45人}) makes the figure the
 * limit kept: AT_MOST after 超过, AT_LEAST after 低于; in another clause it does nothing. The modal
 * negations {@code 不应}, {@code 不能}, {@code 不宜} of training and staffing plans do the same
 * ({@code 不应少于40学时} is AT_LEAST, {@code 不宜超过5天} AT_MOST).
 */
class NegatedBoundWordsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "预收费周期不得超过3个月。|AT_MOST 不得超过3个月",
      "收费标准不得高于200元。|AT_MOST 不得高于200元",
      "生均面积不得低于3平方米。|AT_LEAST 不得低于3平方米",
      "每年培训不得少于2次。|AT_LEAST 不得少于2次",
      "不得一次性收取时间跨度超过3个月或60课时的费用。|AT_MOST 超过3个月, AT_MOST 60课时",
      "严禁班额超过45人。|AT_MOST 超过45人",
      "严禁最低工资低于2000元。|AT_LEAST 低于2000元",
      "超过60家企业完成改造。|MORE_THAN 超过60家",
      "不得拖延，力争超过60家。|MORE_THAN 超过60家",
      "每名高级管理人员每年参加培训时间累计不应少于40学时。|AT_LEAST 不应少于40学时",
      "每名内训师年度授课不能低于16学时。|AT_LEAST 不能低于16学时",
      "每期培训时间原则上不宜超过5天。|AT_MOST 不宜超过5天",
      "培训费用不能高于550元。|AT_MOST 不能高于550元",
      "不应使每期参训人数少于30人。|AT_LEAST 少于30人",
      "不宜拖延，力争超过60家。|MORE_THAN 超过60家"
  })
  void read_boundWordAfterMustNot_isNegated(String sentence, String expected) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets.stream().map(t -> t.comparator() + " " + t.text()).collect(Collectors.joining(", ")))
        .isEqualTo(expected);
  }
}
