package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The portal header, the covering notice, the plan title and year, and cited documents. */
class HeaderAndNoticeTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_fourColumnHeaderWithNoise_readsEveryValue() {
    Plan plan = PARSER.parse(Documents.bytes("docs/web-noise.txt"));
    assertThat(plan.metadata().indexNumber()).isEqualTo("11370829MB2845678X/2023-00123");
    assertThat(plan.metadata().topic()).isEqualTo("综合政务");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2023, 3, 2));
    assertThat(plan.metadata().issuer()).isEqualTo("某县人民政府办公室");
    assertThat(plan.metadata().unifiedNumber()).isNull();
    assertThat(plan.metadata().title()).isEqualTo("某县人民政府办公室关于印发某县2023年重点工作任务的通知");
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政办字〔2023〕7号");
    assertThat(plan.metadata().validity()).isEqualTo("有效");
  }

  @Test
  void parse_twoColumnHeaderOnly_readsValuesAndTreatsAbsentWordsAsNull() {
    String text = "发布机关: | 某县人民政府 |\n---|---|\n主题分类: | 无 |\n成文日期: | 2023年08月08日 |\n"
        + "发文字号: | 某政发〔2023〕1号 |\n标题: | 某县2023年重点工作任务 |\n"
        + "某县2023年重点工作任务\n一、重点任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().issuer()).isEqualTo("某县人民政府");
    assertThat(plan.metadata().topic()).isNull();
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 8, 8));
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政发〔2023〕1号");
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_headerKeyWhoseValueThePortalLeftOut_isAbsent_andTheNextKeyKeepsItsValue() {
    String text = "成文日期: | 发布日期: | 2020-04-09 08:44 | |\n发文字号: | 无 | 有 效 性: | 失效 |\n"
        + "某县2020年重点工作任务\n一、重点任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().writtenDate()).isNull();
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2020, 4, 9));
    assertThat(plan.metadata().validity()).isEqualTo("失效");
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.METADATA_DATE_UNREAD);
  }

  @Test
  void parse_articleBylineOfAPortal_isHeaderNotTheTitle_andEndsTheDateBeforeIt() {
    String text = "发布日期:2033-04-02 15:35 点击量:10\n"
        + "某市人民政府办公室关于印发2033年重点工作任务分工的通知\n各县区：\n"
        + "《2033年重点工作任务分工》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        + "某市人民政府办公室\n2033年3月20日\n来源:   作者:   编辑:某某\n"
        + "2033年重点工作任务分工\n一、重点任务\n1. 推进工作。(牵头单位:市发改委)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2033, 4, 2));
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.METADATA_DATE_UNREAD);
    assertThat(plan.title()).isEqualTo("2033年重点工作任务分工");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_headerPairsOfCountyPortals_everyKeyEndsTheValueBeforeIt() {
    String text = "索引号:  330522/2033-01775 发文时间:  2033-02-24\n公开方式:   主动公开 公开时限:   长期公开\n"
        + "文件编号:  某政办发〔2033〕7号 发布机构:  某县政府办公室\n"
        + "名       称: 某县2033年重点工作任务 发布日期: 2033年03月09日\n"
        + "  • 公开日期:2033-03-10\n"
        + "某县2033年重点工作任务\n一、重点任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().indexNumber()).isEqualTo("330522/2033-01775");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2033, 2, 24));
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政办发〔2033〕7号");
    assertThat(plan.metadata().issuer()).isEqualTo("某县政府办公室");
    assertThat(plan.metadata().title()).isEqualTo("某县2033年重点工作任务");
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2033, 3, 9));
    assertThat(plan.diagnostics()).extracting(d -> d.code())
        .containsExactly(DiagnosticCode.METADATA_CONFLICT);
    assertThat(plan.title()).isEqualTo("某县2033年重点工作任务");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_headerTwiceWithDifferentValue_keepsTheFirstAndSaysSo() {
    String text = "发布机关: | 某县人民政府 |\n---|---|\n发布机关: | 某市人民政府 |\n"
        + "一、重点任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().issuer()).isEqualTo("某县人民政府");
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.METADATA_CONFLICT);
      assertThat(d.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void parse_noticeInFullWidth_readsEveryPart() {
    String text = Documents.text("docs/fullwidth-subsections.txt");
    Plan plan = PARSER.parse(text);
    var notice = plan.notice();
    assertThat(notice).isNotNull();
    assertThat(notice.title()).isEqualTo("某市人民政府办公室关于印发《某市2024年重点工作任务分解方案》的通知");
    assertThat(notice.addressees()).isEqualTo("各县（市、区）人民政府，市政府各部门");
    assertThat(notice.body()).isEqualTo("《某市2024年重点工作任务分解方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。");
    assertThat(notice.issuer()).isEqualTo("某市人民政府办公室");
    assertThat(notice.date()).isEqualTo(LocalDate.of(2024, 2, 6));
    assertThat(notice.publicationNote()).isEqualTo("此件公开发布");
    assertThat(notice.span().textOf(text)).startsWith("某市人民政府办公室关于印发").endsWith("（此件公开发布）");
    assertThat(plan.title()).isEqualTo("某市2024年重点工作任务分解方案");
    assertThat(plan.year()).isEqualTo(2024);
    assertThat(plan.references()).extracting(DocumentReference::title).containsExactly("政府工作报告");
  }

  @Test
  void parse_noticeWithChineseNumeralDateAndTitleOnTwoLines_readsDateAndJoinsTitle() {
    String text = "关于印发《某县深化改革2023年\n重点工作任务》的通知\n各乡镇人民政府：\n现将方案印发给你们。\n某县人民政府\n"
        + "二〇二三年三月五日\n某县深化改革2023年\n重点工作任务\n一、改革\n1. 推进改革。(牵头单位:县委改革办)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.notice().title()).isEqualTo("关于印发《某县深化改革2023年重点工作任务》的通知");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2023, 3, 5));
    assertThat(plan.notice().addressees()).isEqualTo("各乡镇人民政府");
    assertThat(plan.title()).isEqualTo("某县深化改革2023年重点工作任务");
    assertThat(plan.year()).isEqualTo(2023);
  }

  @Test
  void parse_preambleCitations_becomeReferencesWithDocumentNumbers() {
    String text = "某县2023年工作要点\n为落实《某省三年行动计划(2023-2025年)》（某政发〔2023〕5号）和《某市实施方案》[某政办字〔2023〕9号]，"
        + "结合《某省三年行动计划(2023-2025年)》（某政发〔2023〕5号），制定本要点。\n一、任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.references()).hasSize(2);
    DocumentReference first = plan.references().get(0);
    assertThat(first.title()).isEqualTo("某省三年行动计划(2023-2025年)");
    assertThat(first.documentNumber()).isEqualTo("某政发〔2023〕5号");
    assertThat(first.span().textOf(text)).isEqualTo("《某省三年行动计划(2023-2025年)》（某政发〔2023〕5号）");
    assertThat(plan.references().get(1).title()).isEqualTo("某市实施方案");
    assertThat(plan.references().get(1).documentNumber()).isEqualTo("某政办字〔2023〕9号");
  }

  @Test
  void parse_documentWithoutTitleYear_takesTheYearFromTheNotice() {
    String text = "关于印发《某县2024年重点工作任务》的通知\n各部门：\n现印发给你们。\n某县人民政府\n2024年1月5日\n"
        + "重点工作任务\n一、任务\n1. 推进工作。年底前完成。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isEqualTo("重点工作任务");
    assertThat(plan.year()).isEqualTo(2024);
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void parse_headerAsKeyValuePairsWithoutPipes_readsEveryPair() {
    String text = "索 引 号：\t113708/2023-01\t主题分类：\t暂无\n成文日期：2023年05月06日　发布日期：2023-05-08\n"
        + "发文字号：某政办发〔2023〕9号\n某县2023年重点工作任务\n一、任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().indexNumber()).isEqualTo("113708/2023-01");
    assertThat(plan.metadata().topic()).isNull();
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 5, 6));
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2023, 5, 8));
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政办发〔2023〕9号");
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务");
  }

  @Test
  void parse_headerDateThatIsNoDate_isLeftOutWithAWarning() {
    String text = "成文日期: | 二〇二三年某月 |\n---|---|\n一、任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().writtenDate()).isNull();
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.METADATA_DATE_UNREAD);
      assertThat(d.span().textOf(text)).isEqualTo("二〇二三年某月");
    });
  }

  @Test
  void parse_tabSeparatedHeaderAndFirstListedRuleWithOwnLineNotes_readsAll() {
    Plan plan = PARSER.parse(Documents.text("docs/first-listed-ownline-tabs.txt"));
    assertThat(plan.metadata().indexNumber()).isEqualTo("01234-2024-00012");
    assertThat(plan.metadata().topic()).isEqualTo("发展规划");
    assertThat(plan.metadata().issuer()).isEqualTo("某市人民政府办公室");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(plan.notice().title()).isEqualTo("关于印发某市2024年政府工作报告重点任务分工方案的通知");
    assertThat(plan.notice().addressees()).isEqualTo("各县（市、区）人民政府，市政府各部门、各直属机构");
    assertThat(plan.title()).isEqualTo("某市2024年政府工作报告重点任务分工方案");
    assertThat(plan.allTasks()).hasSize(6);
    var first = plan.task("t1").orElseThrow();
    assertThat(first.leadUnits()).extracting(u -> u.name()).containsExactly("市工业和信息化局");
    assertThat(first.supportingUnits()).extracting(u -> u.name()).containsExactly("市发展改革委", "各县（市、区）人民政府");
    assertThat(plan.task("t3").orElseThrow().supportingUnits()).extracting(u -> u.name()).containsExactly("市自然资源和规划局");
    assertThat(plan.task("t5").orElseThrow().leadUnits()).extracting(u -> u.name()).containsExactly("市人力资源社会保障局");
    assertThat(plan.task("t6").orElseThrow().deadline()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(plan.sections().get(1).subsections()).extracting(s -> s.title())
        .containsExactly("坚定不移推动产业升级", "全力扩大有效需求");
  }

  @Test
  void parse_jointNoticeSignedByTwoOffices_keepsBothIssuerLines() {
    Plan plan = PARSER.parse(Documents.text("docs/joint-notice-brackets.txt"));
    assertThat(plan.notice().issuer()).isEqualTo("中共某县委办公室\n某县人民政府办公室");
    assertThat(plan.notice().body()).isEqualTo("现将《某县2023年乡村振兴重点工作任务清单》印发给你们，请结合实际，认真抓好落实。");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2023, 4, 10));
    assertThat(plan.title()).isEqualTo("某县2023年乡村振兴重点工作任务清单");
    var last = plan.task("t5").orElseThrow();
    assertThat(last.leadUnits()).extracting(u -> u.name()).containsExactly("县住建局", "县生态环境分局");
    assertThat(last.supportingUnits()).extracting(u -> u.name()).containsExactly("各乡镇");
    assertThat(last.text()).endsWith("〔牵头单位：县住建局、县生态环境分局；责任单位：各乡镇〕");
  }

  @Test
  void parse_noticeWithMainRecipientKeyAndDateOnTheSigningLine_readsBoth() {
    String text = "关于印发某县2023年重点工作任务的通知\n主送：各镇街、县直各部门。\n现将任务印发给你们，请抓好落实。\n"
        + "某县人民政府办公室　　2023年2月1日\n（此件公开发布）\n某县2023年重点工作任务\n一、任务\n1. 推进工作。(牵头单位:县发改局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.notice().addressees()).isEqualTo("各镇街、县直各部门");
    assertThat(plan.notice().body()).isEqualTo("现将任务印发给你们，请抓好落实。");
    assertThat(plan.notice().issuer()).isEqualTo("某县人民政府办公室");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2023, 2, 1));
    assertThat(plan.notice().publicationNote()).isEqualTo("此件公开发布");
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务");
  }

  @Test
  void parse_citationsInTasks_countOnlyWithADocumentNumber() {
    String text = "某县2023年工作要点\n根据《某省实施意见》（某政发〔2023〕1号），制定本要点。\n一、任务\n"
        + "1. 推进改革。落实《某市行动方案》(某政办发〔2023〕8号)，制定《某县实施细则》。(牵头单位:县发改局)\n"
        + "2. 深化落实。继续落实《某省实施意见》（某政发〔2023〕1号）。(牵头单位:县财政局)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.references()).extracting(DocumentReference::title).containsExactly("某省实施意见", "某市行动方案");
    assertThat(plan.references().get(1).documentNumber()).isEqualTo("某政办发〔2023〕8号");
    assertThat(plan.references().get(1).span().textOf(text)).isEqualTo("《某市行动方案》(某政办发〔2023〕8号)");
  }

  @Test
  void parse_noticeThatIsTheWholeDocument_takesItsHeadingAsTheTitle() {
    Plan plan = PARSER.parse("国务院办公厅关于落实2015年农村工作若干意见有关政策措施分工的通知\n"
        + "国务院各部委、各直属机构：\n现就有关分工事项通知如下：\n一、工作分工\n"
        + "（一）关于“稳定粮食生产”的问题，由发展改革委会同农业部等部门负责落实。\n");
    assertThat(plan.title()).isEqualTo("国务院办公厅关于落实2015年农村工作若干意见有关政策措施分工的通知");
    assertThat(plan.year()).isEqualTo(2015);
  }
}
