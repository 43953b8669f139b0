package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table copied one cell a line (or a paragraph) whose unit cell was written one unit a line
 * (annotation guide §6 Tables): a row holds more lines than its header; the lines after the unit
 * cell's first line that read as units' names (an organisation's ending) and before the next row's
 * number are that same cell, so the row reads as the pipe table's row whose cell lists them.
 */
class UnitPerLineCellsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();
  private static final String TITLE = "某县2031年十件民生实事责任分解表\n";
  private static final String PIPES = TITLE + "序号 | 工作任务 | 责任单位 | 完成时限\n"
      + "1 | 新建污水管网10公里。 | 县水务局、县住建局、县城投公司指挥部 | 12月底前\n"
      + "2 | 新建2座人行天桥。 | 县住建局 | 9月底前\n"
      + "3 | 新增公办幼儿园2所。 | 县教育局、县财政局 | 8月底前\n";

  @Test
  void unitLinesInsideARow_areOneCell() {
    String lines = TITLE + "序号\n工作任务\n责任单位\n完成时限\n"
        + "1\n新建污水管网10公里。\n县水务局\n县住建局\n县城投公司指挥部\n12月底前\n"
        + "2\n新建2座人行天桥。\n县住建局\n9月底前\n"
        + "3\n新增公办幼儿园2所。\n县教育局\n县财政局\n8月底前\n";
    String paragraphs = lines.replace("\n", "\n\n");
    Plan expected = PARSER.parse(PIPES);
    assertThat(expected.allTasks()).hasSize(3);

    for (String copy : new String[] {lines, paragraphs}) {
      Plan plan = PARSER.parse(copy);
      List<Task> tasks = plan.allTasks();
      assertThat(tasks).as(copy).hasSize(3);
      assertThat(tasks).extracting(t -> names(t.leadUnits())).containsExactly(List.of("县水务局"), List.of("县住建局"), List.of("县教育局"));
      assertThat(tasks).extracting(t -> names(t.supportingUnits()))
          .containsExactly(List.of("县住建局", "县城投公司指挥部"), List.of(), List.of("县财政局"));
      assertThat(tasks).extracting(Task::text).containsExactly("新建污水管网10公里。", "新建2座人行天桥。", "新增公办幼儿园2所。");
      assertThat(MetamorphicTest.outline(plan)).isEqualTo(MetamorphicTest.outline(expected));
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }
}
