package io.github.policytasks.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeedPlanTest {
  private final Plan plan = Seeds.jiaxiang2023();

  @Test
  void jiaxiang2023_isCachedOnce() {
    assertThat(Seeds.jiaxiang2023()).isSameAs(plan);
  }

  @Test
  void jiaxiang2023_hasTenSectionsAndSeventySixTasks() {
    assertThat(plan.sections()).hasSize(10);
    assertThat(plan.allTasks()).hasSize(76);
    assertThat(plan.allTasks()).extracting(Task::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 76).boxed().toList());
  }

  @Test
  void jiaxiang2023_readsHeaderTitleAndYear() {
    assertThat(plan.title()).isEqualTo("嘉祥县深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.metadata().documentNumber()).isEqualTo("嘉政办字〔2023〕22号");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 8, 8));
  }

  @Test
  void jiaxiang2023_firstTaskIsLedByThreeUnits() {
    Task first = plan.allTasks().get(0);

    assertThat(first.title()).isEqualTo("搭建创新平台");
    assertThat(first.leadUnits()).extracting(u -> u.name())
        .containsExactly("县科技局", "县工业和信息化局", "县发展和改革局");
  }

  @Test
  void jiaxiang2023_spansPointIntoTheEmbeddedText() {
    String text = Seeds.jiaxiang2023Text();

    for (Task task : plan.allTasks()) {
      assertThat(task.span().textOf(text)).contains(task.text()
          .substring(0, Math.min(8, task.text().length())));
      task.targets().forEach(t -> assertThat(t.span().textOf(text)).isEqualTo(t.text()));
    }
  }
}
