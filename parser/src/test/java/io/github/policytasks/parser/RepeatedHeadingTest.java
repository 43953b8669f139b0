package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A portal page repeats the notice heading: a page title line (here opened by the document number,
 * blanks around its figures) and, under it, the document's own heading broken over three lines
 * (annotation guide §1 notice layer, §6 lost line breaks). The broken lines are the heading again,
 * not a plan title: the title is the plan the notice forwards.
 */
class RepeatedHeadingTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PAGE = "江政办〔2020〕2 号 区人民政府办公室关于印发 2020 年区政府工作报告确定的主要目标任务责任分解方案的通知\n"
      + "区人民政府办公室关于印发2020年区政府\n"
      + "工作报告确定的主要目标任务责任分解\n"
      + "方案的通知\n"
      + "各街道办事处,区人民政府各部门:\n"
      + "现将《2020年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们,请一并贯彻执行。\n"
      + "一、提高站位,主动担当作为。各责任单位要确保各项目标任务完成到位。\n";

  @Test
  void parse_headingRepeatedOverThreeLines_titleIsTheForwardedPlan() {
    Plan plan = PARSER.parse(PAGE);

    assertThat(plan.title()).isEqualTo("2020年区〈政府工作报告〉确定的主要目标任务责任分解方案");
    assertThat(plan.year()).isEqualTo(2020);
    assertThat(plan.allTasks()).isEmpty();
  }
}
