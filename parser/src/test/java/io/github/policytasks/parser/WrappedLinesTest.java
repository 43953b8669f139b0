package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PDF copy whose lines were cut at the page's width inside sentences, words and notes ({@code
 * 县财⏎政局}, {@code 配合⏎单位：}) reads as the text without those cuts ({@link WrappedLines}; variant
 * {@code county-work-plan-pdf-hard-wrapped-prose-and-notes}, blind units 0/3: the cuts kept in unit
 * names, a key cut in two); lines of many widths, and a line that ends a sentence, are never joined.
 */
class WrappedLinesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String CUT = "某县2024年项目建设工作方案\n"
      + "一、加快项目建设\n"
      + "1.推进重点项目建设。全年实施县级重点项目\n"
      + "85个，完成投资120亿元以上，其中新开工项\n"
      + "目40个。（牵头单位：县发展和改革局；配合\n"
      + "单位：县自然资源局、县住房和城乡建设局）\n"
      + "2.强化项目要素保障。全年保障项目建设用地\n"
      + "1800亩。（牵头单位：县自然资源局；配合单\n"
      + "位：县财政局、县行政审批服务局）\n";

  @Test
  void parse_linesCutAtThePagesWidth_readAsJoined() {
    assertThat(read(PARSER.parse(CUT))).containsExactly(
        "推进重点项目建设 [县发展和改革局][县自然资源局、县住房和城乡建设局] [85个, 120亿元以上, 40个]",
        "强化项目要素保障 [县自然资源局][县财政局、县行政审批服务局] [1800亩]");
  }

  @Test
  void parse_linesOfManyWidths_areNotJoined() {
    String text = "某县2024年项目建设工作方案\n"
        + "一、加快项目建设\n"
        + "1.推进重点项目建设\n"
        + "牵头单位：县发展和改革局\n"
        + "2.强化项目要素保障\n"
        + "牵头单位：县自然资源局\n";
    assertThat(ReadingText.of(text)).isNull();
  }

  private static List<String> read(io.github.policytasks.core.Plan plan) {
    return plan.allTasks().stream().map(WrappedLinesTest::line).toList();
  }

  private static String line(Task t) {
    return t.title() + " " + t.leadUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + t.supportingUnits().stream().map(u -> u.name()).toList()
        .toString().replace(", ", "、") + " " + t.targets().stream().map(g -> g.text()).toList();
  }
}
