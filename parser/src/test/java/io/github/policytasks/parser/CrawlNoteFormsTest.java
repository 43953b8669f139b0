package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Note forms that the blind runs of the second set of variants of 2 December showed unread, each
 * on a small document written for it: a verb-form note after a dash (also with the closing
 * paragraph run onto it), a verb-form note without brackets naming a unit with a bracketed part.
 */
class CrawlNoteFormsTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_verbNoteAfterADash_readsItsUnitsWithoutTheDash() {
    Plan plan = PARSER.parse("某县2025年民生实事工作要点\n"
        + "一、教育医疗\n"
        + "1.新建公办幼儿园3所，新增学位540个。——县教育体育局牵头，县发展改革局、县财政局配合\n"
        + "2.建成胸痛中心，急诊抢救时间缩短至30分钟以内——县卫生健康局牵头，县人民医院配合\n"
        + "3.新建学校2所。—县教育体育局、县住房和城乡建设局牵头\n");
    assertUnits(task(plan, 1), List.of("县教育体育局"), List.of("县发展改革局", "县财政局"));
    assertUnits(task(plan, 2), List.of("县卫生健康局"), List.of("县人民医院"));
    assertUnits(task(plan, 3), List.of("县教育体育局", "县住房和城乡建设局"), List.of());
    assertThat(task(plan, 2).targets()).extracting(t -> t.text()).containsExactly("30分钟以内");
  }

  @Test
  void parse_dashNoteWithTheClosingParagraphRunOntoIt_readsTheNoteAndKeepsTheText() {
    Plan plan = PARSER.parse("某县2025年民生实事工作要点\n"
        + "一、城乡建设\n"
        + "1.新增城市停车位800个以上。——县住房和城乡建设局、县城市管理局牵头，国网某县供电公司配合"
        + "各牵头单位每季度末将项目进展情况报县政府督查室。\n");
    assertUnits(task(plan, 1), List.of("县住房和城乡建设局", "县城市管理局"), List.of("国网某县供电公司"));
    assertThat(task(plan, 1).text()).endsWith("报县政府督查室。");
  }

  @Test
  void parse_unbracketedVerbNoteNamingAUnitWithABracketedPart_readsThatUnit() {
    Plan plan = PARSER.parse("某县2025年民生实事工作要点\n"
        + "一、医疗\n"
        + "1.免费健康体检不少于2.6万人。县卫生健康局牵头，各乡镇（街道）配合\n"
        + "2.按期办结率达到100%。县政府办公室（县政府督查室）负责\n");
    assertUnits(task(plan, 1), List.of("县卫生健康局"), List.of("各乡镇（街道）"));
    assertUnits(task(plan, 2), List.of("县政府办公室（县政府督查室）"), List.of());
  }

  @Test
  void parse_closingInstructionWithABracketedPart_staysText() {
    Plan plan = PARSER.parse("某县2025年民生实事工作要点\n"
        + "一、医疗\n"
        + "1.免费健康体检不少于2.6万人，各村（社区）要积极配合\n");
    assertThat(task(plan, 1).leadUnits()).isEmpty();
    assertThat(task(plan, 1).supportingUnits()).isEmpty();
  }
}
