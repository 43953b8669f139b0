package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Numerals;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's MANY_TASKS family with its lines joined in pairs (every second line break made a
 * space, as a web copy loses them): each section heading runs into its first task and the tasks
 * run into each other in pairs, yet no task is lost and each reads as in the original (issue 15:
 * numbered items are never dropped). The plan is built as the benchmarks module builds it: sections
 * of 120 tasks numbered from 1, the seed's task texts in turn, about 1,070 tasks.
 */
class ManyTasksJoinedInPairsTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final int CHARS = 170_000;
  private static final int TASKS_PER_SECTION = 120;

  @Test
  void manyTasksJoinedInPairs_readsEveryTaskAsTheOriginal() {
    String text = manyTasks();
    Plan original = PARSER.parse(text);
    String joined = joinedInPairs(text);
    Plan read = PARSER.parse(joined);

    assertThat(original.allTasks()).hasSizeGreaterThan(1000);
    assertThat(read.allTasks()).hasSameSizeAs(original.allTasks());
    assertThat(MetamorphicTest.outline(read)).isEqualTo(MetamorphicTest.outline(original));
    assertThat(read.sections()).extracting(s -> s.title())
        .isEqualTo(original.sections().stream().map(s -> s.title()).toList());
  }

  private static String manyTasks() {
    List<Task> tasks = PARSER.parse(Documents.seed()).allTasks();
    StringBuilder out = new StringBuilder("嘉祥县2023年重点工作任务\n");
    int k = 0;
    for (int section = 1; out.length() < CHARS; section++) {
      out.append(Numerals.write(section)).append("、重点任务第").append(section).append("部分\n");
      for (int number = 1; number <= TASKS_PER_SECTION && out.length() < CHARS; number++) {
        out.append(number).append(". ").append(tasks.get(k++ % tasks.size()).text()).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code text} with every second line break, counting from the title's, made a space. */
  private static String joinedInPairs(String text) {
    StringBuilder out = new StringBuilder(text);
    boolean join = false;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\n') {
        if (join && i + 1 < out.length()) {
          out.setCharAt(i, ' ');
        }
        join = !join;
      }
    }
    return out.toString();
  }
}
