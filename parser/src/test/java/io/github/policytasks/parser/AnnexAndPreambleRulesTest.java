package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layout rules of provincial notices and action plans (annotation guide §6), each on a small
 * document written for it: a contact line closing a joint notice is no title; a task table in an
 * annex opens a section of its own and leaves the body's numbered items as they read without it;
 * the preamble sentence that sets the plan's numbers gives the plan's goals.
 */
class AnnexAndPreambleRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_contactLineAfterAJointNoticesDate_closesTheNoticeAndIsNoTitle() {
    Plan plan = PARSER.parse("冀人社字〔2023〕41号\n"
        + "关于印发《河北省技能提升行动实施方案》的通知\n"
        + "各市人民政府，省政府有关部门：\n"
        + "　　现将《河北省技能提升行动实施方案》印发给你们，请结合实际贯彻执行。\n"
        + "　　河北省人力资源和社会保障厅　　　　\n"
        + "　　河北省发展和改革委员会　　　　\n"
        + "　　河北省教育厅　　　　\n"
        + "　　河北省财政厅　　　　\n"
        + "　　　　　　2023年5月8日　　　　\n"
        + "　　（此件公开发布）\n"
        + "　　（联系单位：省人力资源社会保障厅职业能力建设处）\n"
        + "河北省技能提升行动实施方案\n"
        + "　　一、重点任务\n"
        + "　　（一）扩大培训供给。每年培训5万人次以上。（省人力资源社会保障厅负责）\n");
    assertThat(plan.title()).isEqualTo("河北省技能提升行动实施方案");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_taskTableInAnAnnex_opensASectionUnderItsCaptionAndTheBodysItemsStayTasks() {
    String text = "某省扩大对外贸易行动计划\n"
        + "一、重点任务\n"
        + "重点任务及分工详见附件。\n"
        + "二、保障措施\n"
        + "（一）加强统筹协调。每半年召开1次联席会议。\n"
        + "（二）强化宣传培训。编印规则解读手册。\n"
        + "附件\n"
        + "重点任务分工表\n"
        + "序号 | 重点任务 | 工作目标 | 完成时限 | 责任部门 |\n"
        + "1 | 扩大优势产品出口 | 出口年均增长8%以上。 | 2024年底前 | 省商务厅、合肥海关 |\n"
        + "2 | 发展跨境电商 | 新建海外仓10个。 | 2023年底前 | 省商务厅 |\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2, 3);
    assertThat(plan.sections().get(2).title()).isEqualTo("重点任务分工表");
    assertThat(plan.sections().get(1).tasks()).extracting(Task::title).containsExactly("加强统筹协调", "强化宣传培训");
    List<Task> rows = plan.sections().get(2).tasks();
    assertThat(rows).extracting(Task::number).containsExactly(1, 2);
    assertUnits(rows.get(0), List.of("省商务厅", "合肥海关"), List.of());
    ConservationProperties.assertConserved(text, plan);
    int label = text.indexOf("附件\n");
    assertThat(plan.regionAt(label)).hasValueSatisfying(region -> {
      assertThat(region.kind()).isEqualTo(RegionKind.END_MATTER);
      assertThat(region.span().textOf(text)).isEqualTo("附件");
    });
    int caption = text.indexOf("重点任务分工表");
    assertThat(plan.regionAt(caption)).hasValueSatisfying(region -> {
      assertThat(region.kind()).isEqualTo(RegionKind.SECTION_HEADING);
      assertThat(region.span().textOf(text)).isEqualTo("重点任务分工表");
    });
  }

