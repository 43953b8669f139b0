package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bound word written before the first figure of a list governs every bare figure that opens a
 * later item of that list in the same clause, after {@code 、}, {@code 和} or {@code 及} ({@code
 * 至少2个地市、10个县区}, {@code 至少确定1个企业和5个网点}: both AT_LEAST); an item
 * with words of its own before its figure keeps its own reading.
 */
class ListSharedBoundTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "各省至少2个地市、10个县区实施登记。|AT_LEAST 至少2个, AT_LEAST 10个",
      "超过20家企业、10个项目完成改造。|MORE_THAN 超过20家, MORE_THAN 10个",
      "不少于3家企业、5个项目、2个平台落地。|AT_LEAST 不少于3家, AT_LEAST 5个, AT_LEAST 2个",
      "新增企业不少于20家、培育项目10个。|AT_LEAST 不少于20家, EXACTLY 10个",
      "新增企业20家、项目10个。|EXACTLY 20家, EXACTLY 10个",
      "至少新建2个站点。改造10个站点。|AT_LEAST 至少新建2个, EXACTLY 10个",
      "每县至少确定1个应急加工企业和5个应急供应网点。|AT_LEAST 至少确定1个, AT_LEAST 5个",
      "不少于3家企业及2个平台落地。|AT_LEAST 不少于3家, AT_LEAST 2个",
      "新增企业不少于20家和培育项目10个。|AT_LEAST 不少于20家, EXACTLY 10个"
  })
  void read_listAfterAPrefixBound_sharesIt(String sentence, String expected) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets.stream().map(t -> t.comparator() + " " + t.text()).collect(Collectors.joining(", ")))
        .isEqualTo(expected);
  }
}
