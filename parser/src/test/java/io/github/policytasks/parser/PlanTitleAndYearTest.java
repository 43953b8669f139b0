package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plan title and year as published copies state them (annotation guide §1, §6 "The plan
 * year"): a title written over lines above its document number, a notice that lost its heading
 * or its line breaks, and a document that is its own notice, signed at its end.
 */
class PlanTitleAndYearTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  private static final String OWN_NOTICE_BODY = "各省、自治区人民政府，各部委：\n"
      + "为推进某项工作，现提出以下意见：\n"
      + "一、总体要求\n"
      + "（一）加快建设。年底前完成建设。（某部、某委负责。列第一位者为牵头单位，下同）\n";

  @Test
  void titleOverTwoLinesAboveItsNumber_isJoined_andTheClosingSignatureGivesTheYear() {
    Plan plan = PARSER.parse("某院关于做好当前和今后一个时期\n促进某项工作的若干意见\n某发〔2029〕39号\n\n"
        + OWN_NOTICE_BODY + "某院\n2030年5月6日\n（此件公开发布）\n扫一扫在手机打开当前页\n");
    assertThat(plan.title()).isEqualTo("某院关于做好当前和今后一个时期促进某项工作的若干意见");
    assertThat(plan.year()).isEqualTo(2030);
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void planTitleBrokenOverTwoLinesAfterANoticeThatCitesNoTitle_isJoined() {
    String notice = "某局关于印发培训工作方案的通知\n各会员单位：\n现将方案印发给你们。\n某局\n2023年3月1日\n";
    String body = "\n一、培训安排\n1.开展培训。每人全年参加培训不少于40学时。（牵头部门：培训部）\n";
    Plan plan = PARSER.parse(notice + "2023年某省银行业金融机构\n从业人员培训工作方案" + body);
    assertThat(plan.title()).isEqualTo("2023年某省银行业金融机构从业人员培训工作方案");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.allTasks()).hasSize(1);
    assertThat(PARSER.parse(notice + "2023年某省银行业金融机构从业人员培训工作方案\n组织实施方案" + body).title())
        .isEqualTo("2023年某省银行业金融机构从业人员培训工作方案");
  }

  @Test
  void planTitleBrokenOverTwoLinesWithoutANotice_isJoined_whicheverLineHoldsTheGenreWord() {
    String body = "\n为做好今年工作，制定本方案。\n一、主要目标\n1.地区生产总值增长6%左右。\n牵头单位：区发改局\n";
    Plan second = PARSER.parse("某区政府2033年重点工作\n\n任务分解和责任分工方案\n" + body);
    assertThat(second.title()).isEqualTo("某区政府2033年重点工作任务分解和责任分工方案");
    assertThat(second.year()).isEqualTo(2033);
    Plan first = PARSER.parse("某区政府2033年重点工作任务分解\n和责任分工方案\n" + body);
    assertThat(first.title()).isEqualTo("某区政府2033年重点工作任务分解和责任分工方案");
    assertThat(first.allTasks()).hasSize(1);
  }

  @Test
  void letterheadOrBreadcrumbAboveAShortTitle_isNoPartOfIt() {
    String body = "\n一、主要目标\n1.地区生产总值增长6%左右。\n牵头单位：区发改局\n";
    Plan plan = PARSER.parse("某市某区人民政府文件\n某区2033年工作要点\n" + body);
    assertThat(plan.title()).isEqualTo("某区2033年工作要点");
    Plan office = PARSER.parse("某市某区人民政府办公室\n某区2033年工作要点\n" + body);
    assertThat(office.title()).isEqualTo("某区2033年工作要点");
    Plan breadcrumb = PARSER.parse("首页 > 政务公开 > 通知公告\n某区2033年工作要点\n" + body);
    assertThat(breadcrumb.title()).isEqualTo("某区2033年工作要点");
  }

  @Test
  void documentThatStatesNoDate_takesTheYearOfItsDocumentNumber() {
    Plan plan = PARSER.parse("某院办公厅关于加快发展\n某某产业的指导意见\n某办发〔2031〕121号\n" + OWN_NOTICE_BODY);
    assertThat(plan.title()).isEqualTo("某院办公厅关于加快发展某某产业的指导意见");
    assertThat(plan.year()).isEqualTo(2031);
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2031, 12, 31));
  }

  @Test
  void headerRowLeftOverAboveTheTitleLines_isNoPartOfTheTitle() {
    Plan plan = PARSER.parse("标　　题： | 某院关于促进某区高水平发展的若干意见 |\n主 题 词： |  |  |  |\n\n"
        + "某院关于促进某区\n高水平发展的若干意见\n某发〔2032〕3号\n" + OWN_NOTICE_BODY);
    assertThat(plan.title()).isEqualTo("某院关于促进某区高水平发展的若干意见");
    assertThat(plan.year()).isEqualTo(2032);
  }

  @Test
  void noticeThatLostItsHeading_isReadFromItsAddressees_andTheTitleKeepsItsPeriodLine() {
    Plan plan = PARSER.parse("各市人民政府，省政府有关部门：\n"
        + "《某省特色产业提升工作方案（2031-2035年）》已经省政府同意，现印发给你们，请认真组织实施。\n"
        + "某省人民政府办公厅\n2031年8月9日\n某省特色产业提升工作方案\n（2031-2035年）\n"
        + "为推进特色产业提升，制定本方案。\n一、重点任务\n1.加快建设。年底前完成。（牵头单位：省发展改革委）\n");
    assertThat(plan.title()).isEqualTo("某省特色产业提升工作方案（2031-2035年）");
    assertThat(plan.year()).isEqualTo(2031);
    Notice notice = plan.notice();
    assertThat(notice).isNotNull();
    assertThat(notice.title()).isNull();
    assertThat(notice.addressees()).isEqualTo("各市人民政府，省政府有关部门");
    assertThat(notice.issuer()).isEqualTo("某省人民政府办公厅");
    assertThat(notice.date()).isEqualTo(LocalDate.of(2031, 8, 9));
  }

  @Test
  void frontMatterOnOneLine_isCutAtItsParagraphIndents() {
    String flat = "　　某省人民政府办公厅关于印发促进某某成果　　转移转化行动方案的通知　　某政办发〔2031〕28号"
        + "各市人民政府，省政府各部门：　　《促进某某成果转移转化行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。"
        + "　　某省人民政府办公厅　　2031年4月21日　　（此件公开发布）　　　　促进某某成果转移转化行动方案"
        + "　　促进某某成果转移转化是实施创新驱动发展战略的重要任务，特制定本方案。"
        + "　　一、重点任务　　1.加快建设。年底前完成。（牵头单位：省发展改革委）";
    Plan plan = PARSER.parse(flat);
    assertThat(plan.title()).isEqualTo("促进某某成果转移转化行动方案");
    assertThat(plan.year()).isEqualTo(2031);
    Notice notice = plan.notice();
    assertThat(notice).isNotNull();
    assertThat(notice.title()).isEqualTo("某省人民政府办公厅关于印发促进某某成果转移转化行动方案的通知");
    assertThat(notice.issuer()).isEqualTo("某省人民政府办公厅");
    assertThat(notice.date()).isEqualTo(LocalDate.of(2031, 4, 21));
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2031, 12, 31));
  }

  @Test
  void signatureRunOnToTheLastSentence_givesTheYear() {
    Plan plan = PARSER.parse("某市人民政府，省政府有关部门：为推进某项工作，提出以下实施意见。一、重点任务"
        + "（一）加强建设。年底前建成。（责任单位：省林业和草原局）（二）加强队伍建设。实施人才培养计划，增添发展活力。"
        + "某省人民政府办公厅2032年2月9日");
    assertThat(plan.title()).isNull();
    assertThat(plan.year()).isEqualTo(2032);
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2032, 12, 31));
  }

  @Test
  void lastSentenceEndingInADate_isNoSignature() {
    Plan plan = PARSER.parse("重点工作\n一、任务\n1.推进工作。年底前完成。（牵头单位：县发改局）2032年2月9日\n");
    assertThat(plan.year()).isNull();
  }

  @Test
  void planWithNoYearInTitlesOrDates_takesTheYearItsPeriodStartsFrom() {
    String body = "一、总体目标\n1.目标。2025年起5年内，重点引进高层次人才2000名左右。\n"
        + "二、重点项目\n2.实施引才项目。5年内引进100名人才，年底前出台办法。（牵头单位：市人社局）\n";
    Plan plan = PARSER.parse("关于推进人才集聚工程的实施意见\n为推进人才工作，提出以下实施意见。\n" + body);

    assertThat(plan.year()).isEqualTo(2025);
    assertThat(plan.allTasks().get(1).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(PARSER.parse("关于推进人才集聚工程的2024年实施意见\n" + body).year()).isEqualTo(2024);
    assertThat(PARSER.parse("关于推进人才集聚工程的实施意见\n" + body.replace("2025年起", "12025年起")).year())
        .isNull();
    assertThat(PeriodStart.yearIn("本政策自2021年开始执行。", 0, 13)).isEqualTo(2021);
    assertThat(PeriodStart.yearIn("2021年底前完成，从2022年起实施。", 0, 20)).isEqualTo(2022);
  }

  @Test
  void planYear_takesTheFirstSourceInTheGuidesOrder() {
    PlanYear years = new PlanYear();
    years.put(PlanYear.Source.DOCUMENT_NUMBER, 2018);
    years.put(PlanYear.Source.CLOSING_DATE, 2019);
    years.put(PlanYear.Source.NOTICE_TITLE, null);
    years.put(PlanYear.Source.CITED_TITLE, 2020);
    assertThat(years.resolve()).isEqualTo(new PlanYear.Resolved(2020, PlanYear.Source.CITED_TITLE));
    assertThat(new PlanYear().resolve()).isNull();
  }

  @Test
  void documentNumberYear_isTheFourDigitsInItsBrackets() {
    assertThat(PlanYear.ofDocumentNumber("国发〔2018〕39号")).isEqualTo(2018);
    assertThat(PlanYear.ofDocumentNumber("某政办字[2023]22号")).isEqualTo(2023);
    assertThat(PlanYear.ofDocumentNumber("某政办字［２０２４］２号")).isEqualTo(2024);
    assertThat(PlanYear.ofDocumentNumber("某政发〔18〕9号")).isNull();
    assertThat(PlanYear.ofDocumentNumber("某政发9号")).isNull();
    assertThat(PlanYear.ofDocumentNumber(null)).isNull();
  }

  @Test
  void planRightAfterItsNotice_withoutATitleLine_isTitledByTheNoticesCitation() {
    Plan plan = PlanParser.create().parse("某市人民政府办公厅关于印发《某市2033年政务公开工作要点》的通知\n"
        + "各区人民政府，市政府各委、办、局：\n《某市2033年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
        + "某市人民政府办公厅\n2033年5月28日\n"
        + "2033年是推进结构性改革的攻坚之年。今年政务公开工作的总体要求是：助力深化改革。\n"
        + "一、围绕深化改革推进公开\n（一）推进行政审批公开\n审批事项网上办理比例达到80%以上。（市审改办牵头）\n");

    assertThat(plan.title()).isEqualTo("某市2033年政务公开工作要点");
    assertThat(plan.year()).isEqualTo(2033);
    assertThat(plan.allTasks()).hasSize(1);
  }
}
