package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first {@code （1）} task that a copy ran straight onto a section heading's words ({@code
 * 一、市容环境整治（1）整治占道经营。…}) starts a line, as {@code 1.} does there (variant {@code
 * district-scheme-paren-number-tasks-under-sections-some-numbered-headings}: its joined and
 * breakless copies lost task 1). A {@code （2）} there, or a {@code （1）} inside a sentence, starts none.
 */
class SubItemRunOntoHeadingTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String SCHEME = "某区2024年城市管理提升行动方案\n"
      + "一、市容环境整治\n"
      + "（1）整治占道经营。规范马路市场8处。（牵头单位：区城市管理局）\n"
      + "（2）清理违规广告。拆除广告牌匾350块。（牵头单位：区城市管理局）\n";

  @Test
  void parse_firstSubItemRunOntoASectionHeading_startsALine() {
    String joined = SCHEME.replace("整治\n（1）", "整治（1）");
    assertThat(read(PARSER.parse(joined))).isEqualTo(read(PARSER.parse(SCHEME)))
        .containsExactly("1 整治占道经营 [8处]", "2 清理违规广告 [350块]");
    assertThat(PARSER.parse(joined).sections().get(0).title()).isEqualTo("市容环境整治");
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(SubItemRunOntoHeadingTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.title() + " " + t.targets().stream().map(g -> g.text()).toList();
  }
}