  /**
   * An annex label that a copy ran onto the body's last sentence starts the annex as on a line of
   * its own: {@code 附件}, {@code 附件1} or {@code 附件：} after a sentence end, with nothing but a
   * caption after it up to the line's end or the table's first pipe; in a copy without any line
   * break too.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '/', value = {
      "（二）强化宣传培训。编印规则解读手册。附件⏎重点任务分工表⏎",
      "（二）强化宣传培训。编印规则解读手册。附件1⏎重点任务分工表⏎",
      "（二）强化宣传培训。编印规则解读手册。附件：重点任务分工表⏎",
      "（二）强化宣传培训。编印规则解读手册。附件重点任务分工表⏎"})
  void parse_annexLabelRunOntoTheBodysLastSentence_startsTheAnnex(String joined) {
    String text = "某省扩大对外贸易行动计划\n"
        + "为抢抓区域全面经济伙伴关系协定生效机遇，推动全省外贸稳规模、优结构，制定本行动计划。\n"
        + "一、重点任务\n"
        + "重点任务及分工详见附件。\n"
        + "二、保障措施\n"
        + "（一）加强统筹协调。每半年召开1次联席会议。\n"
        + joined.replace("⏎", "\n")
        + "序号 | 重点任务 | 工作目标 | 完成时限 | 责任部门 |\n"
        + "1 | 扩大优势产品出口 | 出口年均增长8%以上。 | 2024年底前 | 省商务厅、合肥海关 |\n"
        + "2 | 发展跨境电商 | 新建海外仓10个。 | 2023年底前 | 省商务厅 |\n";
    assertThat(text.replace("\n", "")).hasSizeGreaterThanOrEqualTo(LineCursor.WHOLE_LINE);
    for (String copy : List.of(text, text.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.sections()).as(copy).extracting(Section::number).containsExactly(1, 2, 3);
      assertThat(plan.sections().get(2).title()).as(copy).isEqualTo("重点任务分工表");
      assertThat(plan.sections().get(1).tasks()).as(copy).extracting(Task::title)
          .containsExactly("加强统筹协调", "强化宣传培训");
      assertThat(plan.sections().get(1).tasks().get(1).text()).as(copy).isEqualTo("强化宣传培训。编印规则解读手册。");
      assertThat(plan.sections().get(2).tasks()).as(copy).extracting(Task::number).containsExactly(1, 2);
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  /** A sentence that opens with the word {@code 附件} goes on with clause punctuation: no annex label. */
  @Test
  void parse_sentenceOpeningWith附件_staysInItsTask() {
    String text = "某省扩大对外贸易行动计划\n"
        + "一、保障措施\n"
        + "（一）加强统筹协调。每半年召开1次联席会议。附件1所列项目，由各市负责实施。\n"
        + "（二）强化宣传培训。编印规则解读手册。\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly(
        "加强统筹协调。每半年召开1次联席会议。附件1所列项目，由各市负责实施。", "强化宣传培训。编印规则解读手册。");
  }

  /**
   * A cell's last sentence that opens with {@code 附件1} and runs to the cell's pipe refers to an
   * annex and opens none, in a copy of the table that lost its line breaks too: the row keeps it
   * and the rows after it stay the table's.
   */
  @Test
  void parse_annexSentenceEndingACellOfAFlattenedRow_staysInTheRow() {
    String text = "某市2024年城市更新重点工作任务分解表\n"
        + "序号 | 工作任务 | 年度目标 | 责任单位 | 完成时限\n"
        + "1 | 推进老旧小区改造 | 改造老旧小区36个。附件1所列项目全部开工 | 市住房城乡建设局 | 2024年10月底前\n"
        + "2 | 完善城市路网 | 打通断头路12条，新建城市道路45公里 | 市城市管理局 | 2024年11月底前\n"
        + "3 | 改造地下管网 | 改造老化管网150公里 | 市水务局 | 2024年12月底前\n";
    String flat = text.replace("\n", "");
    assertThat(flat).hasSizeGreaterThanOrEqualTo(LineCursor.WHOLE_LINE);
    for (String copy : List.of(text, flat)) {
      Plan plan = PARSER.parse(copy);
      assertThat(plan.sections()).as(copy).hasSize(1);
      assertThat(plan.allTasks()).as(copy).extracting(Task::number).containsExactly(1, 2, 3);
      assertThat(plan.allTasks().get(0).text()).as(copy).contains("改造老旧小区36个。附件1所列项目全部开工");
      assertUnits(plan.allTasks().get(0), List.of("市住房城乡建设局"), List.of());
      assertThat(plan.allTasks().get(2).leadUnits()).as(copy).isNotEmpty();
      assertThat(plan.regionAt(copy.indexOf("附件1"))).as(copy)
          .hasValueSatisfying(region -> assertThat(region.kind()).isEqualTo(RegionKind.TASK));
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  @Test
  void parse_taskTableInTheBody_keepsTheSectionsItemsAsHeadings() {
    Plan plan = PARSER.parse("某县重点工作任务\n"
        + "一、重点任务\n"
        + "（一）加强统筹\n"
        + "序号 | 重点任务 | 牵头单位 |\n"
        + "1 | 新建海外仓10个 | 县商务局 |\n");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1);
  }

  @Test
  void parse_preambleSentenceSettingThePlansNumbers_isTheFirstSectionsGoals() {
    Plan plan = PARSER.parse("某市数字经济三年行动方案（2023—2025年）\n"
        + "2022年，全市数字经济核心产业增加值达到900亿元。为做强数字经济，制定本方案。"
        + "到2025年，全市数字经济核心产业增加值突破1500亿元，培育专精特新企业300家。\n"
        + "一、做强数字产业\n"
        + "（一）壮大集成电路产业。集成电路产业规模达到800亿元。（市发展改革委负责）\n");
    assertThat(plan.sections().get(0).goals()).extracting(Target::text)
        .containsExactly("突破1500亿元", "300家");
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("800亿元");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "力争到2025年，全市数字经济核心产业增加值突破1500亿元。 | 突破1500亿元",
      "主要目标是：全市数字经济核心产业增加值突破1500亿元。 | 突破1500亿元",
      "到村到户开展帮扶，全市数字经济核心产业增加值突破1500亿元。 | ''",
      "到2025年底前完成摸排，全市新增专精特新企业300家。 | 300家",
  })
  void parse_preambleGoalSentence_opensWithAGoalWordOr到BeforeAYear(String sentence, String goal) {
    Plan plan = PARSER.parse("某市数字经济三年行动方案（2023—2025年）\n"
        + "为做强数字经济，制定本方案。" + sentence + "\n"
        + "一、做强数字产业\n"
        + "（一）壮大集成电路产业。集成电路产业规模达到800亿元。（市发展改革委负责）\n");
    if (goal.isEmpty()) {
      assertThat(plan.sections().get(0).goals()).isEmpty();
    } else {
      assertThat(plan.sections().get(0).goals()).extracting(Target::text).containsExactly(goal);
    }
  }

  @Test
  void parse_preambleWithoutAGoalSentence_statesNoGoals() {
    Plan plan = PARSER.parse("某市数字经济三年行动方案（2023—2025年）\n"
        + "2022年，全市数字经济核心产业增加值达到900亿元，增长12%。为做强数字经济，制定本方案。\n"
        + "一、做强数字产业\n"
        + "（一）壮大集成电路产业。集成电路产业规模达到800亿元。（市发展改革委负责）\n");
    assertThat(plan.sections().get(0).goals()).isEmpty();
  }
}
