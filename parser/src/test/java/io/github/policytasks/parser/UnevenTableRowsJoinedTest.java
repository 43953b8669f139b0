package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * Two rows of an assessment table grouped by department (annotation guide §6, Tables: rows that
 * leave out spanned cells, rows that add a group label) that a web copy ran onto one line read as
 * the two rows, whatever their widths: the second starts at the next task number, else at the
 * item's score after the first row's empty last cell; a score inside one row is no split.
 */
class UnevenTableRowsJoinedTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String TABLE = "某县2020年度人居环境整治责任单位考核细则\n"
      + "序号 | 考核项目 | 各项分值 | 考核内容 | 评分标准 | 备注 |\n"
      + "一、 | 部门职责考核项目 | 70 |  |  |  |\n"
      + "1 | 重点考核部门 | 县农业农村局 | 40 | 推进农村生活垃圾治理 | 新建乡镇垃圾中转站3座（40分）。 |  |\n"
      + "30 | 推进畜禽粪污资源化利用 | 全县畜禽粪污综合利用率达到85%以上（30分）。 |  |\n"
      + "2 | 县住建局 | 70 | 推进农村生活污水治理 | 新增农村生活污水治理行政村25个（70分）。 |  |\n"
      + "3 | 县卫健委 | 35 | 推进农村厕所革命 | 完成农村户厕改造4500户以上（35分）。 |  |\n"
      + "35 | 开展农村爱国卫生运动 | 组织开展村庄清洁行动，年内不少于4次（35分）。 |  |\n"
      + "15 | 开展农村饮水安全宣传 | 年内发放宣传资料2000份以上（15分）。 |  |\n"
      + "4 | 一般考核部门 | 县财政局 | 5 | 落实整治专项资金 | 安排整治专项资金不低于3000万元（70分）。 |  |\n";

  @Test
  void theTable_readsEachRowAsATaskOfItsDepartment() {
    Plan plan = PARSER.parse(TABLE);

    assertThat(plan.allTasks()).extracting(t -> t.number()).containsExactly(1, 1, 2, 3, 3, 3, 4);
    assertThat(plan.allTasks().get(6).targets()).extracting(t -> t.text()).containsExactly("不低于3000万元");
  }

  @Test
  void everyTwoRowsOnOneLine_readAsTheTwoRows() {
    Plan original = PARSER.parse(TABLE);
    int header = TABLE.indexOf('\n', TABLE.indexOf('\n') + 1);
    for (int i = TABLE.indexOf('\n', header + 1); i >= 0 && i + 1 < TABLE.length(); i = TABLE.indexOf('\n', i + 1)) {
      String joined = TABLE.substring(0, i) + TABLE.substring(i + 1);
      Plan read = PARSER.parse(joined);
      assertThat(MetamorphicTest.outline(read)).as(joined).isEqualTo(MetamorphicTest.outline(original));
      ConservationProperties.assertConserved(joined, read);
    }
  }
}
