package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A task that is one short sentence and its note has no title apart from its text: a title heads the
 * text that follows it (annotation guide §1, a short first sentence that reads as a heading), and
 * here none follows, so the sentence is the task (DECISIONS.md, Task titles).
 */
class OneSentenceTaskTitleTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void aShortSentenceAloneWithItsNote_isText_aShortSentenceBeforeMoreText_isTheTitle() {
    Plan plan = PARSER.parse("一、口岸\n"
        + "1. 加强口岸安全管理。（海关总署牵头，公安部配合）\n"
        + "2. 提高通关效率。整体通关时间压缩至30小时以内。（海关总署负责）\n");

    assertThat(plan.allTasks()).extracting(t -> t.title()).containsExactly(null, "提高通关效率");
    assertThat(plan.allTasks().get(0).text()).startsWith("加强口岸安全管理。");
  }
}
