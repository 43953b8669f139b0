package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A task whose title opens with a figure ({@code 11.121人才梯队项目}): its label reads like a
 * decimal ({@code 11.121}), but where its number follows the last task's on, it numbers the next
 * task (annotation guide §6: numbered items are never dropped). Out of sequence, the line is text.
 */
class TaskNumberBeforeFigureTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void labelBeforeAFigure_inSequence_opensTheNextTask() {
    String text = "某市人才项目实施方案\n一、重点项目\n"
        + "10.“羊城学者”特聘岗位项目。择优设立特聘岗位50个。（牵头单位：市委组织部）\n"
        + "11.121人才梯队项目。重点培养后备人才不少于10名。（牵头单位：市人力资源和社会保障局）\n"
        + "12.博士后培养项目。资助博士后研究人员不少于400名。（牵头单位：市人力资源和社会保障局）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(10, 11, 12);
    Task eleventh = plan.allTasks().get(1);
    assertThat(eleventh.label()).isEqualTo("11.");
    assertThat(eleventh.span().textOf(text)).startsWith("11.121人才梯队项目。").endsWith("市人力资源和社会保障局）");
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("50个");
  }

  @Test
  void figureInsideAProjectName_isNoTargetAndLeavesTheTitle() {
    String text = "某市人才项目实施方案\n一、重点项目\n"
        + "10.“羊城学者”特聘岗位项目。择优设立特聘岗位50个。（牵头单位：市委组织部）\n"
        + "11.121人才梯队项目。重点培养后备人才不少于10名。（牵头单位：市人力资源和社会保障局）\n";
    Task eleventh = PARSER.parse(text).allTasks().get(1);
    assertThat(eleventh.title()).isEqualTo("121人才梯队项目");
    assertThat(eleventh.targets()).extracting(Target::text).containsExactly("不少于10名");
  }

  @Test
  void labelBeforeAFigure_inACopyWithoutLineBreaks_opensTheNextTaskToo() {
    String text = "某市人才项目实施方案一、重点项目"
        + "10.“羊城学者”特聘岗位项目。择优设立特聘岗位50个。（牵头单位：市委组织部）"
        + "11.121人才梯队项目。重点培养后备人才不少于10名。（牵头单位：市人力资源和社会保障局）"
        + "12.博士后培养项目。资助博士后研究人员不少于400名。（牵头单位：市人力资源和社会保障局）";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(10, 11, 12);
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("50个");
    assertThat(plan.allTasks().get(2).targets()).extracting(Target::text).containsExactly("不少于400名");
  }

  @Test
  void wrappedLineOpeningWithADecimalInSequence_staysTextOfTheOpenTask() {
    String text = "某县工作要点\n一、经济\n3. 提振消费市场。社会消费品零售总额\n4.5%以上增长。（牵头单位：县商务局）\n"
        + "4. 落实就业政策。城镇新增就业1500人。（牵头单位：县人社局）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(3, 4);
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("4.5%以上");
  }

  @Test
  void decimalOutOfSequence_staysTextOfTheOpenTask() {
    String text = "某县农业工作要点\n一、农业\n1.建设高标准农田。全年新建：\n"
        + "3.5万亩高标准农田建成并验收。（牵头单位：县农业农村局）\n"
        + "2.发展设施农业。新增大棚200个。（牵头单位：县农业农村局）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("3.5万亩");
  }
  @Test
  void labelBeforeAMonth_afterAnOwnLineNoteWithoutStop_opensTheNextTask() {
    String text = "某县重点工作责任分解\n一、副县长王明牵头重点工作\n"
        + "1.新增规上工业企业35家。\n责任单位：县经信局\n"
        + "2.6月底前完成污水处理厂提标改造。\n责任单位：县住建局、县生态环境分局\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    Task second = plan.allTasks().get(1);
    assertThat(second.leadUnits()).extracting(u -> u.name()).containsExactly("县住建局");
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(u -> u.name()).containsExactly("县经信局");
  }
  @Test
  void labelBeforeAMonth_runOntoAKeyedNote_inACopyWithoutLineBreaks_opensTheNextTask() {
    String text = "某县2024年政府工作报告重点工作责任分解一、副县长王明牵头重点工作"
        + "1.新增规上工业企业35家，规上工业增加值增长8%，全年完成技术改造投资30亿元以上。责任单位：县经信局"
        + "2.6月底前完成县城污水处理厂提标改造，城镇污水集中处理率达到97%以上。责任单位：县住建局、县生态环境分局"
        + "3.新建改建农村公路120公里，完成危桥改造15座，实现具备条件的自然村通硬化路。责任单位：县交通运输局";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(u -> u.name()).containsExactly("县经信局");
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(u -> u.name()).containsExactly("县住建局");
  }
}
