package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Traditional copy writes the first-listed rule with the variant characters a conversion from
 * Simplified gives ({@code 爲} for 为, {@code 註} for 注, {@code 彙} for 汇: {@code (除標註爲“牽頭”單位外,
 * 列第一位的爲牽頭或彙總單位,下同)}, annotation guide §1 Traditional copies, §2, §6 Notes): folded
 * to their Simplified forms the rule reads as in the Simplified copy, its marked units lead and
 * the first listed unit leads from there on.
 */
class TraditionalRuleVariantsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PLAN = "2024年政府工作報告重點工作責任分解\n"
      + "一、重點工作\n"
      + "1.堅持政府過緊日子,嚴控一般性支出。\n"
      + "責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)\n"
      + "2.積極爭取地方政府專項債券。\n"
      + "責任單位:省財政廳、省發展改革委\n";

  @Test
  void parse_variantCharactersInTheRule_marksLeadAndFirstListedLeadsAfter() {
    Plan plan = PARSER.parse(PLAN);

    assertUnits(task(plan, 1), List.of("省政府辦公廳", "省財政廳"), List.of("省商務廳", "省文化廣電和旅遊廳"));
    assertUnits(task(plan, 2), List.of("省財政廳"), List.of("省發展改革委"));
  }
}
