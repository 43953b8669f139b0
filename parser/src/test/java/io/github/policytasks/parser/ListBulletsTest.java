package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A list's bullet in place of a number ({@code ●推进…。（牵头单位：…）}, {@code list-bullets.txt}) opens
 * an unnumbered measure with its own note: a task whose text and title start after the mark
 * (variant {@code district-work-points-bullet-measures-bracketed-notes}, blind: 4 titles kept the ●).
 */
class ListBulletsTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_bulletedMeasureWithItsNote_isATaskTitledWithoutItsBullet() {
    java.util.List<Task> tasks = PARSER.parse("某区2024年生态环境保护工作要点\n"
        + "一、打好蓝天保卫战\n"
        + "●推进企业深度治理。完成治理项目25个。（牵头单位：区生态环境分局）\n"
        + "◆ 加强扬尘管控。落实率达到95%以上。（牵头单位：区住房和城乡建设局）\n").allTasks();
    assertThat(tasks).extracting(Task::title).containsExactly("推进企业深度治理", "加强扬尘管控");
    assertThat(tasks.get(0).text()).startsWith("推进企业深度治理。");
  }

  @Test
  void parse_bulletsRunOntoAHeadingInACopyWithoutBreaks_startLines() {
    java.util.List<Task> tasks = PARSER.parse("某区2024年生态环境保护工作要点\n一、打好蓝天保卫战"
        + "●推进企业深度治理。完成治理项目25个。（牵头单位：区生态环境分局）"
        + "●加强扬尘管控。落实率达到95%以上。（牵头单位：区住房和城乡建设局）\n").allTasks();
    assertThat(tasks).extracting(Task::title).containsExactly("推进企业深度治理", "加强扬尘管控");
  }
}
