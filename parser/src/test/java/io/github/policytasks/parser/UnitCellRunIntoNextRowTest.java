package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a task table without number column whose last column names units, a web copy that lost a
 * row's line break runs the row's unit names straight into the next row's first cell ({@code … |
 * 县财政局、县发展和改革局促进消费 | 新增…}); the units end where text that continues no list follows
 * them, and the next row starts there (annotation guide §6, Lost line breaks; Tables).
 */
class UnitCellRunIntoNextRowTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TABLE = "某县2024年政府工作报告目标任务分工方案\n"
      + "类别 | 任务内容 | 牵头领导 | 责任单位\n"
      + "扩大有效投资 | 全年实施重点项目120个。 | 王建国 | 县发展和改革局、各镇街\n"
      + "新建标准厂房15万平方米。 | 县工业和信息化局、县经济开发区管委会\n"
      + "争取专项债券资金12亿元。 | 刘明 | 县财政局、县发展和改革局\n"
      + "促进消费 | 新增限额以上商贸企业30家。 | 陈红 | 县商务局\n"
      + "举办各类促消费活动20场以上。 | 县商务局、县文化和旅游局\n";

  @Test
  void everyTwoRowsOnOneLine_readAsTheTwoRows() {
    Plan original = PARSER.parse(TABLE);
    assertThat(original.allTasks()).hasSize(5);
    assertThat(original.allTasks().get(1).supportingUnits()).extracting(u -> u.name())
        .containsExactly("县经济开发区管委会");
    int header = TABLE.indexOf('\n', TABLE.indexOf('\n') + 1);
    for (int i = TABLE.indexOf('\n', header + 1); i >= 0 && i + 1 < TABLE.length(); i = TABLE.indexOf('\n', i + 1)) {
      String joined = TABLE.substring(0, i) + TABLE.substring(i + 1);
      Plan read = PARSER.parse(joined);
      assertThat(MetamorphicTest.outline(read)).as(joined).isEqualTo(MetamorphicTest.outline(original));
      ConservationProperties.assertConserved(joined, read);
    }
  }

  @Test
  void aUnitCellThatOnlyNamesUnits_orNamesThemByAVerb_isOneCell() {
    String text = "某县2024年重点任务分工\n工作任务 | 牵头单位 | 责任单位\n新建标准厂房15万平方米。 | 县工信局 | 县经济开发区管委会\n"
        + "新增商贸企业30家。 | 县商务局 | 县财政局牵头\n";

    assertThat(PARSER.parse(text).allTasks()).hasSize(2);
  }

  /**
   * A unit ending inside a word of a longer name ({@code 会} of 社会 in 县人力资源和社会保障局, {@code 办}
   * of 办公 in 县政府办公室, {@code unit-inner-words.txt}) ends no name: the units run on to the
   * name's real end, and the next row starts there.
   */
  @Test
  void aUnitEndingInsideAWordOfTheName_endsNoName() {
    String table = "某县2024年政府工作报告目标任务分工方案\n类别 | 任务内容 | 牵头领导 | 责任单位\n"
        + "民生保障 | 城镇新增就业3200人。 | 赵丽 | 县人力资源和社会保障局\n"
        + "新建城市社区养老服务中心4处。 | 县民政局、县政府办公室\n"
        + "新增普惠托位200个。 | 县卫生健康委员会\n";
    Plan original = PARSER.parse(table);
    assertThat(original.allTasks()).hasSize(3);
    assertThat(original.allTasks().get(0).leadUnits()).extracting(u -> u.name()).containsExactly("县人力资源和社会保障局");

    for (String joined : List.of(table.replace("局\n新建", "局新建"), table.replace("室\n新增", "室新增"))) {
      Plan read = PARSER.parse(joined);
      assertThat(MetamorphicTest.outline(read)).as(joined).isEqualTo(MetamorphicTest.outline(original));
      ConservationProperties.assertConserved(joined, read);
    }
  }
}
