package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.examples.PlanInYourOwnTypes.MyPlan;
import io.github.policytasks.examples.PlanInYourOwnTypes.MyTask;
import io.github.policytasks.seeds.Seeds;
import org.junit.jupiter.api.Test;

class PlanInYourOwnTypesTest {

  @Test
  void readSeed_fillsTheOtherSystemsRecordsFromTheJsonContract() {
    MyPlan plan = PlanInYourOwnTypes.readSeed();

    assertThat(plan.title()).isEqualTo(Seeds.jiaxiang2023().title());
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.sections()).hasSize(10);
    assertThat(plan.sections().stream().mapToInt(s -> s.tasks().size()).sum()).isEqualTo(76);
    MyTask first = plan.sections().get(0).tasks().get(0);
    assertThat(first.id()).isEqualTo("t1");
    assertThat(first.title()).isEqualTo("搭建创新平台");
    assertThat(first.leadUnits()).extracting(u -> u.name())
        .containsExactly("县科技局", "县工业和信息化局", "县发展和改革局");
    assertThat(first.targets()).hasSameSizeAs(Seeds.jiaxiang2023().allTasks().get(0).targets());
  }

  @Test
  void print_summarisesSectionsOfTheSeed() {
    String printed = Printed.by(out -> PlanInYourOwnTypes.print(PlanInYourOwnTypes.readSeed(),
        out));

    assertThat(printed).startsWith("嘉祥县深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务 (2023)\n")
        .contains("  1 聚力创新驱动战略,建设高水平创新城市: 5 tasks, ")
        .contains("  10 聚力统筹发展安全,切实守牢一排底线: 3 tasks, ");
  }
}
