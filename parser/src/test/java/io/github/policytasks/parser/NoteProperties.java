package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of responsibility notes: however a note is bracketed, keyed, separated and widened, it
 * reads back exactly the units written, in order; and a line break's style never changes a plan.
 */
class NoteProperties {
  private static final PlanParser PARSER = PlanParser.create();
  private static final List<String> UNITS = List.of(
      "县科技局", "县工业和信息化局", "县发展和改革局", "市生态环境局嘉祥县分局", "中国人民银行嘉祥县支行",
      "县城建集团", "县委宣传部", "各镇(街道)", "嘉祥街道办事处", "县经开区", "县投资促进发展中心", "县财政局");
  private static final String[][] BRACKETS = {{"(", ")"}, {"（", "）"}, {"〔", "〕"}, {"【", "】"}};
  private static final String[] KEY_SEPARATORS = {";", "；", ",", "，", " ", "　"};
  private static final String[] UNIT_SEPARATORS = {"、", ",", "，"};
  private static final String[] COLONS = {":", "："};

  @Provide
  Arbitrary<List<String>> units() {
    return Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Property(tries = 300)
  void anyNoteForm_readsTheWrittenUnitsInOrder(
      @ForAll("units") List<String> leads,
      @ForAll("units") List<String> supporting,
      @ForAll @IntRange(min = 0, max = 3) int bracket,
      @ForAll @IntRange(min = 0, max = 5) int keySeparator,
      @ForAll @IntRange(min = 0, max = 2) int unitSeparator,
      @ForAll @IntRange(min = 0, max = 1) int colon,
      @ForAll boolean withSupporting,
      @ForAll boolean ownLine) {
    String units = String.join(UNIT_SEPARATORS[unitSeparator], leads);
    String note = "牵头单位" + COLONS[colon] + units;
    if (withSupporting) {
      note += KEY_SEPARATORS[keySeparator] + "配合单位" + COLONS[colon]
          + String.join(UNIT_SEPARATORS[unitSeparator], supporting);
    }
    String bracketed = BRACKETS[bracket][0] + note + BRACKETS[bracket][1];
    String text = "一、工作\n1. 搭建创新平台。新建平台3个。" + (ownLine ? "\n" + note : bracketed) + "\n2. 下一任务。";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).hasSize(2);
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactlyElementsOf(leads);
    assertThat(task.supportingUnits()).extracting(LeadUnit::name)
        .containsExactlyElementsOf(withSupporting
            ? supporting.stream().filter(u -> !leads.contains(u)).toList() : List.of());
    assertThat(task.title()).isEqualTo("搭建创新平台");
  }

  /**
   * CRLF, CR or a mix of all three line breaks (never LF alone, which is the plan compared with)
   * reads the same tasks: titles, texts up to the line breaks, units, leaders and deadlines.
   */
  @Property(tries = 50)
  void lineBreakStyle_neverChangesTheTasksRead(
      @ForAll @IntRange(min = 0, max = 2) int style, @ForAll("units") List<String> leads) {
    String text = "某县2023年重点工作任务\n一、工作\n1. 搭建创新平台。年底前新建平台3个。\n牵头单位：" + String.join("、", leads)
        + "\n二、民生\n2. 稳定就业。(县人社局牵头,各镇街配合)\n";
    String other = style == 2 ? mixed(text) : text.replace("\n", style == 0 ? "\r\n" : "\r");
    assertThat(other).isNotEqualTo(text);
    Plan fromLf = PARSER.parse(text);
    Plan fromOther = PARSER.parse(other);
    assertThat(fromLf.allTasks()).hasSize(2);
    assertThat(tasks(fromOther)).isEqualTo(tasks(fromLf));
  }

  private static String mixed(String text) {
    String[] breaks = {"\r\n", "\r", "\n"};
    StringBuilder out = new StringBuilder();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append(breaks[i % 3]);
    }
    return out.toString();
  }

  private static List<String> tasks(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.id() + " " + t.title() + " | " + t.text().lines().toList() + " | " + t.leadUnits()
            + " " + t.supportingUnits() + " " + t.leaders() + " " + t.deadline() + " " + t.targets().size())
        .toList();
  }
}
