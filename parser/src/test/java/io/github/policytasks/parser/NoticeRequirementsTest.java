package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A forwarding notice whose body numbers its requirements before its signature (annotation guide
 * §6 "Not the plan"): the numbered lines are the notice's, not tasks; the plan, when the page
 * holds it, follows the notice's date.
 */
class NoticeRequirementsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  private static final String NOTICE = "某市人民政府办公室关于印发《2033年市〈政府工作报告〉任务分解方案》的通知\n"
      + "某政办发〔2033〕1号\n"
      + "各县、区人民政府，市政府各部门：\n"
      + "现将《2033年市〈政府工作报告〉任务分解方案》印发给你们，并就抓好方案确定的146项工作任务落实通知如下：\n"
      + "1.明确任务，压实责任。各牵头单位要于2033年2月3日前报送实施方案。\n"
      + "2.统筹协调，合力攻坚。各相关单位要加强配合。\n"
      + "3.加强督考，狠抓落实。各牵头单位要于每月28日前报送进展情况。\n"
      + "联系人：某某，联系电话：1234567。\n"
      + "某市人民政府办公室\n"
      + "2033年1月25日\n"
      + "（此件公开发布）\n";

  @Test
  void noticeAlone_itsNumberedRequirementsAreNoTasks() {
    Plan plan = PARSER.parse(NOTICE);

    assertThat(plan.allTasks()).isEmpty();
    assertThat(plan.notice()).isNotNull();
    assertThat(plan.notice().issuer()).isEqualTo("某市人民政府办公室");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 1, 25));
    assertThat(plan.notice().body()).contains("1.明确任务，压实责任。", "3.加强督考，狠抓落实。");
  }

  @Test
  void noticeFollowedByThePlan_onlyThePlansItemsAreTasks() {
    Plan plan = PARSER.parse(NOTICE + "2033年市《政府工作报告》任务分解方案\n一、主要目标\n"
        + "1.地区生产总值增长6%左右。（牵头单位：市发展改革委）\n2.一般公共预算收入增长5%。（牵头单位：市财政局）\n");

    assertThat(plan.allTasks()).extracting(Task::text)
        .containsExactly("地区生产总值增长6%左右。（牵头单位：市发展改革委）", "一般公共预算收入增长5%。（牵头单位：市财政局）");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 1, 25));
  }

  @Test
  void forwardedPlanRightAfterTheNoticeBody_withNotes_staysThePlan() {
    Plan plan = PARSER.parse("某县人民政府办公室关于印发某县2033年重点工作任务的通知\n各乡镇：\n"
        + "现将某县2033年重点工作任务印发给你们，请认真贯彻落实。\n"
        + "1.推进园区建设。新建标准厂房10万平方米。\n牵头单位：县发改局\n"
        + "2.推进招商引资。引进项目20个以上。\n牵头单位：县商务局\n"
        + "某县人民政府办公室\n2033年3月1日\n");

    assertThat(plan.allTasks()).hasSize(2);
  }
}
