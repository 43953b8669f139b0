package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A portal page that shows a forwarding notice without its heading (its number, addressees and
 * body, the plan left to an attachment or run on after it; issue 10, published pages): the
 * notice's numbered requirements are neither sections nor tasks, the plan's title is the document
 * the notice forwards and its year the notice number's.
 */
class NoticeOnlyPageTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String NOTICE = "某政办字 〔2023〕1号\n各县区人民政府，市政府各部门、各直属机构：\n"
      + "为深入贯彻落实《省人民政府关于支持新旧动能转换的意见》（某发〔2022〕18号），经市政府同意，现将 "
      + "《某市新旧动能转换分工落实方案》（以下简称《方案》）印发给你们，请认真贯彻实施。\n"
      + "一、高度重视，认真研究政策。各县区、各部门要对照《方案》所承担的目标任务，认真学习研究。\n"
      + "二、压实责任，推动工作落实。各牵头单位要统筹落实任务事项，制定工作推进方案。\n"
      + "三、加强督导，健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。\n";

  @Test
  void parse_noticeOnlyPage_hasNoSectionOrTask_andTakesTheForwardedTitleAndTheNumbersYear() {
    Plan plan = PARSER.parse(NOTICE);

    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.title()).isNull());
    assertThat(plan.allTasks()).isEmpty();
    assertThat(plan.title()).isEqualTo("某市新旧动能转换分工落实方案");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.notice()).isNotNull();
  }

  @Test
  void parse_planItemsRunOnAfterTheRequirements_areTheTasks() {
    Plan plan = PARSER.parse(NOTICE + "1. 新旧动能转换实现重大突破，形成一批可复制可推广的成功经验。（牵头单位：市发展改革委）\n"
        + "2. 新增高新技术企业100家。（牵头单位：市科技局）\n");

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks()).extracting(t -> t.leadUnits().get(0).name()).containsExactly("市发展改革委", "市科技局");
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.title()).isNull());
  }

  @Test
  void parse_itemsWithTheirOwnNotesAfterAForwardingBody_stayTasks() {
    String text = "各县区人民政府，市政府各部门：\n现将《某市2023年重点工作任务》印发给你们，请认真贯彻实施。\n"
        + "一、新增高新技术企业100家。（牵头单位：市科技局）\n二、新建5G基站500个。（牵头单位：市工信局）\n"
        + "三、引进亿元以上项目20个。（牵头单位：市商务局）\n";
    Plan plan = PARSER.parse(text);

    assertThat(plan.allTasks()).hasSize(3);
  }

  @Test
  void parse_headingCitingNothing_takesTheTitleItsBodyForwards() {
    String heading = "某市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n"
        + "各区、县(市)人民政府,市政府各部门:\n";
    assertThat(PARSER.parse(heading + "《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n")
        .title()).isEqualTo("2020年政府工作报告重点工作责任分解");
    assertThat(PARSER.parse("某市人民政府办公室\n关于分解落实2019年市政府工作报告主要目标任务的通知\n"
        + "各县(市、区)人民政府,市各委、办、局:\n为确保年度工作目标顺利完成,现将《2019年市政府工作报告主要目标任务分解表》"
        + "印发给你们,请认真抓好贯彻落实。\n").title()).isEqualTo("2019年市政府工作报告主要目标任务分解表");
    assertThat(PARSER.parse(heading + "为贯彻落实《某省重点工作》,请认真贯彻执行。\n").title())
        .isEqualTo("某市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知");
  }

  /**
   * A body whose citations name a report its congress approved ({@code 《政府工作报告》已经…审议通过。}) and
   * the source of what it forwards ({@code 现将《政府工作报告》2033年6个方面243项工作任务予以分解印发}),
   * not the forwarded document: the notice's heading stays the title.
   */
  @Test
  void parse_citedTitleFollowedByMoreOfWhatIsForwarded_isNoForwardedTitle() {
    Plan plan = PARSER.parse("某县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府,县政府各部门:\n"
        + "《政府工作报告》已经县十八届人民代表大会第二次会议审议通过,明确了2033年的主要目标和工作任务。"
        + "经研究,现将《政府工作报告》2033年6个方面243项工作任务予以分解印发。各牵头领导要高度重视。\n");

    assertThat(plan.title()).isEqualTo("某县人民政府关于分解落实政府工作报告目标任务的通知");
  }

  @Test
  void parse_headingThatForwardsATitleHoldingACitedTitle_takesTheWholeTitle() {
    Plan plan = PARSER.parse("某旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n"
        + "各苏木乡镇人民政府,旗政府各部门:\n经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们。\n"
        + "某旗人民政府办公室\n2022年2月21日\n");

    assertThat(plan.title()).isEqualTo("2022年《政府工作报告》重点任务责任落实分工");
    assertThat(plan.year()).isEqualTo(2022);
  }

  @Test
  void parse_numberedLinksToAttachedFiles_areNoTasksAndNoTitle() {
    Plan plan = PARSER.parse("各镇人民政府,县政府各有关部门:\n现对创卫工作任务再次进行细化分解,量化考核。\n"
        + "附:1、创建国家卫生城市目标任务分解和分值责任细则.docx\n2、县各单位创城主要工作任务.docx\n"
        + "某县人民政府办公室\n2016年9月8日\n");

    assertThat(plan.allTasks()).isEmpty();
    assertThat(plan.title()).isNull();
  }
}
