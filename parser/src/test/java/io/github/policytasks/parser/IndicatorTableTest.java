package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicator tables (annotation guide §3, §6 Tables; the lexicon's {@code table-headers.txt}):
 * with a unit column ({@code 单位}) and a value column ({@code 目标值}, {@code 2025年目标}, or the
 * latest year), a row's target is its value cell read with its unit cell, its subject the
 * indicator cell; base values ({@code 2022年完成值}, {@code 基期值}), weights ({@code 权重}) and
 * attributes ({@code 预期性}) are never targets, yet stay in the task's text (no cell dropped).
 */
class IndicatorTableTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String WEIGHTED = "某县2023年主要指标任务分解方案\n"
      + "一、主要指标\n"
      + "序号 | 指标名称 | 单位 | 2022年完成值 | 2023年目标值 | 权重 | 属性 | 牵头单位 | 责任单位\n"
      + "1 | 地区生产总值增速 | % | 4.1 | 6.5左右 | 15 | 预期性 | 县发展和改革局 | 县统计局\n"
      + "2 | 固定资产投资 | 亿元 | 86.3 | 95以上 | 10 | 预期性 | 县发展和改革局 | \n"
      + "3 | 单位地区生产总值能耗降低 | % | 3.1 | 3 | 8 | 约束性 | 县工业和信息化局 | \n"
      + "4 | 城乡居民收入增速 | % | 5.8 | 7-8 | 8 | 预期性 | 县统计局 | \n"
      + "5 | 居民消费价格指数 | — | 101.8 | 103.5以内 | 4 | 预期性 | 县发展和改革局 | \n";

  @Test
  void parse_indicatorRow_readsTheValueCellWithTheUnitCell() {
    Plan plan = PARSER.parse(WEIGHTED);

    Target growth = only(task(plan, 1).targets());
    assertThat(growth.text()).isEqualTo("6.5左右");
    assertThat(WEIGHTED.substring(growth.span().start(), growth.span().end())).isEqualTo("6.5左右");
    assertThat(growth.value().amount()).isEqualTo(Amount.parse("6.5"));
    assertThat(growth.value().unit().symbol()).isEqualTo("%");
    assertThat(growth.comparator()).isEqualTo(Bound.APPROXIMATELY);
    assertThat(growth.kind()).isEqualTo(TargetKind.GROWTH);
    assertThat(growth.direction()).isEqualTo(Direction.INCREASE);
    assertThat(growth.subject()).isEqualTo("地区生产总值增速");
    assertUnits(task(plan, 1), List.of("县发展和改革局"), List.of("县统计局"));

    Target investment = only(task(plan, 2).targets());
    assertThat(investment.value().unit().symbol()).isEqualTo("亿元");
    assertThat(investment.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(investment.normalized().amount()).isEqualTo(Amount.parse("9500000000"));
  }

  @Test
  void parse_indicatorRows_readDirectionAndRangesByTheOneGrammar() {
    Plan plan = PARSER.parse(WEIGHTED);

    Target energy = only(task(plan, 3).targets());
    assertThat(energy.kind()).isEqualTo(TargetKind.GROWTH);
    assertThat(energy.direction()).isEqualTo(Direction.DECREASE);
    assertThat(energy.value().amount()).isEqualTo(Amount.parse("3"));
    Target income = only(task(plan, 4).targets());
    assertThat(income.comparator()).isEqualTo(Bound.RANGE);
    assertThat(income.value().amount()).isEqualTo(Amount.parse("7"));
    assertThat(income.upper().amount()).isEqualTo(Amount.parse("8"));
    assertThat(income.text()).isEqualTo("7-8");
  }

  @Test
  void parse_indicatorRows_neverReadBaseValuesWeightsOrAttributes_butKeepThemInTheText() {
    Plan plan = PARSER.parse(WEIGHTED);

    assertThat(plan.allTasks()).hasSize(5);
    for (int n = 1; n <= 4; n++) {
      assertThat(task(plan, n).targets()).as("t" + n).hasSize(1);
    }
    assertThat(task(plan, 1).text()).contains("4.1").contains("15").contains("预期性");
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.TABLE_COLUMN_UNREAD);
  }

  @Test
  void parse_rowEndingInAPipeUnderAHeaderWithout_leavesItsLastCellEmpty() {
    Plan plan = PARSER.parse(WEIGHTED);

    assertUnits(task(plan, 2), List.of("县发展和改革局"), List.of());
    assertUnits(task(plan, 3), List.of("县工业和信息化局"), List.of());
    assertThat(only(task(plan, 3).targets()).text()).isEqualTo("3");
  }

  @Test
  void parse_indicatorWithoutUnit_givesNoTargetAndSaysWhy() {
    Plan plan = PARSER.parse(WEIGHTED);

    assertThat(task(plan, 5).targets()).isEmpty();
    int value = WEIGHTED.indexOf("103.5以内");
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_PARTIAL);
      assertThat(d.span().start()).isEqualTo(value);
      assertThat(d.message()).contains("no unit");
    });
  }

  @Test
  void parse_fiveYearTableWithGoalAndBaseYearColumns_readsTheGoalColumn() {
    Plan plan = PARSER.parse("某市“十四五”时期主要指标分解方案\n"
        + "序号 | 指标 | 单位 | 2020年基期值 | 2025年目标 | 属性 | 责任单位\n"
        + "1 | 常住人口城镇化率 | % | 58.2 | 65 | 预期性 | 市发展和改革委员会\n"
        + "2 | 森林覆盖率 | % | 41.5 | ≥42 | 约束性 | 市林业局\n"
        + "3 | 新增城镇就业 | 万人 | 5.1 | 25 | 预期性 | 市人力资源和社会保障局\n");

    assertThat(plan.allTasks()).hasSize(3);
    Target urban = only(task(plan, 1).targets());
    assertThat(urban.value().amount()).isEqualTo(Amount.parse("65"));
    assertThat(urban.kind()).isEqualTo(TargetKind.SHARE);
    assertThat(only(task(plan, 2).targets()).comparator()).isEqualTo(Bound.AT_LEAST);
    Target jobs = only(task(plan, 3).targets());
    assertThat(jobs.value().unit().symbol()).isEqualTo("万人");
    assertThat(jobs.normalized().amount()).isEqualTo(Amount.parse("250000"));
    assertUnits(task(plan, 2), List.of("市林业局"), List.of());
  }

  @Test
  void parse_valueColumnsHeadedOtherwise_areTheValueColumn() {
    for (String header : List.of("预期值", "指标值", "目标值（2025年）", "目标值(2025年)", "年度目标",
        "2025年目标", "2024年度目标值", "任务数", "目标数")) {
      Plan plan = PARSER.parse("某县2024年主要指标任务分解方案\n"
          + "序号 | 指标名称 | 单位 | 2023年完成值 | " + header + " | 指标属性 | 责任单位\n"
          + "1 | 常住人口 | 万人 | 1.1 | 1.2以上 | 预期性 | 县公安局\n"
          + "2 | 森林覆盖率 | % | 41.5 | 42 | 约束性 | 县林业局\n");

      assertThat(plan.allTasks()).as(header).hasSize(2);
      Target jobs = only(task(plan, 1).targets());
      assertThat(jobs.text()).as(header).isEqualTo("1.2以上");
      assertThat(jobs.comparator()).as(header).isEqualTo(Bound.AT_LEAST);
      assertThat(jobs.normalized().amount()).as(header).isEqualTo(Amount.parse("12000"));
      assertThat(jobs.subject()).as(header).isEqualTo("常住人口");
      assertThat(only(task(plan, 2).targets()).kind()).as(header).isEqualTo(TargetKind.SHARE);
      assertThat(task(plan, 2).text()).as(header).contains("41.5").contains("约束性");
      assertUnits(task(plan, 2), List.of("县林业局"), List.of());
    }
  }

  @Test
  void parse_indicatorCellsNamingTheirUnitInBrackets_needNoUnitColumn() {
    Plan plan = PARSER.parse("某市“十四五”时期主要指标分解方案\n"
        + "序号 | 指标名称（单位） | 2020年 | 2025年目标值 | 属性 | 责任单位\n"
        + "1 | 常住人口城镇化率（%） | 58.2 | 65以上 | 预期性 | 市发展和改革委员会\n"
        + "2 | 新增城镇就业(万人) | 5.1 | 25 | 预期性 | 市人力资源和社会保障局\n"
        + "3 | 居民消费价格指数（—） | 101.8 | 103以内 | 预期性 | 市统计局\n");

    assertThat(plan.allTasks()).hasSize(3);
    Target urban = only(task(plan, 1).targets());
    assertThat(urban.text()).isEqualTo("65以上");
    assertThat(urban.value().unit().symbol()).isEqualTo("%");
    assertThat(urban.subject()).isEqualTo("常住人口城镇化率");
    assertThat(urban.kind()).isEqualTo(TargetKind.SHARE);
    Target jobs = only(task(plan, 2).targets());
    assertThat(jobs.normalized().amount()).isEqualTo(Amount.parse("250000"));
    assertThat(task(plan, 3).targets()).isEmpty();
    assertThat(task(plan, 1).text()).contains("58.2").contains("预期性");
    assertUnits(task(plan, 2), List.of("市人力资源和社会保障局"), List.of());
  }

  @Test
  void parse_rowWithoutItsUnitCell_inATableWithAUnitColumn_readsNoUnitFromTheIndicatorsBrackets() {
    Plan plan = PARSER.parse("某县2024年主要指标任务分解方案\n"
        + "序号 | 指标名称 | 目标值 | 单位 | 属性 | 责任单位\n"
        + "1 | 研发投入强度（%） | 2.5\n"
        + "2 | 森林覆盖率 | 42 | % | 约束性 | 县林业局\n");

    assertThat(plan.allTasks()).hasSize(2);
    assertThat(task(plan, 1).targets()).isEmpty();
    assertThat(task(plan, 1).text()).contains("研发投入强度（%）");
    assertThat(only(task(plan, 2).targets()).value().unit().symbol()).isEqualTo("%");
  }

  /**
   * {@link IndicatorTargets} reads an indicator's bracketed unit exactly where the row has no unit
   * cell at all (its table has no unit column); a unit cell that is there but empty names no unit,
   * whatever the indicator's brackets say.
   */
  @Test
  void readIndicator_bracketedUnit_onlyWhereTheRowHasNoUnitCell() {
    String row = "城镇化率（%） | 65以上 | ";
    SourceText source = new SourceText(row);
    int indicatorEnd = row.indexOf(" |");
    int value = row.indexOf("65");
    int valueEnd = row.indexOf(" |", value);
    int emptyUnit = row.length() - 1;

    DiagnosticCollector noCell = new DiagnosticCollector(source, false);
    List<Target> read = TargetFixture.READER.readIndicator(source,
        new IndicatorTargets.Row(0, indicatorEnd, value, valueEnd, -1, -1), "t1", 2023, noCell);
    Target urban = only(read);
    assertThat(urban.value().unit().symbol()).isEqualTo("%");
    assertThat(urban.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(urban.subject()).isEqualTo("城镇化率");

    DiagnosticCollector emptyCell = new DiagnosticCollector(source, false);
    assertThat(TargetFixture.READER.readIndicator(source,
        new IndicatorTargets.Row(0, indicatorEnd, value, valueEnd, emptyUnit, emptyUnit), "t1", 2023, emptyCell)).isEmpty();
    assertThat(emptyCell.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.TARGET_PARTIAL);
  }

  @Test
  void parse_signedValueCell_isReadWithItsUnitCell() {
    Plan plan = PARSER.parse("某县2024年主要指标任务分解方案\n"
        + "序号 | 指标名称 | 单位 | 预期值 | 属性 | 责任单位\n"
        + "1 | 工业用电量增速 | % | -2-2 | 预期性 | 县工业和信息化局\n"
        + "2 | 居民消费价格涨幅 | % | －1左右 | 预期性 | 县发展和改革局\n");

    Target electricity = only(task(plan, 1).targets());
    assertThat(electricity.text()).isEqualTo("-2-2");
    assertThat(electricity.comparator()).isEqualTo(Bound.RANGE);
    assertThat(electricity.value().amount()).isEqualTo(Amount.parse("-2"));
    assertThat(electricity.upper().amount()).isEqualTo(Amount.parse("2"));
    Target prices = only(task(plan, 2).targets());
    assertThat(prices.comparator()).isEqualTo(Bound.APPROXIMATELY);
    assertThat(prices.normalized().amount()).isEqualTo(Amount.parse("-1"));
  }

  @Test
  void parse_attributeColumnHeadedOtherwise_isNoTargetAndStaysInTheText() {
    for (String header : List.of("属性", "指标属性", "指标性质", "指标类型")) {
      Plan plan = PARSER.parse("某县2024年主要指标任务分解方案\n"
          + "序号 | 指标 | 单位 | 目标值 | " + header + " | 责任单位\n"
          + "1 | 单位地区生产总值能耗降低 | % | 3 | 约束性 | 县发展和改革局\n");

      assertThat(only(task(plan, 1).targets()).value().amount()).as(header).isEqualTo(Amount.parse("3"));
      assertThat(task(plan, 1).text()).as(header).contains("约束性");
      assertThat(plan.diagnostics()).as(header).extracting(Diagnostic::code)
          .doesNotContain(DiagnosticCode.TABLE_COLUMN_UNREAD);
    }
  }

  @Test
  void parse_tableWithoutUnitColumn_readsItsTargetColumnAsTaskText() {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n"
        + "序号 | 重点任务 | 具体目标 | 牵头单位\n"
        + "1 | 扩大有效投资 | 实施重点项目85个，完成投资95亿元以上 | 县发展和改革局\n");

    assertThat(task(plan, 1).targets()).extracting(Target::text).containsExactly("85个", "95亿元以上");
  }

  private static Target only(List<Target> targets) {
    assertThat(targets).hasSize(1);
    return targets.get(0);
  }
}
