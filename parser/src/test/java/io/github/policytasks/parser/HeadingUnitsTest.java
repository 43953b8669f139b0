package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan that groups its items by the unit leading them (annotation guide §2, §6): the heading
 * {@code 一、X牵头工作（8项）} names the lead of every item under it without a note of its own.
 */
class HeadingUnitsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  private static List<String> leads(Task task) {
    return task.leadUnits().stream().map(LeadUnit::name).toList();
  }

  @Test
  void headingNamingTheLeadUnit_leadsEveryItemUnderIt() {
    Plan plan = PARSER.parse("2033年县政府工作报告任务清单\n一、县示范区管委会牵头工作（2项）\n"
        + "1.投资3000万元建设养殖基地。\n2.打造食用菌生产基地。\n"
        + "二、县农业农村局牵头的重点任务\n3.新建高标准农田2万亩。\n4.推进农村改厕。（牵头单位：县卫健委）\n");

    List<Task> tasks = plan.allTasks();
    assertThat(tasks).hasSize(4);
    assertThat(leads(tasks.get(0))).containsExactly("县示范区管委会");
    assertThat(leads(tasks.get(1))).containsExactly("县示范区管委会");
    assertThat(leads(tasks.get(2))).containsExactly("县农业农村局");
    assertThat(leads(tasks.get(3))).containsExactly("县卫健委");
    assertThat(plan.sections().get(0).title()).isEqualTo("县示范区管委会牵头工作（2项）");
  }

  @Test
  void headingWhoseWordsBeforeLeadAreNoUnits_orThatGoesOnAfterTheWorkNoun_namesNoUnit() {
    Plan plan = PARSER.parse("2033年县政府工作报告任务清单\n一、县政府分管领导牵头工作\n1.打造食用菌生产基地。\n"
        + "二、强化统筹牵头工作机制\n2.推进农村改厕。\n三、县发改局牵头工作要抓实\n3.推进园区建设。\n");

    assertThat(plan.allTasks()).hasSize(3).allSatisfy(t -> assertThat(leads(t)).isEmpty());
  }
}
