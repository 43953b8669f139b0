package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copies that lost every line break (annotation guide §6) of plans whose notes stand outside
 * brackets: a section label run onto a task's closing verb-form note, and a task label whose text
 * opens with a Latin capital run onto the date that ends a note line.
 */
class BreaklessVerbNoteCopiesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void sectionLabelRunOntoAClosingVerbNote_startsTheSection() {
    Plan plan = PARSER.parse("某县人民政府办公室关于印发某县2025年民生实事项目工作要点的通知各乡镇人民政府：现印发给你们，请认真贯彻落实。某县人民政府办公室2025年2月20日某县2025年民生实事项目工作要点一、教育医疗"
        + "1.新建改扩建公办幼儿园3所，新增学位540个。县教育体育局牵头，县发展改革局、县财政局配合"
        + "2.为全县老年人免费健康体检不少于2.6万人。县卫生健康局牵头，各乡镇配合"
        + "二、就业社保3.城镇新增就业2200人，城镇调查失业率控制在5.5%以内。县人力资源和社会保障局牵头，各乡镇负责"
        + "三、城乡建设4.新改建农村公路45公里，实施危桥改造6座。县交通运输局负责");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("教育医疗", "就业社保", "城乡建设");
    assertUnits(task(plan, 2), List.of("县卫生健康局"), List.of("各乡镇"));
    assertUnits(task(plan, 3), List.of("县人力资源和社会保障局"), List.of("各乡镇"));
  }

  @Test
  void wordsThatOnlyLookLikeANumeralLabel_stayText() {
    Plan plan = PARSER.parse("某县人民政府办公室关于印发某县2025年民生实事项目工作要点的通知各乡镇人民政府：现印发给你们，请认真贯彻落实。某县人民政府办公室2025年2月20日某县2025年民生实事项目工作要点一、教育医疗"
        + "1.新建改扩建公办幼儿园3所，推动学前教育统一、规范发展，新增学位540个。县教育体育局牵头，县财政局配合"
        + "2.为全县老年人免费健康体检不少于2.6万人，督促各乡镇落实一、二级预防措施。县卫生健康局牵头，各乡镇配合"
        + "3.城镇新增就业2200人，城镇调查失业率控制在5.5%以内。县人力资源和社会保障局牵头，各乡镇负责");
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.allTasks()).hasSize(3);
  }

  @Test
  void taskLabelOpeningWithALatinCapitalRunOntoANoteLinesDate_startsTheTask() {
    Plan plan = PARSER.parse("南江市人民政府办公室关于印发南江市2024年市政府工作报告重点任务责任分工的通知各县（市、区）人民政府：现印发给你们，请认真贯彻落实。南江市人民政府办公室2024年2月20日南江市2024年市政府工作报告重点任务责任分工一、保障和改善民生"
        + "1.新增普惠性托位1600个，每千人口拥有婴幼儿托位数达到4.5个。"
        + "责任领导：钱卫东  责任单位：市卫生健康委、市教育局  配合单位：市财政局  完成时限：2024年9月"
        + "2.PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到88%。"
        + "责任领导：李海  责任单位：市生态环境局  配合单位：市直有关部门");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertUnits(task(plan, 1), List.of("市卫生健康委"), List.of("市教育局", "市财政局"));
    assertUnits(task(plan, 2), List.of("市生态环境局"), List.of("市直有关部门"));
  }
}
