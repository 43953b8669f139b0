package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Note keys written in square corner brackets with no colon, run on after the task's text
 * ({@code …。【牵头单位】县应急管理局【配合单位】A、B【完成时限】2024年12月底}; guide §2: other
 * brackets, keys parted without punctuation): each bracketed key names the field of the words
 * after it up to the next key (variant {@code county-safety-tasks-paren-numbers-bracketed-keys-without-colons},
 * blind units 0/4), also where a copy ran the next task onto the deadline.
 */
class BracketedNoteKeysTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String TASKS = "某县2024年安全生产重点工作任务\n"
      + "一、强化风险防控\n"
      + "（一）开展隐患排查。排查隐患1500处以上。【牵头单位】县应急管理局【配合单位】县住房和城乡建设局、县交通运输局【完成时限】2024年12月底\n"
      + "（二）推进标准化建设。新增达标企业30家。【牵头单位】县应急管理局【完成时限】2024年11月底\n";

  @Test
  void parse_keysInCornerBracketsWithoutColons_nameTheUnitsAndDeadline() {
    assertThat(read(PARSER.parse(TASKS))).containsExactly(
        "1 开展隐患排查 [县应急管理局][县住房和城乡建设局、县交通运输局] 2024-12-31",
        "2 推进标准化建设 [县应急管理局][] 2024-11-30");
  }

  @Test
  void parse_bracketedKeysInACopyWithoutLineBreaks_readAsWithThem() {
    assertThat(read(PARSER.parse(TASKS.replace("\n", "")))).isEqualTo(read(PARSER.parse(TASKS)));
  }

  @Test
  void parse_aBracketedTitleOrWordsThatAreNoKey_stayText() {
    Plan plan = PARSER.parse("某县2024年重点任务\n一、项目建设\n"
        + "1.【推进重点项目】开工项目30个，做好【项目调度】工作。（牵头单位：县发展和改革局）\n");
    assertThat(read(plan)).containsExactly("1 推进重点项目 [县发展和改革局][] null");
  }

  private static List<String> read(Plan plan) {
    return plan.allTasks().stream().map(BracketedNoteKeysTest::line).toList();
  }

  private static String line(Task t) {
    return t.number() + " " + t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + t.supportingUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + " " + t.deadline();
  }
}
