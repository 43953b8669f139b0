package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A PDF text copy of a task table whose number, unit and deadline cells are vertically centred in
 * tall rows (variant {@code county-livelihood-table-pdf-vertically-centred-cells}): a row's first
 * title and text lines stand above its number; a piece under a text cell that a sentence end closed
 * starts the next row, whose lines above its number are read with it ({@link SpacedColumns#place}).
 */
class VerticallyCentredCellsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String CENTRED =
      "某县2024年民生实事项目任务分解表\n" +
      "序号    项目名称          目标任务                          牵头单位            完成时限\n" +
      "        城区燃气管道更新  更新改造城区老旧燃气管道35公里，\n" +
      "1       改造              完成居民户内燃气设施改造6000户以  县住房和城乡建设局  2024年11月底前\n" +
      "                          上。\n" +
      "2       义务教育学校扩容  新建、改扩建中小学校4所，新增学   县教育局            2024年8月底前\n" +
      "                          位2400个。\n" +
      "        基层医疗机构提质  建成县域医疗次中心2个，村卫生室\n" +
      "3                         标准化建设达标率达到95%以上，家   县卫生健康局        2024年12月底前\n" +
      "                          庭医生签约服务覆盖率稳定在75%左\n" +
      "                          右。\n";

  @Test
  void linesAboveACentredNumber_openItsRow() {
    Plan plan = PARSER.parse(CENTRED);

    assertThat(plan.allTasks()).extracting(Task::title)
        .containsExactly("城区燃气管道更新改造", "义务教育学校扩容", "基层医疗机构提质");
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("35公里", "6000户以");
    assertThat(plan.allTasks().get(1).targets()).extracting(Target::text).containsExactly("4所", "2400个");
    assertThat(plan.allTasks().get(2).targets()).hasSize(3);
    assertThat(plan.allTasks().get(2).leadUnits()).extracting(u -> u.name()).containsExactly("县卫生健康局");
  }
}
