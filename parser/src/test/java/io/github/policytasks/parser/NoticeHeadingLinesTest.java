package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A notice heading a page breaks over three lines ({@code 某省人民政府办公厅关于印发某省 / 进一步…支持
 * 民间投资 / 实施方案的通知}, annotation guide §1 notice, §6): it is the notice's heading all the same,
 * so the notice's date gives the plan its year and the plan's title line follows the notice.
 */
class NoticeHeadingLinesTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  @Test
  void headingOverThreeLines_isTheNoticesHeading() {
    Plan plan = PARSER.parse("某省人民政府办公厅关于印发某省\n\n进一步加大力度支持民间投资发展\n\n实施方案的通知\n\n"
        + "某府办〔2033〕5号\n\n各地级以上市人民政府，省政府各部门：\n\n"
        + "《某省进一步加大力度支持民间投资发展的实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。\n\n"
        + "某省人民政府办公厅\n\n2033年3月17日\n\n某省进一步加大力度支持民间\n\n投资发展的实施方案\n\n"
        + "一、发挥重大项目牵引作用\n\n1.梳理筛选具备一定收益水平的项目，向民间资本推介。（省发展改革委牵头负责）\n");

    assertThat(plan.notice()).isNotNull();
    assertThat(plan.notice().title()).isEqualTo("某省人民政府办公厅关于印发某省进一步加大力度支持民间投资发展实施方案的通知");
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2033, 3, 17));
    assertThat(plan.title()).isEqualTo("某省进一步加大力度支持民间投资发展的实施方案");
    assertThat(plan.year()).isEqualTo(2033);
    assertThat(plan.allTasks()).hasSize(1);
  }
}
