package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task's own-line goal field (annotation guide §6, Lost line breaks): a goal label of the
 * lexicon's {@code goal-field-labels.txt} with its colon ({@code 年度目标:}) run onto a task's
 * heading, its goals in sentences and the task's note after them, starts a line of its own; a
 * heading that takes the goal as its object, or holds punctuation, goes on.
 */
class GoalFieldRunOnRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PLAN = "某区2024年重点工作任务\n一、经济发展\n（一）推动招商引资\n"
      + "年度目标：引进亿元以上项目12个，实际到位资金30亿元以上。\n牵头单位：区投资促进局\n配合单位：区发展改革局\n"
      + "（二）壮大数字经济\n年度目标：新建5G基站300个。\n牵头单位：区工业和信息化局\n";

  /**
   * A heading run into its goal field, alone or with every break of the plan lost, reads as the
   * original: the same titles, units and targets.
   */
  @Test
  void goalLabelRunOntoAHeading_startsALine() {
    Plan intact = PARSER.parse(PLAN);
    assertThat(CursorLines.titles(intact)).containsExactly("推动招商引资", "壮大数字经济");
    for (String copy : List.of(PLAN.replace("引资\n年度", "引资年度"), PLAN.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);

      assertThat(CursorLines.titles(plan)).as(copy).containsExactly("推动招商引资", "壮大数字经济");
      assertThat(plan.allTasks()).as(copy).extracting(t -> t.leadUnits().size()).containsExactly(1, 1);
      assertThat(plan.allTasks().get(0).targets()).as(copy).extracting(Target::text)
          .containsExactly("12个", "30亿元以上");
    }
  }

  @Test
  void goalLabelAsTheHeadingsObject_orAfterPunctuation_goesOn() {
    assertThat(CursorLines.of("（一）推动招商引资年度目标：引进项目12个。牵头单位：区投资促进局"))
        .containsExactly("（一）推动招商引资", "年度目标：引进项目12个。牵头单位：区投资促进局");
    assertThat(CursorLines.of("（一）明确年度目标：引进项目12个。牵头单位：区投资促进局"))
        .first().asString().startsWith("（一）明确年度目标：引进项目12个。");
    assertThat(CursorLines.of("（一）推动招商引资，落实工作目标：引进项目12个。牵头单位：区投资促进局"))
        .first().asString().startsWith("（一）推动招商引资，落实工作目标：");
    assertThat(CursorLines.of("（一）推动招商引资年度目标：引进项目12个，实际到位资金30亿元"))
        .containsExactly("（一）推动招商引资年度目标：引进项目12个，实际到位资金30亿元");
  }
}
