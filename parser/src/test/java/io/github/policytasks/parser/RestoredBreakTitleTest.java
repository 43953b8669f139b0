package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A task whose heading stands alone on its first line ({@code （一）指导思想}) keeps that heading as
 * its title when a copy lost the line break after it and the reader restored it at the paragraph's
 * indent ({@code （一）指导思想　　以新发展理念为引领…}): the restored break ends the heading as the
 * written one did (annotation guide §6, Lost line breaks), so a goal item stays a goal item and its
 * figures stay its section's goals.
 */
class RestoredBreakTitleTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String PLAN = "某市数字经济发展行动计划（2024—2026年）\n"
      + "　　为加快数字经济发展，制定本行动计划。\n"
      + "　　一、总体要求\n"
      + "　　（一）指导思想\n"
      + "　　以新发展理念为引领，推动数字经济和实体经济深度融合。\n"
      + "　　（二）发展目标\n"
      + "　　到2026年，数字经济核心产业增加值达到500亿元，建成5G基站8000个。\n"
      + "　　二、重点任务\n"
      + "　　（一）建设数字园区。新建数字产业园区2个。（责任单位：市经济和信息化局）\n"
      + "　　（二）培育数字企业。新增数字经济规模以上企业50家。（责任单位：市科技局）\n";

  @Test
  void aHeadingAloneOnARestoredLine_isTheTitle() {
    String copy = PLAN.replace("\n", "");
    Plan read = PARSER.parse(copy);

    assertThat(read.allTasks()).extracting(t -> t.title()).containsExactly("指导思想", "发展目标", "建设数字园区", "培育数字企业");
    assertThat(read.allTasks().get(1).targets()).isEmpty();
    assertThat(MetamorphicTest.outline(read)).isEqualTo(MetamorphicTest.outline(PARSER.parse(PLAN)));
    ConservationProperties.assertConserved(copy, read);
  }
}
