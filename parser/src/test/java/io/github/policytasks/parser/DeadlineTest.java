package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines per annotation guide §5, in a plan whose title states the year 2023. */
class DeadlineTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static LocalDate deadlineOf(String body) {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n一、重点工作\n1. 推进工作。" + body + "\n");
    return plan.allTasks().get(0).deadline();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "年内新增企业15家。|2023-12-31",
      "全年举办活动10场以上。|2023-12-31",
      "年底前完成拆除。|2023-12-31",
      "今年完成改造。|2023-12-31",
      "6月底前出台政策。|2023-06-30",
      "六月底前出台政策。|2023-06-30",
      "11月前完成验收。|2023-11-30",
      "2月底前完成。|2023-02-28",
      "上半年完成招标。|2023-06-30",
      "下半年投入使用。|2023-12-31",
      "一季度开工建设。|2023-03-31",
      "第三季度完成。|2023-09-30",
      "2025年底前全部建成。|2025-12-31",
      "到2025年，建成示范区。|2025-12-31",
      "2024年6月底前完成。|2024-06-30",
      "9月30日前完成。|2023-09-30",
      "年底前完成，6月底前启动。|2023-06-30",
      "(牵头单位:县发改局;完成时限:2023年9月)|2023-09-30",
      "(牵头单位:县发改局;完成时限:2023年)|2023-12-31",
      "(牵头单位:县发改局;完成时间:2023年12月31日)|2023-12-31",
      "(牵头单位:县发改局;时间节点:10月底前)|2023-10-31",
      "(牵头单位:县发改局;完成时限:2023-09-15)|2023-09-15",
      "年底前完成。(牵头单位:县发改局;完成时限:2023年9月)|2023-09-30",
      "(牵頭單位:縣發改局;完成時限:年內)|2023-12-31",
      "每年12月底前完成评估。|2023-12-31",
      "每年6月底前报送年度计划。|2023-06-30",
      "每年年底前报送材料。|2023-12-31",
      "每年底前报送材料。|2023-12-31",
      "(牵头单位:县发改局;完成时限:每年12月底前)|2023-12-31"
  })
  void parse_deadlineWords_giveTheEarliestDate(String body, LocalDate expected) {
    assertThat(deadlineOf(body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "预支2023年新增用地指标。",
      "三年内完成改造。",
      "每月10日前报送进展。",
      "每年年底组织开展一次督查。",
      "每年底开展一次评估。",
      "今年以来成效明显。",
      "上年底的基数上增长5%。",
      "2023年8月8日召开会议。",
      "实施三年行动计划。"
  })
  void parse_textWithoutDeadlineWords_hasNoDeadline(String body) {
    assertThat(deadlineOf(body)).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "2024年启动试点，逐步推开。|2024-12-31",
      "持续推进改革，2025年全面推开。|2025-12-31",
      "2024年，在保证质量的前提下扩大招生规模。|2024-12-31",
      "2024-2026年，整合资源。2025年开始，招生层次达到专科以上。|2026-12-31",
      "2024年组织培训；2025年启动二级认证。|2024-12-31",
      "持续精简事项。2025年再取消部分事项，2026年底前基本实现应放尽放。|2025-12-31",
      "2024年一般工商业电价平均降低10%。|2024-12-31",
      "2024年在试点地区推行；2025年在全国开展，上半年将审批时间压减一半。|2024-12-31",
      "2025年在全国开展，上半年将审批时间压减一半。|2025-06-30",
      "2025年推开。年底前完成评估。|2023-12-31",
      "明年上半年企业开办时间压缩到8.5个工作日以内。|2024-06-30",
      "明年完成改造。|2024-12-31",
      "督促金融机构落实政策，确保2018年小微企业贷款规模有所上升。|2018-12-31"
  })
  void parse_yearThatOpensAClause_isTheTimeOfThatClause(String body, LocalDate expected) {
    assertThat(deadlineOf(body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020年以来成效明显。",
      "2020年开始，招生层次达到专科以上。",
      "2024年起5年内引进人才2000名。",
      "2021年的水平上增长5%。",
      "2022年同期相比增长5%。",
      "2024年度考核结果好。",
      "确保招生规模比2022年增长10%以上。",
      "积极申报2024年省级文化项目。",
      "2024年5月召开会议。",
      "2022年、2023年连续获评先进。",
      "确保2022年以来的成果持续巩固。",
      "确保2022年的水平不降低。",
      "2022年全县共培训1.2万人次，力争再增长10%。",
      "巩固培训成果，2021年参训率达到90%。"
  })
  void parse_yearThatIsNoClauseTime_givesNoDeadline(String body) {
    assertThat(deadlineOf(body)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2023年第二季度增长率不低于6%。",
      "上半年同比增长8%以上。",
      "下半年增速保持在7%左右。",
      "第三季度的考核排名进入全省前十。",
      "一季度以来新增企业20家。",
      "较上半年提高5个百分点。",
      "增速比一季度提高1个百分点。",
      "与2023年第三季度相比下降5%。",
      "对小微企业2023年第二季度用电按实际缴纳电费的5%给予补助。",
      "上半年产值增长10%以上。",
      "一季度营业收入超过500万元的企业给予奖励。"
  })
  void parse_quarterOrHalfYearThatIsThePeriodOfAMeasure_givesNoDeadline(String body) {
    assertThat(deadlineOf(body)).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "2023年第二季度完成验收。|2023-06-30",
      "上半年完成招标，同比增长5%。|2023-06-30",
      "第三季度完成，增速比去年提高1个百分点。|2023-09-30"
  })
  void parse_quarterOrHalfYearThatIsATime_staysADeadline(String body, LocalDate expected) {
    assertThat(deadlineOf(body)).isEqualTo(expected);
  }

  @Test
  void spanOfYearsFarBeforeATarget_isNoDeadline_whereverTheClauseReachCutsIt() {
    for (int filler = 40; filler <= 90; filler++) {
      String body = "加大引进和培养力度，5年内引进" + "人".repeat(filler) + "不少于30名。";

      assertThat(TargetFixture.targets(body)).as(body).extracting(t -> t.deadline()).containsExactly((LocalDate) null);
    }
  }

  @Test
  void parse_relativeDeadlineWithoutPlanYear_givesNoDateAndSaysWhy() {
    Plan plan = PARSER.parse("一、重点工作\n1. 推进工作。年底前完成。(牵头单位:县发改局)");
    assertThat(plan.year()).isNull();
    assertThat(plan.allTasks().get(0).deadline()).isNull();
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.PLAN_YEAR_UNKNOWN);
      assertThat(d.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void parse_unreadableDeadlineWithFigures_isAWarning() {
    Plan plan = PARSER.parse("某县2023年工作要点\n一、重点工作\n1. 推进工作。(牵头单位:县发改局;完成时限:2023年第13期)");
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    Plan unread = PARSER.parse("某县2023年工作要点\n一、重点工作\n1. 推进工作。(牵头单位:县发改局;完成时限:按13号文执行)");
    assertThat(unread.allTasks().get(0).deadline()).isNull();
    assertThat(unread.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).contains("按13号文执行");
    });
  }
}
