package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layout rules of the genre as published (annotation guide §1, §6), each on a variant document
 * written for it ({@code variants/}): {@code （1）} sub-items with their own notes, lead-in
 * headings such as {@code 主要措施：}, a task number followed by a year ({@code 3.2019年}),
 * unnumbered measures with their own notes, the small full stop {@code 1﹒}, and a crawl that holds
 * the document twice.
 */
class LayoutRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static Plan variant(String name) {
    return PARSER.parse(Documents.text("variants/" + name));
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  @Test
  void subItemsWithTheirOwnNotes_areTasksAfterTheirParent_numberedAsWritten() {
    Plan plan = variant("sub-item-tasks.txt");

    assertThat(plan.allTasks()).extracting(Task::label).containsExactly(
        "1.", "（1）", "（2）", "2.", "3.", "（1）", "（2）", "4.", "5.", "（1）", "（2）", "6.");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 1, 2, 2, 3, 1, 2, 4, 5, 1, 2, 6);
    Task second = plan.allTasks().get(2);
    assertThat(second.text()).startsWith("优化银行开户服务");
    assertThat(names(second.leadUnits())).containsExactly("人行某省分行");
    assertThat(names(second.supportingUnits())).containsExactly("省市场监管局");
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TASK_NUMBER_GAP);
  }

  @Test
  void subItemsWithoutNotes_arePointsOfTheirTask_evenWhenTheParentsNoteFollowsTheLast() {
    Plan plan = variant("sub-item-tasks.txt");

    Task last = plan.allTasks().get(plan.allTasks().size() - 1);
    assertThat(last.label()).isEqualTo("6.");
    assertThat(last.text()).contains("（1）推行“免证办”；").contains("（2）推行“秒批秒办”。");
    assertThat(names(last.leadUnits())).containsExactly("省政务服务局");
  }

  @Test
  void leadInHeading_belongsToNoTask_soTheTasksNoteStaysItsLastWords() {
    String text = Documents.text("variants/sub-item-tasks.txt");
    Plan plan = PARSER.parse(text);

    Task first = plan.allTasks().get(0);
    assertThat(first.span().textOf(text)).endsWith("（省市场监管局牵头，省公安厅、省税务局负责）");
    assertThat(names(first.leadUnits())).containsExactly("省市场监管局");
    int leadIn = text.indexOf("主要措施：");
    assertThat(plan.regionAt(leadIn)).hasValueSatisfying(
        r -> assertThat(r.kind()).isEqualTo(RegionKind.SUBSECTION_HEADING));
  }

  @Test
  void taskNumberFollowedByAYear_isATask_notADecimal() {
    Plan plan = variant("sub-item-tasks.txt");

    Task third = plan.allTasks().get(4);
    assertThat(third.label()).isEqualTo("3.");
    assertThat(third.text()).startsWith("2019年在全省推开");
    Task fourth = plan.allTasks().get(7);
    assertThat(fourth.label()).isEqualTo("4.");
    assertThat(fourth.text()).startsWith("2019-2020年，推进政务服务");
  }

  @Test
  void taskNumberFollowedByAYear_splitsAJoinedLine() {
    Plan plan = PARSER.parse("某县2019年重点工作任务\n一、重点任务\n1.建设园区。（牵头单位：县发改局）2.2019年完成改造10个。（牵头单位：县住建局）\n");

    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1.", "2.");
    assertThat(plan.allTasks().get(1).text()).startsWith("2019年完成改造");
  }

  @Test
  void unnumberedMeasuresWithTheirOwnNotes_areTasksWithoutNumber() {
    Plan plan = variant("unnumbered-measures.txt");

    List<Task> measures = plan.sections().get(0).allTasks();
    assertThat(measures).extracting(Task::title).containsExactly("培育数字平台", "推动企业上云");
    assertThat(measures).extracting(Task::label).containsOnlyNulls();
    assertThat(names(measures.get(1).leadUnits())).containsExactly("省经济和信息化厅");
    assertThat(names(measures.get(1).supportingUnits())).containsExactly("省财政厅");
    assertThat(plan.sections().get(1).allTasks()).singleElement()
        .satisfies(t -> assertThat(t.text()).startsWith("每年培训数字技术人才5000名"));
  }

  @Test
  void smallFullStop_numbersTasks() {
    Plan plan = variant("unnumbered-measures.txt");

    assertThat(plan.sections().get(2).allTasks()).extracting(Task::label).containsExactly("1﹒", "2﹒", "3﹒");
    assertThat(plan.sections().get(2).allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
  }

  @Test
  void noticesNumberedListOfDocuments_isReferences_notTasks() {
    String text = Documents.text("variants/notice-document-list.txt");
    Plan plan = PARSER.parse(text);

    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1.", "2.", "3.");
    assertThat(plan.allTasks().get(0).text()).startsWith("推行“一网通办”");
    assertThat(plan.references()).extracting(r -> r.title()).containsExactly(
        "某市优化营商环境若干措施", "某市2023年数字经济发展工作要点", "某市促进民营经济发展实施方案");
    assertThat(plan.references().get(1).span().textOf(text)).isEqualTo("某市2023年数字经济发展工作要点");
  }

  @Test
  void numberedTasksThatNameDocuments_withoutANoticeDate_stayTasks() {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n1.制定乡村振兴实施方案\n2.出台人才引进办法\n"
        + "3.建设园区。建成园区2个。（牵头单位：县发改局）\n");

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.references()).isEmpty();
  }

  @Test
  void aCrawlHoldingTheDocumentTwice_readsOnePlan_andReportsTheCopy() {
    String once = Documents.text("variants/sub-item-tasks.txt");
    String twice = once + once;
    Plan plan = PARSER.parse(twice);

    assertThat(plan.allTasks()).hasSize(PARSER.parse(once).allTasks().size());
    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.TEXT_REPEATED).singleElement()
        .satisfies(d -> assertThat(d.span().start()).isEqualTo(once.length()));
    assertThat(plan.regionAt(twice.length() - 5)).hasValueSatisfying(
        r -> assertThat(r.kind()).isEqualTo(RegionKind.UNREAD));
    ConservationProperties.assertConserved(twice, plan);
  }

  @Test
  void aRepeatedHeadingOrShortStretch_isNoRepeatedCopy() {
    String text = Documents.text("variants/sub-item-tasks.txt");
    String withTitleAgain = text + "深化营商环境改革重点任务分工方案\n";

    assertThat(RepeatedCopy.start(withTitleAgain)).isEqualTo(-1);
    assertThat(RepeatedCopy.start(text + text.substring(0, 150))).isEqualTo(-1);
  }
}
