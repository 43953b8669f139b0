package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A pipe table whose header cell spans columns, its parts in a second header row (annotation guide
 * §6, Tables; {@link TwoLevelHeader}): the rows read as under one header row that names the parts.
 */
class TwoLevelHeaderTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TITLE = "某县2024年重点工作推进计划表\n";
  private static final String ROWS =
      "1 | 推进项目建设 | 实施重点项目60个。 | 开工项目35个。 | 县发展改革局 | 县自然资源局 | 2024年12月底前\n"
      + "2 | 稳定粮食生产 | 播种面积稳定在46万亩以上。 | 完成春播面积30万亩。 | 县农业农村局 |  | 2024年10月底前\n";

  @Test
  void lowerHeaderRow_namesTheSpannedColumnsParts() {
    Plan two = PARSER.parse(TITLE + "序号 | 重点任务 | 计划目标 | 牵头单位 | 配合单位 | 完成时限\n全年 | 上半年\n" + ROWS);
    Plan one = PARSER.parse(TITLE + "序号 | 重点任务 | 全年 | 上半年 | 牵头单位 | 配合单位 | 完成时限\n" + ROWS);

    assertThat(one.allTasks()).hasSize(2);
    assertThat(one.allTasks().get(0).targets()).hasSize(2);
    assertThat(MetamorphicTest.outline(two)).isEqualTo(MetamorphicTest.outline(one));
  }

  /**
   * A spanned header cell that is itself a field: {@code 责任单位} over {@code 牵头单位 | 配合单位}
   * names the units, its parts which lead and which support.
   */
  @Test
  void spannedUnitCell_isReadAsItsParts() {
    String rows = "1 | 推进项目建设 | 实施重点项目60个。 | 县发展改革局 | 县自然资源局、县财政局 | 2024年12月底前\n"
        + "2 | 稳定粮食生产 | 播种面积稳定在46万亩以上。 | 县农业农村局 |  | 2024年10月底前\n";
    Plan two = PARSER.parse(TITLE + "序号 | 重点任务 | 年度目标 | 责任单位 | 完成时限\n牵头单位 | 配合单位\n" + rows);
    Plan one = PARSER.parse(TITLE + "序号 | 重点任务 | 年度目标 | 牵头单位 | 配合单位 | 完成时限\n" + rows);

    assertThat(one.allTasks()).extracting(t -> t.leadUnits().get(0).name())
        .containsExactly("县发展改革局", "县农业农村局");
    assertThat(one.allTasks().get(0).supportingUnits()).hasSize(2);
    assertThat(MetamorphicTest.outline(two)).isEqualTo(MetamorphicTest.outline(one));
  }

  /** A short row under the header is a row, not a header's lower row. */
  @Test
  void shortRowUnderTheHeader_staysARow() {
    Plan plan = PARSER.parse(TITLE + "序号 | 重点任务 | 计划目标 | 牵头单位 | 完成时限\n1 | 推进项目建设\n"
        + "2 | 稳定粮食生产 | 完成春播面积30万亩。 | 县农业农村局 | 2024年10月底前\n");

    assertThat(plan.allTasks()).extracting(t -> t.number()).containsExactly(1, 2);
  }
}
