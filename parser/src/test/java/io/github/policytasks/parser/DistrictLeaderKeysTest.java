package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A district's leader keys (annotation guide §2 leaders): {@code 牵头区领导}, {@code 分管区领导},
 * {@code 责任区领导} name the task's leaders as {@code 牵头县领导}, {@code 分管县领导} and {@code
 * 责任县领导} do in a county's plan, in a bracketed note and on a line of their own; the units of
 * the note stay units.
 */
class DistrictLeaderKeysTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void bracketedDistrictLeaderKeys_nameLeaders() {
    Plan plan = PARSER.parse("2024年区政府工作报告重点任务分解\n一、产业\n"
        + "1.实施技改项目45个。（牵头区领导：马俊；责任单位：区经信局、区发改局）\n"
        + "2.建成物流园一期。（分管区领导：郑丽；责任单位：区商务局）\n");
    Task first = plan.allTasks().get(0);
    assertThat(first.leaders()).containsExactly("马俊");
    assertThat(first.leadUnits()).extracting(u -> u.name()).containsExactly("区经信局");
    assertThat(first.supportingUnits()).extracting(u -> u.name()).containsExactly("区发改局");
    assertThat(plan.allTasks().get(1).leaders()).containsExactly("郑丽");
    assertThat(plan.allTasks().get(1).deadline()).isNull();
  }

  @Test
  void ownLineDistrictLeaderKey_namesTheLeader() {
    Plan plan = PARSER.parse("2024年区政府工作报告重点任务分解\n一、民生\n"
        + "1.新增城镇就业6800人。\n责任区领导：杨光\n责任单位：区人社局、各街道办事处\n");
    Task task = plan.allTasks().get(0);
    assertThat(task.leaders()).containsExactly("杨光");
    assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("区人社局");
  }
}
