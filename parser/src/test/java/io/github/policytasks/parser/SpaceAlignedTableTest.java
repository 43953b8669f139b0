package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task table from a PDF's text copy, its columns aligned with runs of ASCII spaces (annotation
 * guide §6, Tables: columns recognised by their header): read as the table it is, each row a task
 * whose cells the header names; a cell that filled its column is parted from the next by a single
 * space after its sentence end. Paragraph indents of ideographic spaces part no cells.
 */
class SpaceAlignedTableTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PLAN = "某区2024年为民办实事项目安排表\n"
      + "序号    项目名称          年度目标                              责任单位            完成时限\n"
      + "1       改造老旧小区      改造老旧小区15个，惠及居民3200户。    区住房和城乡建设局  2024年11月底前\n"
      + "2       开展技能培训      开展职业技能培训2万人次，合格率达到90%以上。 区人力资源和社会保障局  2024年12月底前\n";

  @Test
  void spaceAlignedColumnsUnderATaskTableHeader_areTheTablesCells() {
    Plan plan = PARSER.parse(PLAN);

    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("改造老旧小区", "开展技能培训");
    assertThat(plan.allTasks()).extracting(t -> t.leadUnits().stream().map(LeadUnit::name).toList())
        .containsExactly(List.of("区住房和城乡建设局"), List.of("区人力资源和社会保障局"));
    assertThat(plan.allTasks().get(1).targets()).extracting(Target::text).containsExactly("2万人次", "90%以上");
    assertThat(plan.allTasks()).extracting(t -> t.deadline().toString()).containsExactly("2024-11-30", "2024-12-31");
  }

  @Test
  void ideographicSpacesOfAParagraphsIndent_partNoCells() {
    String indented = "一、总体思路　　深入贯彻落实新发展理念。　　（一）基本原则。　　坚持市场导向。";
    String aligned = "1       改造老旧小区      改造老旧小区15个。    区住房和城乡建设局";

    assertThat(PipeCells.hasSpacedCells(indented, Line.of(indented, 0, indented.length(), indented.length())))
        .isFalse();
    assertThat(PipeCells.hasSpacedCells(aligned, Line.of(aligned, 0, aligned.length(), aligned.length()))).isTrue();
  }
}
