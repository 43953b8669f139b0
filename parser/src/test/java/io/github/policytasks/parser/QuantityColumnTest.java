package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A project list's amount column, its unit in the header's brackets ({@code 年度投资（万元）}; the
 * lexicon's {@code quantity} headers): each row's bare figure there is a target of its task in
 * that unit, among the targets of its text in input order.
 */
class QuantityColumnTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static Plan table(String amountHeader) {
    return PARSER.parse("某县2025年民生实事项目清单\n"
        + "| 序号 | 项目名称 | 建设内容 | " + amountHeader + " | 责任单位 |\n"
        + "| 1 | 老旧小区改造 | 改造老旧小区6个。 | 2600 | 县住房和城乡建设局 |\n"
        + "| 2 | 农村公路防护 | 实施防护工程42.5公里。 | 1800 | 县交通运输局 |\n");
  }

  @Test
  void parse_amountCellUnderABracketedUnit_isATargetInThatUnit() {
    Task first = table("年度投资（万元）").allTasks().get(0);

    assertThat(first.targets()).extracting(Target::id).containsExactly(first.id() + ".g1", first.id() + ".g2");
    Target amount = first.targets().get(1);
    assertThat(amount.text()).isEqualTo("2600");
    assertThat(amount.comparator()).isEqualTo(Bound.EXACTLY);
    assertThat(amount.value().unit().symbol()).isEqualTo("万元");
    assertThat(amount.normalized().amount().toBigDecimal()).isEqualByComparingTo(new BigDecimal("26000000"));
    assertThat(first.targets().get(0).text()).isEqualTo("6个");
  }

  @Test
  void parse_amountColumn_isNoUnreadColumn() {
    Plan plan = table("年度计划投资(亿元)");

    assertThat(plan.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.TABLE_COLUMN_UNREAD);
    assertThat(plan.allTasks().get(1).targets()).extracting(Target::text).containsExactly("42.5公里", "1800");
    assertThat(plan.allTasks().get(1).targets().get(1).value().unit().symbol()).isEqualTo("亿元");
  }

  /** Without a bracketed unit, or under a header no quantity word names, the cells stay text only. */
  @Test
  void parse_amountColumnWithoutUnitOrQuantityWord_givesNoTarget() {
    for (String header : new String[] {"年度投资", "总投资（万元）", "建设地点（万元）"}) {
      Plan plan = table(header);

      assertThat(plan.allTasks().get(0).targets()).as(header).extracting(Target::text).containsExactly("6个");
      assertThat(plan.allTasks().get(0).text()).as(header).contains("2600");
      assertThat(plan.diagnostics()).as(header).extracting(d -> d.code()).contains(DiagnosticCode.TABLE_COLUMN_UNREAD);
    }
  }

  /**
   * An indicator table's value word with the unit in its brackets ({@code 目标值（亿元）}, {@code
   * 指标值（%）}) names the unit of its cells as a quantity header does: a task table needs no unit
   * column for it, and a bound word in the cell keeps its comparator; the figure is no level
   * without a unit.
   */
  @Test
  void parse_valueColumnWithABracketedUnit_isAQuantityColumn() {
    Plan plan = PARSER.parse("某区2024年稳增长重点工作任务清单\n"
        + "| 序号 | 重点工作 | 工作目标 | 目标值（亿元） | 牵头单位 |\n"
        + "| 1 | 扩大有效投资 | 新开工项目25个。 | 320 | 区发展和改革局 |\n"
        + "| 2 | 加大招商引资 | 签约项目30个。 | 不低于150 | 区投资促进局 |\n");

    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("25个", "320");
    Target floor = plan.allTasks().get(1).targets().get(1);
    assertThat(floor.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(floor.value().unit().symbol()).isEqualTo("亿元");
    assertThat(floor.normalized().amount().toBigDecimal()).isEqualByComparingTo(new BigDecimal("15000000000"));
    assertThat(plan.diagnostics()).extracting(d -> d.code())
        .doesNotContain(DiagnosticCode.TARGET_PARTIAL, DiagnosticCode.TABLE_COLUMN_UNREAD);
  }

  /** A bracketed year after a value word ({@code 目标值（2025年）}) names no unit: the column stays text. */
  @Test
  void parse_valueColumnWithABracketedYear_isNoQuantityColumn() {
    Plan plan = table("目标值（2025年）");

    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("6个");
    assertThat(plan.allTasks().get(0).text()).contains("2600");
  }
}
