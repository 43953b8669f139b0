package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * The covering notice's attachment list (annotation guide §6, Not the plan) whose first item
 * follows the annex label on its line ({@code 附件:1. 2019年…分解表} then {@code 2. 2019年…分解表}):
 * the items are references, not tasks, and the list closes at the notice's date or at the signing
 * office alone on its line (a date the page garbled, {@code 2022121日}, still follows it). A page
 * that gives no title line of the plan reads the first listed attachment as the plan (its title).
 */
class AnnexDocumentListTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String NOTICE = "各街道办事处，区政府各部门：\n"
      + "现将2019年《政府工作报告》目标任务分解表印发给你们，请认真抓好落实。\n";
  private static final String BODY = "\n一、稳增长\n"
      + "1.地区生产总值增长5.5%。（牵头单位：区发改经信局）\n"
      + "2.固定资产投资增长6%。（牵头单位：区发改经信局）\n";

  @Test
  void listAfterTheAnnexLabel_isReferencesAndNoTask() {
    Plan plan = PARSER.parse(NOTICE + "附件:1. 2019年《政府工作报告》目标任务分解表\n"
        + "2. 2019年民生实事项目目标任务分解表\n某区人民政府办公室\n2019年2月15日\n" + BODY);

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).text()).startsWith("地区生产总值");
    assertThat(plan.references()).extracting(DocumentReference::title).contains("2019年民生实事项目目标任务分解表");
  }

  @Test
  void pageWithoutATitleLine_takesTheFirstListedAttachmentAsTitle() {
    Plan plan = PARSER.parse(NOTICE + "附件:1. 2019年《政府工作报告》目标任务分解表\n"
        + "2. 2019年民生实事项目目标任务分解表\n某区人民政府办公室\n2019年2月15日\n（此件公开发布）\n"
        + "附件1 |\n序号 | 任务名称 | 牵头部门 |\n1 | 地区生产总值增长5.5% | 区发改经信局 |\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.title()).isEqualTo("2019年《政府工作报告》目标任务分解表");
  }

  @Test
  void signingOfficeAlone_closesTheListBeforeAGarbledDate() {
    Plan plan = PARSER.parse(NOTICE + "附件：1. 2022年区政府工作报告经济社会发展预期目标任务分解表\n\n"
        + "2. 2022年区政府工作报告重点工作任务分解表\n\n\n某区人民政府办公室\n\n2022121日\n" + BODY);

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).text()).startsWith("地区生产总值");
  }
}
