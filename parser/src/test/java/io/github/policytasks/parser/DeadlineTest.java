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
      "(牵頭單位:縣發改局;完成時限:年內)|2023-12-31"
  })
  void parse_deadlineWords_giveTheEarliestDate(String body, LocalDate expected) {
    assertThat(deadlineOf(body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "预支2023年新增用地指标。",
      "三年内完成改造。",
      "每年年底前报送材料。",
      "今年以来成效明显。",
      "上年底的基数上增长5%。",
      "2023年8月8日召开会议。",
      "实施三年行动计划。"
  })
  void parse_textWithoutDeadlineWords_hasNoDeadline(String body) {
    assertThat(deadlineOf(body)).isNull();
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
