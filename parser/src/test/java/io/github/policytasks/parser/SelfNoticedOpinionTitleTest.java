package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A document that is its own notice (an 实施意见 addressed to its readers, with no forwarding
 * notice), as a city portal publishes it (issue 10, published pages): its number on the line above
 * its title, and a first sentence that cites a forwarding notice of the province and ends, after
 * its reasons, in a colon.
 */
class SelfNoticedOpinionTitleTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String BODY = "各镇人民政府（街道办事处），市府直属各单位：\n"
      + "为贯彻落实《省人民政府关于印发进一步稳定和扩大就业若干政策措施的通知》（某府〔2021〕13号），"
      + "强化就业优先政策，提出如下意见：\n一、减负稳岗\n"
      + "1.继续实施失业保险稳岗返还政策。（市人力资源社会保障局、市财政局负责）\n";

  @Test
  void parse_preambleCitingAForwardingNotice_isNoNotice_andTheTitleLineStays() {
    Plan plan = PARSER.parse("某市人民政府关于贯彻落实《进一步稳定和扩大就业若干政策措施》的实施意见\n" + BODY);
    assertThat(plan.notice()).isNull();
    assertThat(plan.title()).isEqualTo("某市人民政府关于贯彻落实《进一步稳定和扩大就业若干政策措施》的实施意见");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_documentNumberOnTheLineAboveTheTitle_givesThePlanYear() {
    Plan plan = PARSER.parse("某府〔2021〕54号\n某市人民政府关于贯彻落实《进一步稳定和扩大就业若干政策措施》的实施意见\n"
        + BODY);
    assertThat(plan.title()).isEqualTo("某市人民政府关于贯彻落实《进一步稳定和扩大就业若干政策措施》的实施意见");
    assertThat(plan.year()).isEqualTo(2021);
  }
}
