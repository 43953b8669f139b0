package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead mark inside a table's unit cell (annotation guide §6 Tables and Notes; {@code
 * cell-lead-marks.txt}: {@code ▲}, {@code ★}, {@code *}): the unit the mark stands before leads, the
 * other units of the cell support, wherever the marked one is listed; the mark is no part of any
 * name. A cell without a mark keeps the first-listed reading.
 */
class MarkedLeadCellsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();
  private static final String TABLE = "某市2031年政府工作报告主要目标任务分解清单\n序号 | 主要工作任务 | 责任单位\n"
      + "1 | 生产总值增长7.5%左右 | ▲市发改局,各部门,各镇乡(街道)\n"
      + "2 | 一般公共预算收入增长7.5% | 市财政局、★市税务局\n"
      + "3 | 研发投入强度2.85%以上 | 市教育局,*市科技局,市经信局\n"
      + "4 | 城乡居民收入增长与经济增长基本同步 | 市人社局,市农业农村局\n";

  @Test
  void markedUnit_leads_theOthersSupport_andTheMarkIsNoName() {
    Plan plan = PARSER.parse(TABLE);

    List<Task> tasks = plan.allTasks();
    assertThat(tasks).hasSize(4);
    assertThat(tasks).extracting(t -> names(t.leadUnits()))
        .containsExactly(List.of("市发改局"), List.of("市税务局"), List.of("市科技局"), List.of("市人社局"));
    assertThat(tasks).extracting(t -> names(t.supportingUnits()))
        .containsExactly(List.of("各部门", "各镇乡(街道)"), List.of("市财政局"), List.of("市教育局", "市经信局"),
            List.of("市农业农村局"));
    ConservationProperties.assertConserved(TABLE, plan);
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }
}
