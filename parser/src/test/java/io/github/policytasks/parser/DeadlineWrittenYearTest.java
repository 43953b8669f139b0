package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code 明年} and {@code 今年} count from the year the text was written in (annotation guide §5):
 * a division of a work report delivered in December is signed in the year before its plan year,
 * and its {@code 明年} is the plan year; a month after {@code 明年} ({@code 明年6月底前}) is the end
 * of that month.
 */
class DeadlineWrittenYearTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static Plan plan(String signed, String task) {
    return PARSER.parse("区人民政府办公室关于印发2024年区政府工作报告重点任务分解的通知\n"
        + "各街道办事处，区政府各部门：\n"
        + "《2024年区政府工作报告重点任务分解》已经区政府同意，现印发给你们，请认真抓好落实。\n"
        + "某区人民政府办公室\n" + signed + "\n"
        + "2024年区政府工作报告重点任务分解\n一、产业\n"
        + "1." + task + "（牵头单位：区商务局）\n");
  }

  @Test
  void nextYear_inAPlanSignedTheDecemberBefore_isThePlanYear() {
    assertThat(plan("2023年12月28日", "明年完成物流园改造。").allTasks().get(0).deadline())
        .isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void aMonthAfterNextYear_isThatMonth() {
    assertThat(plan("2023年12月28日", "明年6月底前建成物流园一期。").allTasks().get(0).deadline())
        .isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(plan("2024年2月20日", "明年6月底前建成物流园一期。").allTasks().get(0).deadline())
        .isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void nextYear_inAPlanSignedInItsYear_isTheYearAfter() {
    assertThat(plan("2024年2月20日", "明年完成物流园改造。").allTasks().get(0).deadline())
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }
}
