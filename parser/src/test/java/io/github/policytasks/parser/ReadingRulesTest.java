package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reading rules of annotation guide §6 and issue 15, one small test each: heading tails,
 * joined lines, {@code 一、} items as tasks, {@code （一）} decided per section, goals, closing
 * paragraphs, the plan year's fallbacks, table columns by header, notes with {@code 等} and
 * {@code 下同}, several notes per task, and grouped diagnostics.
 */
class ReadingRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void headingWithASentenceAfterIt_keepsTheSentenceAsTheSectionsGoal() {
    String text = "一、优化环境\n1. 推进改革。(牵头单位:县发改局)\n二、深化改革。新增市场主体1200户。\n2. 简化审批。(牵头单位:县政务服务中心)\n";
    Plan plan = PARSER.parse(text);
    Section second = plan.sections().get(1);
    assertThat(second.title()).isEqualTo("深化改革");
    assertThat(second.goals()).extracting(Target::id).containsExactly("s2.g1");
    assertThat(second.goals().get(0).text()).isEqualTo("1200户");
    int tail = text.indexOf("新增市场主体");
    assertThat(plan.regionAt(tail).orElseThrow().kind()).isEqualTo(RegionKind.GOAL);
    assertThat(plan.regionAt(text.indexOf("深化改革")).orElseThrow().kind()).isEqualTo(RegionKind.SECTION_HEADING);
  }

  @Test
  void headingAndNextTaskOnOneLine_splitAfterTheNote() {
    String text = "一、科技创新\n1. 建设平台。(牵头单位:县科技局) 二、数字化转型\n2. 建设智慧园区。(牵头单位:县工信局)\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("科技创新", "数字化转型");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }

  @Test
  void twoTasksJoinedWithoutANoteBetween_areTwoTasksWhateverTheLineLength() {
    Plan plan = PARSER.parse("一、发展\n1. 建设孵化器3家。2. 新增市场主体1200户。(牵头单位:县市场监管局)\n");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).targets()).extracting(Target::text).containsExactly("3家");
    assertThat(plan.allTasks().get(1).targets()).extracting(Target::text).containsExactly("1200户");
  }

  @Test
  void pointsAfterAColonInsideATask_stayInTheTask() {
    Plan plan = PARSER.parse("一、发展\n1. 推进改革，重点做好：1.简化审批；2.压缩时限。(牵头单位:县发改局)\n");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void sectionItemsEachWithANote_areTasksInOneSectionWithoutHeading() {
    Plan plan = PARSER.parse("某省2022年促进消费工作方案\n一、扩大汽车消费，新增充电桩500个。（商务厅、发展改革委等负责）\n"
        + "二、促进家电更新。（商务厅负责）\n三、发展夜间经济。（文化和旅游厅负责）\n");
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.sections().get(0).number()).isZero();
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("商务厅");
    assertThat(plan.allTasks().get(0).supportingUnits()).extracting(LeadUnit::name).containsExactly("发展改革委");
  }

  @Test
  void parenthesisedItems_decidedPerSection() {
    Plan plan = PARSER.parse("一、重点任务\n（一）扩大投资\n1. 推进项目。(牵头单位:县发改局)\n2. 争取债券。(牵头单位:县财政局)\n"
        + "二、保障措施\n（一）加强组织领导。成立工作专班。\n（二）强化督导考核。每季度通报1次。\n");
    assertThat(plan.sections().get(0).subsections()).extracting(s -> s.title()).containsExactly("扩大投资");
    assertThat(plan.sections().get(1).subsections()).isEmpty();
    assertThat(plan.sections().get(1).tasks()).extracting(Task::label).containsExactly("（一）", "（二）");
  }

  @Test
  void goalItemOfAGeneralRequirementsSection_givesTheSectionsGoals() {
    Plan plan = PARSER.parse("一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）发展目标。到2025年，培育示范企业100家。\n"
        + "二、重点任务\n1. 建设平台。(牵头单位:县科技局)\n");
    Section first = plan.sections().get(0);
    assertThat(first.goals()).extracting(Target::text).containsExactly("100家");
    assertThat(plan.allTargets()).isEmpty();
  }

  @Test
  void closingParagraph_belongsToNoTask() {
    String text = "一、发展\n1. 建设平台。(牵头单位:县科技局)\n本方案自印发之日起施行。\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks().get(0).text()).doesNotContain("施行");
    assertThat(plan.regionAt(text.indexOf("本方案")).orElseThrow().kind()).isEqualTo(RegionKind.END_MATTER);
  }

  @Test
  void closingRequestToReportImplementation_belongsToNoTask() {
    String text = "某省2024年重点工作\n一、工作要求\n（一）狠抓落实。对不作为的要严肃问责。\n"
        + "各地区、各部门的贯彻落实情况，年底前书面报省政府。重大问题要及时报告。\n来源：某省政府网\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.allTasks().get(0).text()).doesNotContain("落实情况");
    assertThat(plan.allTasks().get(0).deadline()).isNull();
    assertThat(plan.regionAt(text.indexOf("各地区")).orElseThrow().kind()).isEqualTo(RegionKind.END_MATTER);
  }

  @Test
  void continuationThatIsNoReportRequest_staysWithItsTask() {
    Plan plan = PARSER.parse("某省2024年重点工作\n一、工作要求\n（一）狠抓落实。对不作为的要严肃问责。\n"
        + "各地区要加强督查，年底前完成整改。\n");
    assertThat(plan.allTasks().get(0).text()).contains("加强督查");
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void planYear_fromTheNoticeDateWhenNoTitleStatesIt() {
    Plan plan = PARSER.parse("关于印发《某县优化营商环境工作要点》的通知\n各乡镇人民政府：\n现将要点印发给你们。\n某县人民政府办公室\n"
        + "2024年3月5日\n某县优化营商环境工作要点\n一、发展\n1. 建设平台，年底前完成。(牵头单位:县科技局)\n");
    assertThat(plan.year()).isEqualTo(2024);
    assertThat(plan.allTasks().get(0).deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void tableColumnsByHeader_inAnyOrderWithoutANumberColumn_targetColumnRead_unknownColumnKept() {
    String text = "指导部门 | 工作任务 | 具体目标 | 备注 | 时限\n---|---|---|---|---\n"
        + "县科技局 | 建设创新平台 | 新建省级平台5家 | 重点 | 年底前\n";
    Plan plan = PARSER.parse(text);
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(task.title()).isEqualTo("建设创新平台");
    assertThat(task.text()).contains("新建省级平台5家").contains("重点");
    assertThat(task.targets()).extracting(Target::text).containsExactly("5家");
    assertThat(plan.diagnostics()).filteredOn(d -> DiagnosticCode.TABLE_COLUMN_UNREAD == d.code())
        .extracting(Diagnostic::message).singleElement().asString().contains("备注");
  }

  @Test
  void tableWithItemNumberColumn_readsTheNumbers() {
    Plan plan = PARSER.parse("项次 | 重点任务 | 牵头单位\n---|---|---\n1 | 推进改革 | 县发改局\n2 | 优化服务 | 县政务服务中心\n");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
  }

  @Test
  void verbNoteWithEtcAndTheRuleStatedInside_appliesToThatTaskAndTheNext() {
    Plan plan = PARSER.parse("一、发展\n1. 建设平台。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）\n"
        + "2. 培育企业。（科技部、财政部负责）\n");
    Task first = plan.allTasks().get(0);
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("工业和信息化部");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("发展改革委", "科技部");
    Task second = plan.allTasks().get(1);
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("科技部");
    assertThat(second.supportingUnits()).extracting(LeadUnit::name).containsExactly("财政部");
  }

  @Test
  void severalNotesPerTask_mergeEachUnitOnce() {
    Plan plan = PARSER.parse("一、发展\n1. 优化开办（牵头单位：县市场监管局；责任单位：县税务局），推进注销便利化"
        + "（牵头单位：县市场监管局；责任单位：县税务局、县人社局）。\n");
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县市场监管局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县税务局", "县人社局");
    assertThat(task.noteSpans()).hasSize(2);
  }

  @Test
  void plainLines_giveOneGroupedDiagnostic() {
    StringBuilder text = new StringBuilder("一、总体要求\n");
    for (int i = 0; i < 500; i++) {
      text.append("坚持稳中求进工作总基调。\n");
    }
    text.append("1. 建设平台。(牵头单位:县科技局)\n");
    Plan plan = PARSER.parse(text);
    assertThat(plan.diagnostics()).filteredOn(d -> DiagnosticCode.TEXT_OUTSIDE_TASK == d.code())
        .singleElement().satisfies(d -> assertThat(d.message()).contains("500"));
  }

  @Test
  void taskKeepsTheSpansOfItsBodyAndNote() {
    String text = "一、发展\n1. 建设平台。(牵头单位:县科技局)\n";
    Task task = PARSER.parse(text).allTasks().get(0);
    assertThat(task.bodySpan().textOf(text)).isEqualTo("建设平台。");
    assertThat(task.noteSpans()).singleElement().satisfies(s -> assertThat(s.textOf(text)).isEqualTo("(牵头单位:县科技局)"));
  }

  @Test
  void summaryRowOfATable_isNoTask() {
    Plan plan = PARSER.parse("序号 | 考核项目 | 各项分值 | 考核指标 | 负责考核部门\n | 总分 | 100 | |\n"
        + "1 | 完善机制 | 5 | 健全组织体系 | 县河长办\n");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("县河长办");
  }
}
