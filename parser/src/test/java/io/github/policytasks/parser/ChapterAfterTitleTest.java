package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A plan title that a web copy ran into its first chapter ({@code …工作要点第一章 夯实…}): the
 * chapter starts a new line as a {@code 一、} or {@code 1.} item does after the title (annotation
 * guide §6, Lost line breaks).
 */
class ChapterAfterTitleTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void titleRunIntoTheFirstChapter_keepsTheChapterAndItsFirstArticle() {
    Plan plan = PARSER.parse("某省2023年数字政府建设工作要点第一章 夯实数字基础设施\n"
        + "第一条 建设政务云平台。新增政务云资源池2个。（牵头单位：省大数据局）\n"
        + "第二章 提升政务服务效能\n第二条 深化一网通办。政务服务事项网上可办率达到95%。（牵头单位：省政务服务中心）\n");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("夯实数字基础设施", "提升政务服务效能");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }
}
