package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copy that ran the notice and the plan onto one line, paragraphs parted by a single blank
 * (annotation guide §6, lost line breaks): after the notice's date, its publication note and the
 * plan title each end at a blank, the title before the first chapter label {@code 一、}; the plan
 * read from it is the plan read from the original.
 */
class RunOnNoticeCloseTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String HEADING = "某县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知\n";
  private static final String BODY = "一、张三县长牵头重点工作 1.全县生产总值增长7.5%左右。 责任单位:县发改局、县财政局 "
      + "2.严控一般性支出。 责任单位:县财政局\n";

  private static String page(String close) {
    return HEADING + "各镇人民政府,县政府各部门: 《政府工作报告2022年重点工作责任分解》已经县政府同意,"
        + "现印发给你们,请认真贯彻执行。 某县人民政府办公室 2022年4月18日 " + close + BODY;
  }

  @Test
  void parse_publicationNoteAndTitleRunOnAfterTheDate_readsTitleSectionAndTasks() {
    Plan plan = PARSER.parse(page("(此件公开发布) 政府工作报告2022年重点工作责任分解 "));

    assertThat(plan.title()).isEqualTo("政府工作报告2022年重点工作责任分解");
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("张三县长牵头重点工作");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertUnits(task(plan, 1), List.of("县发改局"), List.of("县财政局"));
    assertThat(task(plan, 1).targets()).hasSize(1);
  }

  @Test
  void parse_titleRunOnAfterTheDateWithoutNote_readsTheSameTasks() {
    Plan plan = PARSER.parse(page("政府工作报告2022年重点工作责任分解 "));

    assertThat(plan.title()).isEqualTo("政府工作报告2022年重点工作责任分解");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }

  @Test
  void parse_headingClosedByALonePipe_readsThePlanTitleAfterTheNotice() {
    Plan plan = PARSER.parse(page("(此件公开发布) 政府工作报告2022年重点工作责任分解 ")
        .replace("的通知\n", "的通知 |\n||\n"));

    assertThat(plan.title()).isEqualTo("政府工作报告2022年重点工作责任分解");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }

  @Test
  void parse_sentenceAfterTheDate_cutsNothing() {
    Plan plan = PARSER.parse(HEADING + "各镇人民政府: 现印发给你们。 某县人民政府办公室 2022年4月18日 "
        + "请各单位于5月底前报送落实情况,确保任务完成。\n" + BODY.replace(" 1.", "\n1.").replace(" 2.", "\n2."));

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }
}
