package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * The header words that name a table's task column as city and county lists write them ({@code
 * 主要工作}, {@code 民生实事}, {@code 实事项目}; the lexicon's {@code table-headers.txt}, annotation guide
 * §6 Tables): a table copied one cell a paragraph under such a header is found, each row a task
 * whose text is that column's cell.
 */
class TaskColumnWordsTest {
  private static final PlanParser PARSER = PlanParser.builder().strict(false).build();

  @Test
  void taskColumnWords_openATableOneCellAParagraph() {
    for (String word : new String[] {"主要工作", "民生实事", "实事项目"}) {
      Plan plan = PARSER.parse("某市2031年重点工作责任清单\n\n序号\n\n" + word + "\n\n责任单位\n\n"
          + "1\n\n新建道路10公里。\n\n市交通局\n\n2\n\n新增就业2000人。\n\n市人社局\n\n");

      assertThat(plan.allTasks()).as(word).extracting(Task::text).containsExactly("新建道路10公里。", "新增就业2000人。");
      assertThat(plan.allTasks().get(1).leadUnits()).as(word).extracting(LeadUnit::name).containsExactly("市人社局");
    }
  }
}
