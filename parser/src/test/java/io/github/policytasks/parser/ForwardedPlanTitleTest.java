package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A page that gives the forwarded plan's items without the plan's own title line (annotation
 * guide §6, the plan year and title): the plan is the one the covering notice forwards, so its
 * title is the title the notice cites, from the notice's heading, or from the portal header's 标题
 * when the page shows the notice without its heading.
 */
class ForwardedPlanTitleTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String ITEMS = "一、稳住外贸基本盘\n"
      + "1.全省货物贸易进出口总额力争达到5200亿元。（牵头单位：对外贸易处）\n"
      + "2.新增有进出口实绩企业1500家左右。（牵头单位：对外贸易处）\n";

  @Test
  void portalTitleOnly_theCitedTitleIsThePlansTitle() {
    Plan plan = PARSER.parse("索 引 号：11350000003591234K/2024-00087\n"
        + "发布机构：某省商务厅\n"
        + "标    题：某省商务厅关于印发《2024年全省外贸稳规模优结构工作要点》的通知\n"
        + "发文字号：某商贸〔2024〕18号\n"
        + "各设区市商务局，厅机关各处室：\n"
        + "现将《2024年全省外贸稳规模优结构工作要点》印发给你们，请认真抓好贯彻落实。\n"
        + "某省商务厅\n"
        + "2024年4月12日\n"
        + ITEMS);
    assertThat(plan.title()).isEqualTo("2024年全省外贸稳规模优结构工作要点");
    assertThat(plan.year()).isEqualTo(2024);
    assertThat(plan.allTasks()).hasSize(2);
  }

  @Test
  void noticeHeadingWithoutThePlansTitleLine_theCitedTitleIsThePlansTitle() {
    Plan plan = PARSER.parse("某省商务厅关于印发《2024年全省外贸稳规模优结构工作要点》的通知\n"
        + "各设区市商务局，厅机关各处室：\n"
        + "现将《2024年全省外贸稳规模优结构工作要点》印发给你们，请认真抓好贯彻落实。\n"
        + "某省商务厅\n"
        + "2024年4月12日\n"
        + ITEMS);
    assertThat(plan.title()).isEqualTo("2024年全省外贸稳规模优结构工作要点");
  }

  @Test
  void portalTitleOfAPlanThatIsNoNotice_isNoCitation() {
    Plan plan = PARSER.parse("标    题：某省商务厅2024年工作要点\n"
        + "发布机构：某省商务厅\n"
        + ITEMS);
    assertThat(plan.title()).isNotEqualTo("2024年全省外贸稳规模优结构工作要点");
  }
}
