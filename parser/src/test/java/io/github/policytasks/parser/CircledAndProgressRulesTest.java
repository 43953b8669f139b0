package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the genre that the blind runs of the variants of 3 December showed missing, each on a
 * small document written for it: circled numerals {@code ①②③} that number the tasks under
 * {@code （一）} subsection headings (each item with its own run-on keys), in a copy with its line
 * breaks and in one without; a progress field under a task ({@code 完成情况：已开工…58个}), which
 * reports what was done and so holds no targets and no deadline; a report titled as the tasks'
 * completion ({@code …重点工作任务完成情况}) after the 通报 that covers it; a scanned copy's
 * section heading with a blank between numeral and {@code 、} ({@code 三 、 增 进 民 生}) run into its
 * first task.
 */
class CircledAndProgressRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String CIRCLED_TASKS = "2024年优化营商环境工作要点\n"
      + "一、提升政务服务效能\n"
      + "（一）深化一网通办\n"
      + "①推行集成办理。推出集成服务事项30项以上。责任领导：王志远；责任单位：市政务服务管理局、市市场监管局；完成时限：2024年12月底。\n"
      + "②提升网办深度。全程网办率达到85%以上。责任领导：王志远；责任单位：市政务服务管理局；完成时限：2024年9月底。\n"
      + "（二）推进审批提速\n"
      + "①压缩审批时间。审批时间压减至40个工作日以内。责任单位：市住房城乡建设局、市自然资源和规划局；完成时限：2024年6月底。\n";

  @Test
  void parse_circledItemsWithTheirOwnKeysUnderParenthesisedHeadings_areTheTasks() {
    Plan plan = PARSER.parse(CIRCLED_TASKS);
    assertThat(read(plan)).containsExactly(
        "1 推行集成办理 [市政务服务管理局][市市场监管局] [王志远] 2024-12-31",
        "2 提升网办深度 [市政务服务管理局][] [王志远] 2024-09-30",
        "1 压缩审批时间 [市住房城乡建设局][市自然资源和规划局] [] 2024-06-30");
    assertThat(plan.sections().get(0).subsections()).extracting(s -> s.title())
        .containsExactly("深化一网通办", "推进审批提速");
  }

  @Test
  void parse_circledTasksInACopyWithoutLineBreaks_readAsWithThem() {
    Plan flat = PARSER.parse(CIRCLED_TASKS.replace("\n", ""));
    assertThat(read(flat)).isEqualTo(read(PARSER.parse(CIRCLED_TASKS)));
  }

  @Test
  void parse_circledPointsWithoutNotesOfTheirOwn_stayPointsOfTheirTask() {
    Plan plan = PARSER.parse("2024年优化营商环境工作要点\n"
        + "一、提升政务服务效能\n"
        + "1.推行集成办理。主要目标：①推出集成服务事项30项以上；②全程网办率达到85%以上。\n"
        + "①开展流程再造。\n"
        + "②推行告知承诺。\n"
        + "（牵头单位：市政务服务管理局）\n");
    assertThat(read(plan)).containsExactly("1 推行集成办理 [市政务服务管理局][] [] null");
    assertThat(plan.allTasks().get(0).targets()).hasSize(2);
  }

  private static final String PROGRESS_REPORT = "区人民政府办公室关于2024年重点工作任务完成情况的通报\n"
      + "各街道办事处，区政府各部门：\n"
      + "现将截至11月底的完成情况通报如下。\n"
      + "区人民政府办公室\n"
      + "2024年12月5日\n"
      + "某区2024年重点工作任务完成情况\n"
      + "一、稳定经济增长\n"
      + "1．推进重大项目建设\n"
      + "目标任务：9月底前开工重大项目60个，完成投资120亿元以上。\n"
      + "完成情况：截至8月底，已开工重大项目58个，完成投资112.3亿元，占年度计划的93.6%。\n"
      + "牵头单位：区发展和改革局\n";

  @Test
  void parse_progressFieldUnderATask_holdsNoTargetsAndNoDeadline() {
    Plan plan = PARSER.parse(PROGRESS_REPORT);
    Task task = plan.allTasks().get(0);
    assertThat(task.targets()).extracting(t -> t.text()).containsExactly("60个", "120亿元以上");
    assertThat(task.deadline()).hasToString("2024-09-30");
    assertThat(task.text()).contains("完成情况：截至8月底，已开工重大项目58个");
  }

  @Test
  void parse_progressFieldInACopyWithoutLineBreaks_holdsNoTargets() {
    Task task = PARSER.parse(PROGRESS_REPORT.replace("\n", "")).allTasks().get(0);
    assertThat(task.targets()).extracting(t -> t.text()).containsExactly("60个", "120亿元以上");
  }

  @Test
  void parse_taskHeadingRunOntoItsGoalFieldBeforeAProgressField_keepsItsTitle() {
    Task task = PARSER.parse(PROGRESS_REPORT.replace("建设\n目标", "建设目标")).allTasks().get(0);
    assertThat(task.title()).isEqualTo("推进重大项目建设");
    assertThat(task.targets()).extracting(t -> t.text()).containsExactly("60个", "120亿元以上");
  }

  @Test
  void parse_reportTitledAsTheTasksCompletion_isThePlanTitle() {
    assertThat(PARSER.parse(PROGRESS_REPORT).title()).isEqualTo("某区2024年重点工作任务完成情况");
  }

  private static final String SCANNED = "2024年重点工作任务分解方案\n"
      + "一 、 做 强 实 体 经 济\n"
      + "1．推进工业项目建设。实施工业项目45个。（牵头单位：县工业和信息化局）\n"
      + "二 、 推 进 乡 村 振 兴\n"
      + "2．稳定粮食生产。粮食总产量达到16万吨。（牵头单位：县农业农村局）\n";

  @Test
  void parse_scannedHeadingRunIntoItsFirstTask_startsTheTask() {
    Plan joined = PARSER.parse(SCANNED.replace("济\n1", "济1"));
    assertThat(read(joined)).containsExactly("1 推进工业项目建设 [县工业和信息化局][] [] null",
        "2 稳定粮食生产 [县农业农村局][] [] null");
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(CircledAndProgressRulesTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + t.supportingUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + " " + t.leaders() + " " + t.deadline();
  }
}
