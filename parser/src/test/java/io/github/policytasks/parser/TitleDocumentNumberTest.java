package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A portal heading that runs the document number onto the plan title in brackets ({@code
 * 2021年县政府重点工作任务（华政发〔2021〕2号）}): the number is no part of the title (annotation guide
 * §3, document numbers; §1 the title). A bracket that is no document number stays in the title.
 */
class TitleDocumentNumberTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String BODY = "1.建设道路。新建道路12公里。（牵头单位：县交通局）\n"
      + "2.建设学校。新建学校3所。（牵头单位：县教育局）\n";

  @Test
  void titleWithItsDocumentNumberRunOn_isTheTitleAlone() {
    for (String heading : new String[] {"某县2024年重点工作任务（某政发〔2024〕2号）", "某县2024年重点工作任务(某政发[2024]2号)",
        "某县2024年重点工作任务 （某政办字〔2024〕12号）"}) {
      Plan plan = PARSER.parse(heading + "\n" + BODY);

      assertThat(plan.title()).as(heading).isEqualTo("某县2024年重点工作任务");
      assertThat(plan.year()).as(heading).isEqualTo(2024);
      assertThat(plan.allTasks()).as(heading).hasSize(2);
    }
  }

  @Test
  void titleEndingInABracketThatIsNoDocumentNumber_keepsIt() {
    for (String heading : new String[] {"某县2024年重点工作任务（第二批）", "某县2024年重点工作任务（征求意见稿）"}) {
      assertThat(PARSER.parse(heading + "\n" + BODY).title()).as(heading).isEqualTo(heading);
    }
  }
}
