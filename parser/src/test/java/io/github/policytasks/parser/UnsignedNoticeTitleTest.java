package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * Portal pages whose forwarding notice is shown without its signature and date (issue 10,
 * published pages): the plan title after it is found across its publication note and across the
 * lines it is broken over, never taken as the notice's body.
 */
class UnsignedNoticeTitleTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String PLAN = "为推动发展，特制定本方案。\n一、总体要求\n"
      + "1.建设产业园。新建标准化厂房5万平方米。（牵头单位：区发改局）\n";

  @Test
  void parse_citedTitleBrokenOverThreeLinesAfterAHeadingAlone_isTheTitle_notTheNoticeBody() {
    Plan plan = PARSER.parse("“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发《某区全力打响“某地服务”品牌"
        + "加快建设“国际某区”三年行动计划(2018—2020年)》的通知\n某区全力打响“某地服务”品牌\n"
        + "加快建设“国际某区”三年行动计划\n(2018—2020年)\n" + PLAN);

    assertThat(plan.title()).isEqualTo("某区全力打响“某地服务”品牌加快建设“国际某区”三年行动计划(2018—2020年)");
    assertThat(plan.year()).isEqualTo(2018);
    assertThat(plan.notice().body()).isNull();
  }

  @Test
  void parse_titleAfterAPublicationNoteOfAnUndatedNotice_isTheTitle() {
    Plan plan = PARSER.parse("【规范性文件】某市人民政府办公厅关于印发某市稳定经济运行实施方案的通知\n"
        + "各区县(市)人民政府,市直机关各单位:\n《某市稳定经济运行实施方案》已经市人民政府同意,现印发给你们,\n"
        + "(此件主动公开)\n某市有效降低疫情影响稳定经济运行\n实施方案\n" + PLAN);

    assertThat(plan.title()).isEqualTo("某市有效降低疫情影响稳定经济运行实施方案");
    assertThat(plan.notice().publicationNote()).isEqualTo("此件主动公开");
  }

  @Test
  void parse_titleBrokenOverThreeLinesWhoseNoticeCitesItWithAngleBrackets_isTheWholeTitle() {
    Plan plan = PARSER.parse("某市人民政府办公室关于印发《某市贯彻落实〈关于打好经济增长主动仗的若干政策措施〉实施方案》的通知\n"
        + "各县市区人民政府:\n经市人民政府同意,现将《某市贯彻落实〈关于打好经济增长主动仗的若干政策措施〉实施方案》印发给你们。\n"
        + "某市人民政府办公室\n2023年3月15日\n某市贯彻落实《关于打好经济增长主动仗\n的若干政策\n措施》实施方案\n" + PLAN);

    assertThat(plan.title()).isEqualTo("某市贯彻落实《关于打好经济增长主动仗的若干政策措施》实施方案");
  }

  @Test
  void parse_publicationNoteGarbledByAWrongCharset_isTheNotices_andTheTitleFollows() {
    Plan plan = PARSER.parse("某政综规〔2022〕6号\n各县(区)人民政府,市直各单位:\n现将《某市助力市场主体纾困解难的三十条措施》印发给你们,"
        + "请认真组织实施。\n某市人民政府\n2022年5月7日\n?。ù思鲃庸_)\n某市助力市场主体纾困解难的三十条措施\n" + PLAN);

    assertThat(plan.title()).isEqualTo("某市助力市场主体纾困解难的三十条措施");
    assertThat(plan.notice().publicationNote()).isNull();
  }
}
