package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sections, subsections and tasks in every numbering style of the genre. */
class SectionsAndTasksTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static Plan parse(String document) {
    return PARSER.parse(Documents.text("docs/" + document));
  }

  @Test
  void parse_fullWidthDocumentWithSubsections_readsSubsectionsAndTheirTasks() {
    String text = Documents.text("docs/fullwidth-subsections.txt");
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("着力扩大有效需求", "着力推动产业升级");
    Section first = plan.sections().get(0);
    assertThat(first.tasks()).isEmpty();
    assertThat(first.subsections()).extracting(Subsection::id).containsExactly("s1.1", "s1.2");
    assertThat(first.subsections()).extracting(Subsection::title).containsExactly("扩大有效投资", "促进消费回升");
    assertThat(first.subsections().get(0).tasks()).extracting(Task::id).containsExactly("t1", "t2");
    assertThat(first.subsections().get(1).tasks()).extracting(Task::id).containsExactly("t3");
    assertThat(plan.sections().get(1).subsections().get(0).id()).isEqualTo("s2.1");
    assertThat(first.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    Task task = plan.task("t1").orElseThrow();
    assertThat(task.label()).isEqualTo("１．");
    assertThat(task.title()).isEqualTo("实施重点项目攻坚");
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("市发展改革委");
    assertThat(task.leadUnits().get(0).canonicalName()).isEqualTo("市发展和改革委员会");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name)
        .containsExactly("市自然资源和规划局", "市住房城乡建设局");
    assertThat(task.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(task.span().textOf(text)).startsWith("１．实施重点项目攻坚。").endsWith("完成时限：2024年12月底）");
    assertThat(first.subsections().get(0).span().textOf(text)).isEqualTo("（一）扩大有效投资");
    assertThat(plan.task("t2").orElseThrow().supportingUnits()).extracting(LeadUnit::name)
        .containsExactly("市发展改革委");
    assertThat(plan.task("t3").orElseThrow().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(plan.task("t4").orElseThrow().deadline()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_restartedNumbering_keepsNumbersAsWrittenAndIdsInDocumentOrder() {
    Plan plan = parse("restarted.txt");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 1, 2, 3, 1);
    assertThat(plan.allTasks()).extracting(Task::id).containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1、", "2、", "1、", "2、", "3、", "1、");
    assertThat(plan.sections()).extracting(s -> s.tasks().size()).containsExactly(2, 3, 1);
    assertThat(plan.task("t3").orElseThrow().title()).isEqualTo("推进城市更新");
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_parenthesisedNumbersWithoutOtherTaskNumbers_readsThemAsTasks() {
    Plan plan = parse("parenthesised-tasks.txt");
    assertThat(plan.sections()).hasSize(2);
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.subsections()).isEmpty());
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 1, 2, 3);
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("（一）", "（二）", "（一）", "（二）", "（三）");
    assertThat(plan.task("t1").orElseThrow().title()).isEqualTo("加快工业转型升级");
    assertThat(plan.task("t4").orElseThrow().leadUnits()).extracting(LeadUnit::name).containsExactly("区卫健局");
    assertThat(plan.task("t4").orElseThrow().supportingUnits()).extracting(LeadUnit::name).containsExactly("区医保局");
  }

  @Test
  void parse_chaptersAndArticles_readsChaptersAsSectionsAndArticlesAsTasks() {
    Plan plan = parse("chapters-articles.txt");
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("夯实数字基础设施", "提升政务服务效能");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("第一条", "第二条", "第三条");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("建设政务云平台", "推进网络安全", "深化一网通办");
    assertThat(plan.task("t2").orElseThrow().leadUnits()).extracting(LeadUnit::name).containsExactly("省委网信办");
    assertThat(plan.task("t2").orElseThrow().supportingUnits()).extracting(LeadUnit::name).containsExactly("省公安厅");
  }

  @Test
  void parse_noSectionHeadings_putsTasksInOneSectionNumberedZero() {
    String text = Documents.text("docs/no-sections.txt");
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).hasSize(1);
    Section only = plan.sections().get(0);
    assertThat(only.id()).isEqualTo("s1");
    assertThat(only.number()).isZero();
    assertThat(only.title()).isNull();
    assertThat(only.span()).isNull();
    assertThat(only.tasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.title()).isEqualTo("某县2023年为民办实事项目");
    Task parking = only.tasks().get(2);
    assertThat(parking.span().textOf(text))
        .isEqualTo("3. 建设城市停车泊位1,500个。（牵头单位：县城管局；完成时限：2023年10月底前）");
    assertThat(parking.leadUnits()).extracting(LeadUnit::name).containsExactly("县城管局");
    assertThat(parking.deadline()).isEqualTo(LocalDate.of(2023, 10, 31));
  }

  @Test
  void parse_webCopyNoise_readsEveryTaskAndSkipsFurniture() {
    byte[] bytes = Documents.bytes("docs/web-noise.txt");
    String text = CharsetDetection.decode(bytes);
    Plan plan = PARSER.parse(bytes);
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("稳定经济增长", "保障改善民生");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(plan.allTasks()).extracting(Task::title)
        .containsExactly("扩大有效投资", "稳定工业运行", "提振消费市场", "落实就业政策", "完善养老服务");
    assertThat(plan.allTasks()).extracting(t -> t.leadUnits().get(0).name())
        .containsExactly("县发改局", "县工信局", "县商务局", "县人社局", "县民政局");
    Task joinedFirst = plan.task("t1").orElseThrow();
    assertThat(joinedFirst.span().textOf(text)).startsWith("1.").endsWith("（牵头单位：县发改局）");
    Task joinedSecond = plan.task("t2").orElseThrow();
    assertThat(joinedSecond.span().textOf(text)).isEqualTo("2.稳定工业运行。规上工业增加值增长6%。（牵头单位：县工信局）");
    Task wrapped = plan.task("t3").orElseThrow();
    assertThat(wrapped.text()).contains("4.5%以上增长").contains("2023年举办促消费活动20场").endsWith("（牵头单位：县商务局）");
    assertThat(plan.task("t4").orElseThrow().label()).isEqualTo("4");
    assertThat(plan.task("t5").orElseThrow().span().textOf(text)).endsWith("（牵头单位：县民政局）");
    assertThat(plan.allTasks()).noneMatch(t -> t.text().contains("扫一扫"));
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "4.5%以上的增长目标。",
      "2023年完成改造任务。",
      "1,200家企业完成上云。",
      "30 家企业完成改造。",
      "3.5万亩高标准农田。",
      "2023、2024年连续两年完成。"
  })
  void parse_lineOpeningWithAFigure_isNeverATask(String line) {
    String text = "一、重点工作\n1. 推进改造。完成以下任务：\n" + line + "（牵头单位：县工信局）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.allTasks().get(0).text()).contains(line);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("县工信局");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1.搭建平台。新建平台3个。|1.|1",
      "1. 搭建平台。新建平台3个。|1.|1",
      "1．搭建平台。新建平台3个。|1．|1",
      "1、搭建平台。新建平台3个。|1、|1",
      "１、搭建平台。新建平台3个。|１、|1",
      "12.搭建平台。新建平台3个。|12.|12",
      "1 搭建平台。新建平台3个。|1|1",
      "第十二条 搭建平台。新建平台3个。|第十二条|12"
  })
  void parse_everyTaskNumberingStyle_readsNumberLabelAndTitle(String line, String label, int number) {
    Plan plan = PARSER.parse("一、创新\n" + line + "（牵头单位：县科技局）");
    assertThat(plan.allTasks()).hasSize(1);
    Task task = plan.allTasks().get(0);
    assertThat(task.label()).isEqualTo(label);
    assertThat(task.number()).isEqualTo(number);
    assertThat(task.title()).isEqualTo("搭建平台");
    assertThat(task.text()).isEqualTo("搭建平台。新建平台3个。（牵头单位：县科技局）");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "一、聚力创新驱动|1|聚力创新驱动",
      "二十、统筹发展和安全|20|统筹发展和安全",
      "十一、深化改革。|11|深化改革",
      "第三章 扩大内需|3|扩大内需",
      "第二部分 重点任务|2|重点任务"
  })
  void parse_sectionHeadings_readNumberAndTitle(String heading, int number, String title) {
    Plan plan = PARSER.parse(heading + "\n1. 推进工作。完成任务。(牵头单位:县发改局)");
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.sections().get(0).number()).isEqualTo(number);
    assertThat(plan.sections().get(0).title()).isEqualTo(title);
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_taskWhoseFirstSentenceIsNoHeading_hasNoTitle() {
    Plan plan = PARSER.parse("一、民生\n1. 深化就业优先战略，全年新增城镇就业0.22万人以上。(牵头单位:县人社局)\n"
        + "2. 新建8个智慧社区。建成数据平台。(牵头单位:县大数据中心)\n"
        + "3. 着力做好疫情防控。(牵头单位:县卫生健康局)\n"
        + "4. 搭建创新平台：搭建研究院1家。(牵头单位:县科技局)");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly(null, null, null, "搭建创新平台");
  }

  @Test
  void parse_headingAloneOnTheTaskLine_isTheTitle() {
    Plan plan = PARSER.parse("一、创新\n1. 搭建创新平台\n搭建先进碳材料研究院，争创省级重点实验室4家以上。\n(牵头单位:县科技局)");
    Task task = plan.allTasks().get(0);
    assertThat(task.title()).isEqualTo("搭建创新平台");
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(task.text()).startsWith("搭建创新平台\n").endsWith("(牵头单位:县科技局)");
  }

  @Test
  void parse_subsectionsWithoutTasksAndTasksOutsideThem_keepsBoth() {
    Plan plan = PARSER.parse("一、总体要求\n坚持稳中求进。\n二、重点任务\n1. 推进工作。完成任务。(牵头单位:县发改局)\n"
        + "(一)强化组织领导\n2. 健全机制。建立专班。(牵头单位:县委办公室)\n三、保障措施\n(一)加强督导。定期通报。\n(二)严格考核。");
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2, 3);
    Section tasks = plan.sections().get(1);
    assertThat(tasks.tasks()).extracting(Task::id).containsExactly("t1");
    assertThat(tasks.subsections().get(0).tasks()).extracting(Task::id).containsExactly("t2");
    assertThat(tasks.allTasks()).extracting(Task::id).containsExactly("t1", "t2");
    assertThat(plan.sections().get(2).subsections()).isEmpty();
    assertThat(plan.sections().get(2).tasks()).extracting(Task::title).containsExactly("加强督导", null);
    assertThat(plan.sections().get(2).tasks()).extracting(Task::text).containsExactly("加强督导。定期通报。", "严格考核。");
    assertThat(plan.sections().get(0).tasks()).isEmpty();
  }

  @Test
  void parse_parenthesisedItemWithANoteInADocumentWithArabicTasks_isATask() {
    Plan plan = PARSER.parse("一、总体要求\n1. 指导思想。坚持稳中求进。\n2. 主要目标。完成各项任务。\n3. 基本原则。坚持系统观念。\n二、重点任务\n"
        + "（一）加快工业转型升级。实施技改项目60个。（牵头单位：县工信局）\n"
        + "（二）扩大有效投资。完成投资500亿元。（牵头单位：县发改局）\n三、保障措施\n（一）加强组织领导\n成立领导小组。");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1.", "2.", "3.", "（一）", "（二）", "（一）");
    assertThat(plan.task("t4").orElseThrow().leadUnits()).extracting(LeadUnit::name).containsExactly("县工信局");
    assertThat(plan.sections().get(1).subsections()).isEmpty();
    assertThat(plan.sections().get(2).subsections()).isEmpty();
    assertThat(plan.task("t6").orElseThrow().text()).isEqualTo("加强组织领导\n成立领导小组。");
  }

  @Test
  void parse_labelAloneSubItemsMidNotesAndEndMatter_readsEachTaskWhole() {
    String text = Documents.text("docs/sub-items-end-matter.txt");
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("提升政务服务效能", "强化要素保障");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3, 4);
    Task first = plan.task("t1").orElseThrow();
    assertThat(first.title()).isEqualTo("深化“一网通办”");
    assertThat(first.text()).startsWith("深化“一网通办”。").contains("（2）推行“秒批秒办”。")
        .endsWith("责任领导：张三（副区长）、李四）");
    assertThat(first.span().textOf(text)).startsWith("1.\n深化");
    assertThat(first.leaders()).containsExactly("张三（副区长）", "李四");
    Task twoNotes = plan.task("t2").orElseThrow();
    assertThat(twoNotes.leadUnits()).extracting(LeadUnit::name).containsExactly("区市场监管局", "区税务局");
    Task citation = plan.task("t3").orElseThrow();
    assertThat(citation.leadUnits()).isEmpty();
    assertThat(citation.text()).isEqualTo("落实《某省优化营商环境条例(2023-2025年)》");
    Task last = plan.task("t4").orElseThrow();
    assertThat(last.leadUnits()).extracting(LeadUnit::name).containsExactly("区自然资源分局");
    assertThat(last.leadUnits().get(0).kind()).isEqualTo(io.github.policytasks.core.OrganizationKind.GOVERNMENT_DEPARTMENT);
    assertThat(last.text()).doesNotContain("抄送");
  }

  @Test
  void parse_pageNumbersOfAPrintedCopy_areNotPartOfTheTask() {
    Plan plan = PARSER.parse("一、工作\n1. 推进改革。完成改革\n— 3 —\n任务10项。\n-4-\n第5页 共9页\n(牵头单位:县委改革办)");
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县委改革办");
    assertThat(task.text()).contains("任务10项");
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_parenthesisedTasksWithAFewNumberedPoints_keepsThePointsInsideTheirTask() {
    Plan plan = PARSER.parse("一、经济发展\n（一）扩大有效投资。重点抓好：\n1. 重大项目建设；\n2. 专项债券争取。\n（牵头单位：县发改局）\n"
        + "（二）稳定工业运行。（牵头单位：县工信局）\n（三）繁荣消费市场。（牵头单位：县商务局）\n二、民生保障\n（一）稳定就业。（牵头单位：县人社局）");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("（一）", "（二）", "（三）", "（一）");
    Task first = plan.task("t1").orElseThrow();
    assertThat(first.title()).isEqualTo("扩大有效投资");
    assertThat(first.text()).contains("1. 重大项目建设；").contains("2. 专项债券争取。");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县发改局");
    assertThat(plan.sections()).allSatisfy(section -> assertThat(section.subsections()).isEmpty());
  }
}
