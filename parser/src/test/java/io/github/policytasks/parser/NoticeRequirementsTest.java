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

  /** A notice that does not forward a document by name but sends its tasks as attachments (详见附件). */
  private static final String NOTICE_WITH_ATTACHMENTS = "关于做好2033年政府工作报告主要目标任务落实的通知\n"
      + "各乡镇人民政府、街道办事处，区政府各部门：\n"
      + "根据2033年《政府工作报告》，现将各项工作任务分解（详见附件），现就有关事宜通知如下：\n"
      + "一、落实责任，确保质量\n各责任单位要制定计划，明确责任，确保按期完成任务。\n"
      + "二、密切配合，各负其责\n各相关单位要全力支持、积极帮助解决遇到的困难和问题。\n"
      + "附件：1.2033年《政府工作报告》主要工作目标任务分解表\n2.2033年民生十件实事任务分解表\n"
      + "某区人民政府办公室\n2033年2月16日\n（此件公开发布）\n";

  @Test
  void noticeSendingItsTasksAsAttachments_itsNumberedRequirementsAndAttachmentListAreNoTasks() {
    Plan plan = PARSER.parse(NOTICE_WITH_ATTACHMENTS);

    assertThat(plan.allTasks()).isEmpty();
    assertThat(plan.sections()).isEmpty();
    assertThat(plan.notice().issuer()).isEqualTo("某区人民政府办公室");
    assertThat(plan.notice().body()).contains("一、落实责任，确保质量", "2.2033年民生十件实事任务分解表");
  }

  @Test
  void noticeSendingItsTasksAsAttachments_followedByTheAttachment_onlyItsItemsAreTasks() {
    Plan plan = PARSER.parse(NOTICE_WITH_ATTACHMENTS + "附件1\n2033年《政府工作报告》主要工作目标任务分解表\n一、经济发展\n"
        + "1.地区生产总值增长7%左右。（牵头单位：区发改局）\n2.新增市场主体3000户以上。（牵头单位：区市场监管局）\n");

    assertThat(plan.allTasks()).extracting(Task::text)
        .containsExactly("地区生产总值增长7%左右。（牵头单位：区发改局）", "新增市场主体3000户以上。（牵头单位：区市场监管局）");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 2, 16));
  }

  @Test
  void noticeWhoseBodyForwardsTheTasks_itsInlineNumberedRequirementsAreNoSections() {
    Plan plan = PARSER.parse("某县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府，县政府各部门：\n"
        + "现将《政府工作报告》2033年6个方面243项工作任务予以分解印发。各责任单位要高度重视。\n"
        + "一、细化任务抓落实。各乡镇各部门要明确量化目标、建设内容、责任主体。\n"
        + "二、明确责任抓落实。各牵头县领导要按照工作分工，靠前指挥。\n"
        + "某县人民政府\n2033年1月29日\n");

    assertThat(plan.sections()).isEmpty();
    assertThat(plan.notice().body()).contains("一、细化任务抓落实。", "二、明确责任抓落实。");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 1, 29));
  }

  /**
   * A notice whose heading the copy lost, its addressees opening with a named unit before the 各…
   * groups, its body numbering requirements and listing its attachments before the signature.
   */
  @Test
  void headlessNoticeAddressingANamedUnitFirst_itsRequirementsAreNoSectionsAndThePlanFollows() {
    Plan plan = PARSER.parse("某县示范区管委会，各乡、镇人民政府，县直各有关单位：\n"
        + "经县政府同意，现将《2033年县政府工作报告任务清单》印发给你们。请各单位认真对照，抓好落实。\n"
        + "一、责任到人，闭环管理。任务清单明确133项具体任务，涉及34个牵头单位。\n"
        + "二、节点管控，动态调度。各单位要紧盯目标任务、关键指标、序时进度。\n"
        + "附件：1.2033年县政府工作报告任务清单\n2.2033年十五件民盼实事任务分解\n"
        + "某县人民政府办公室\n2033年5月18日\n（此件公开发布）\n附件1\n2033年县政府工作报告任务清单\n"
        + "一、主要目标\n1.地区生产总值增长6%左右。（牵头单位：县发改局）\n");

    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("地区生产总值增长6%左右。（牵头单位：县发改局）");
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.sections().get(0).goals()).isEmpty();
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 5, 18));
    assertThat(plan.notice().body()).contains("一、责任到人，闭环管理。", "2.2033年十五件民盼实事任务分解");
  }

  @Test
  void issuerPrintedAloneAboveTheOfficialHeading_isNoPlanTitle() {
    Plan plan = PARSER.parse("首   页 走进某县 新闻中心 政府信息公开\n\n"
        + "某县人民政府关于印发《2033年县政府工作报告任务分解一览表》的通知\n\n某政发〔20333\n\n"
        + "某县人民政府\n\n关于印发《2033年县政府工作报告任务分解\n\n一览表》的通知\n\n各镇人民政府，县政府各部门：\n\n"
        + "现将《2033年县政府工作报告任务分解一览表》印发给你们，请认真贯彻执行。\n\n附件1.2033年县政府工作报告任务分解一览表\n");

    assertThat(plan.title()).isNotEqualTo("某县人民政府");
  }

  @Test
  void attachmentLineRightAboveAnUnsignedDate_isTheBodysLastLineNotTheIssuer() {
    Plan plan = PARSER.parse("某区人民政府关于分解落实2033年区政府工作目标任务的通知\n各乡镇人民政府，区政府各部门：\n"
        + "现将2033年区政府工作目标任务分解下达给你们，请认真组织落实。\n"
        + "附件：2033年区政府工作目标任务落实责任分解表\n2033年1月30日\n");

    assertThat(plan.notice().issuer()).isNull();
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 1, 30));
    assertThat(plan.notice().body()).endsWith("附件：2033年区政府工作目标任务落实责任分解表");
  }
}
