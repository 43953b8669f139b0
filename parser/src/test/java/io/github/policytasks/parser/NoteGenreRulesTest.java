package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The note rules of annotation guide §6 (Notes) and §2, each on a small document written for it:
 * verb-form notes with {@code 等}, a document rule stated inside a note, several notes per task,
 * shared suffixes, default clauses, note keys after a leading clause, and the diagnostic for a
 * note that is present but not understood.
 */
class NoteGenreRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_programmeFieldKeys_hostDivisionLeads_andTheBodyThatRunsItSupports() {
    Plan plan = PARSER.parse("某省2024年度干部教育培训计划\n一、培训项目\n"
        + "（一）预算管理业务培训班\n培训对象：市县财政部门预算科负责同志\n培训规模：2期，每期120人\n"
        + "主办处室：预算处\n承办单位：省财政干部培训中心\n"
        + "（二）会计人员继续教育\n培训对象：全省会计人员\n培训规模：不少于30万人次\n"
        + "主办处室：会计处\n承办处室：人事教育处\n");
    assertUnits(task(plan, 1), List.of("预算处"), List.of("省财政干部培训中心"));
    assertUnits(task(plan, 2), List.of("会计处"), List.of("人事教育处"));
    assertThat(plan.allTasks()).extracting(t -> t.title()).containsExactly("预算管理业务培训班", "会计人员继续教育");
  }

  @Test
  void parse_verbNoteWithEtcAndTheRuleInside_firstListedLeadsFromThereOn() {
    Plan plan = PARSER.parse("一、产业\n"
        + "1. 推进智能制造。建设示范工厂。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）\n"
        + "2. 扩大对外开放。（商务部、财政部负责）\n"
        + "3. 支持研发创新。（科技部等有关部门负责）\n");
    assertUnits(task(plan, 1), List.of("工业和信息化部"), List.of("发展改革委"));
    assertUnits(task(plan, 2), List.of("商务部"), List.of("财政部"));
    assertUnits(task(plan, 3), List.of("科技部"), List.of());
    assertThat(task(plan, 1).text()).endsWith("建设示范工厂。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）");
  }

  @Test
  void parse_keyedNoteStatingTheRule_appliesToThatTaskAndEveryTaskAfter() {
    Plan plan = PARSER.parse("一、工作\n"
        + "1. 建设平台。（牵头单位：县科技局；责任单位：县财政局）\n"
        + "2. 引进人才。（责任单位：县人社局、县教育局）\n"
        + "3. 招商引资。（责任单位：县商务局、县财政局。列第一位者为牵头单位，下同）\n"
        + "4. 发展文旅。（责任单位：县文旅局、县财政局）\n");
    assertUnits(task(plan, 2), List.of(), List.of("县人社局", "县教育局"));
    assertUnits(task(plan, 3), List.of("县商务局"), List.of("县财政局"));
    assertUnits(task(plan, 4), List.of("县文旅局"), List.of("县财政局"));
  }

  @Test
  void parse_etcBeforeAGroupAndAJoiningWord_namesTheUnitsBeforeIt() {
    Plan plan = PARSER.parse("一、改革\n"
        + "1. 简化登记。（市场监管总局牵头，公安部、税务总局等国务院相关部门以及各地区按职责分工负责）\n");
    assertUnits(task(plan, 1), List.of("市场监管总局"), List.of("公安部", "税务总局", "各地区"));
  }

  @Test
  void parse_severalNotesInOneTask_mergeInOrderEachUnitOnceAndNoLeadSupporting() {
    Plan plan = PARSER.parse("一、改革\n"
        + "1. 清理妨碍公平竞争的规定。（发展改革委、市场监管总局牵头，各地区负责）主要措施：修订审查细则。"
        + "（市场监管总局负责）完善采购规定。（财政部、各地区负责）\n"
        + "2. 提升通关便利。（海关总署负责）\n");
    assertUnits(task(plan, 1), List.of("发展改革委", "市场监管总局", "财政部"), List.of("各地区"));
    assertThat(task(plan, 1).noteSpans()).hasSize(3);
    assertThat(task(plan, 1).text()).contains("主要措施：修订审查细则。");
    assertUnits(task(plan, 2), List.of("海关总署"), List.of());
  }

  @Test
  void parse_laterNoteNamingNoLead_itsFirstUnitLeadsThatMeasure() {
    Plan plan = PARSER.parse("一、开放\n"
        + "1. 用好关税减让。组织专题培训。（省商务厅牵头，南京海关配合）规范申领原产地证书。（南京海关负责）"
        + "推广自助打印。（省贸促会、南京海关按职责分工负责）\n"
        + "2. 保护知识产权。建立纠纷应对机制。（省知识产权局牵头，省法院配合）完善调解机制。（省司法厅负责）\n");
    assertUnits(task(plan, 1), List.of("省商务厅", "南京海关", "省贸促会"), List.of());
    assertUnits(task(plan, 2), List.of("省知识产权局", "省司法厅"), List.of("省法院"));
  }

  @Test
  void parse_supportingVerbAfterDivisionOfDuties_namesSupportingUnits() {
    Plan plan = PARSER.parse("一、开放\n"
        + "1. 推进通关便利化。（南京海关牵头，省商务厅、省交通运输厅按职责分工配合）\n"
        + "2. 促进技术贸易。（省科技厅牵头，省知识产权局按照职责分工配合）\n");
    assertUnits(task(plan, 1), List.of("南京海关"), List.of("省商务厅", "省交通运输厅"));
    assertUnits(task(plan, 2), List.of("省科技厅"), List.of("省知识产权局"));
  }

  @Test
  void parse_andAfterEtcOrBeforeAGroupOfGovernments_joinsOneMoreUnit() {
    Plan plan = PARSER.parse("一、网络\n"
        + "（一）完善配送中心。（国家邮政局、交通运输部、供销合作总社等和各省级人民政府负责）\n"
        + "（二）推进站点建设。（国家邮政局牵头，农业农村部、商务部等有关部门和各省级人民政府按职责分工负责）\n"
        + "（三）推动融合发展。（商务部、市场监管总局和各省级人民政府负责）\n"
        + "（四）培育寄递项目。（国家邮政局、共青团中央等和有关地方人民政府负责）\n"
        + "（五）发展冷链寄递。（农业农村部、国家邮政局等国务院有关部门和单位按职责分工负责）\n"
        + "（六）加强组织领导。（工业和信息化部、文化和旅游部负责）\n");
    assertUnits(task(plan, 1), List.of("国家邮政局"), List.of("交通运输部", "供销合作总社", "各省级人民政府"));
    assertUnits(task(plan, 2), List.of("国家邮政局"), List.of("农业农村部", "商务部", "各省级人民政府"));
    assertUnits(task(plan, 3), List.of("商务部"), List.of("市场监管总局", "各省级人民政府"));
    assertUnits(task(plan, 4), List.of("国家邮政局"), List.of("共青团中央", "有关地方人民政府"));
    assertUnits(task(plan, 5), List.of("农业农村部"), List.of("国家邮政局"));
    assertUnits(task(plan, 6), List.of("工业和信息化部"), List.of("文化和旅游部"));
  }

  @Test
  void parse_bareUnitListsWithTheRankRule_readAsNotes() {
    Plan plan = PARSER.parse("一、责任\n"
        + "（一）增强粮食安全意识。（市发改委、市农业农村局、中储粮某州直属库。排名第一的为牵头单位，下同）\n"
        + "（二）建设高标准农田。（市农业农村局、市财政局、青山、白水县人民政府）\n"
        + "（三）落实地方储备。（市商务粮食局、农发行某州市分行）\n"
        + "（四）完善服务网点。（省农业农村厅,各市〔州〕人民政府、贵安新区管委会）\n"
        + "（五）建设传染病医院。新建病区（传染病医院）\n");
    assertUnits(task(plan, 1), List.of("市发改委"), List.of("市农业农村局", "中储粮某州直属库"));
    assertUnits(task(plan, 2), List.of("市农业农村局"), List.of("市财政局", "青山县人民政府", "白水县人民政府"));
    assertUnits(task(plan, 3), List.of("市商务粮食局"), List.of("农发行某州市分行"));
    assertUnits(task(plan, 4), List.of("省农业农村厅"), List.of("各市〔州〕人民政府", "贵安新区管委会"));
    assertUnits(task(plan, 5), List.of(), List.of());
  }

  @Test
  void parse_oneVerbNotePerMeasure_theFirstUnitOfEachLeads() {
    Plan plan = PARSER.parse("一、产业\n"
        + "1. 鼓励创新创业。推进商事制度改革。（市场监管总局负责）加强创业教育。（体育总局、教育部负责）"
        + "应用新技术。（体育总局、网信办负责）\n");
    assertUnits(task(plan, 1), List.of("市场监管总局", "体育总局"), List.of("教育部", "网信办"));
  }

  @Test
  void parse_unitsBeforeAClauseWithTheVerb_shareItsVerb() {
    Plan plan = PARSER.parse("一、就业\n"
        + "1. 稳定就业岗位。（人力资源社会保障部、财政部，各省级人民政府按职责分工负责）\n");
    assertUnits(task(plan, 1), List.of("人力资源社会保障部"), List.of("财政部", "各省级人民政府"));
  }

  @Test
  void parse_sharedSuffix_distributesOverTheShortNamesBeforeIt() {
    Plan plan = PARSER.parse("一、协同\n"
        + "1. 共建产业园。（牵头单位：省发展改革委；责任单位：甲、乙市政府）\n"
        + "2. 推进联防联控。（东、西区政府负责）\n"
        + "3. 完善交通。（责任单位：定州、辛集市）\n"
        + "4. 共建园区。（牵头单位：甲市政府；责任单位：甲、乙市政府）\n");
    assertUnits(task(plan, 1), List.of("省发展改革委"), List.of("甲市政府", "乙市政府"));
    assertUnits(task(plan, 2), List.of("东区政府"), List.of("西区政府"));
    assertUnits(task(plan, 3), List.of(), List.of("定州", "辛集市"));
    assertUnits(task(plan, 4), List.of("甲市政府"), List.of("乙市政府"));
  }

  @Test
  void parse_defaultClause_addsItsUnitsToThatTaskAndEveryTaskAfter() {
    Plan plan = PARSER.parse("一、产业\n"
        + "1. 培育龙头企业。（责任部门：省商务厅）\n"
        + "2. 壮大创新主体。（责任单位：省科技厅、省工业和信息化厅。以下均需各市政府、雄安新区管委会落实，不再列出）\n"
        + "3. 打造区域品牌。（责任部门：省市场监管局、省商务厅）\n"
        + "4. 加强人才支撑。\n");
    assertUnits(task(plan, 1), List.of("省商务厅"), List.of());
    assertUnits(task(plan, 2), List.of("省科技厅"), List.of("省工业和信息化厅", "各市政府", "雄安新区管委会"));
    assertUnits(task(plan, 3), List.of("省市场监管局", "省商务厅"), List.of("各市政府", "雄安新区管委会"));
    assertUnits(task(plan, 4), List.of("各市政府"), List.of("雄安新区管委会"));
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TASK_WITHOUT_NOTE);
  }

  @Test
  void parse_defaultClauseWithItsSubjectWrittenOut_addsItsUnitsToEveryTaskAfter() {
    Plan keyed = PARSER.parse("一、城建\n"
        + "1. 改造老旧小区。（牵头单位：区住房城乡建设局；配合单位：区财政局。以下各条措施的责任单位均包括各街道办事处，不再一一列出）\n"
        + "2. 建设口袋公园。（牵头单位：区园林局）\n");
    assertUnits(task(keyed, 1), List.of("区住房城乡建设局"), List.of("区财政局", "各街道办事处"));
    assertUnits(task(keyed, 2), List.of("区园林局"), List.of("各街道办事处"));
    Plan verbs = PARSER.parse("一、城建\n"
        + "1. 整治背街小巷。（区城管局牵头，区交通局配合。以下工作均由各社区具体落实，不再单独列出）\n"
        + "2. 建设口袋公园。（牵头单位：区园林局）\n");
    assertUnits(task(verbs, 1), List.of("区城管局"), List.of("区交通局", "各社区"));
    assertUnits(task(verbs, 2), List.of("区园林局"), List.of("各社区"));
  }

  @Test
  void parse_remarkInsideAUnitName_isNoPartOfTheName() {
    Plan plan = PARSER.parse("一、产业\n"
        + "1. 培育龙头企业。（责任单位：各县（含开发区，下同）政府，省商务厅）\n"
        + "2. 完善服务。（责任单位：各镇（街道）、县财政局）\n");
    assertUnits(task(plan, 1), List.of("各县政府"), List.of("省商务厅"));
    assertUnits(task(plan, 2), List.of("各镇（街道）"), List.of("县财政局"));
    assertThat(task(plan, 1).text()).endsWith("（责任单位：各县（含开发区，下同）政府，省商务厅）");
  }

  @Test
  void parse_defaultClauseWithIncludesAfterAComma_isReadLikeAnyOther() {
    Plan plan = PARSER.parse("一、林场\n"
        + "1. 加强党建。（责任单位：省委党校、省林业和草原局，机械林场,以下均含省林业和草原局、机械林场,不再单独列出）\n"
        + "2. 完善管理体制。（责任单位：省委编办）\n");
    assertUnits(task(plan, 1), List.of("省委党校"), List.of("省林业和草原局", "机械林场"));
    assertUnits(task(plan, 2), List.of("省委编办"), List.of("省林业和草原局", "机械林场"));
  }

  @Test
  void parse_keyAfterALeadingClause_readsTheKeyAndTheClauseAsDeadline() {
    String text = "包头市2022年数字政府建设重点工作任务\n一、政务服务\n"
        + "1. 全面开通全程网办。（5月底完成，牵头考核单位：市政府办公室、市公安局）\n"
        + "2. 优化窗口设置。（持续推进，牵头考核单位：市审批服务局）\n";
    Plan plan = PARSER.parse(text);
    assertUnits(task(plan, 1), List.of("市政府办公室", "市公安局"), List.of());
    assertThat(task(plan, 1).deadline()).isEqualTo(LocalDate.of(2022, 5, 31));
    assertThat(task(plan, 1).text()).isEqualTo("全面开通全程网办。（5月底完成，牵头考核单位：市政府办公室、市公安局）");
    assertUnits(task(plan, 2), List.of("市审批服务局"), List.of());
    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DEADLINE_UNDATED)
        .extracting(d -> d.span().textOf(text)).containsExactly("持续推进");
  }

  @Test
  void parse_noteThatIsPresentButNotUnderstood_saysSoWithItsSpan() {
    String text = "一、工作\n1. 推进改革。（牵头单位：县发改局）\n2. 完善机制。（县科技局负责，另行通知）\n";
    Plan plan = PARSER.parse(text);
    assertThat(task(plan, 2).leadUnits()).isEmpty();
    List<Diagnostic> about = plan.diagnostics().stream()
        .filter(d -> d.message().contains("responsibility note not understood")).toList();
    assertThat(about).hasSize(1);
    assertThat(about.get(0).code()).isEqualTo(DiagnosticCode.NOTE_PARTLY_READ);
    assertThat(about.get(0).span().textOf(text)).isEqualTo("（县科技局负责，另行通知）");
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.TASK_WITHOUT_NOTE);
  }

  @Test
  void parse_verbNotesNamingMassOrganisationsCustomsAndBroadcasters_readThemAsUnits() {
    Plan plan = PARSER.parse("一、人才\n"
        + "（一）培训农村妇女。（全国妇联、农业农村部等按职责分工负责）\n"
        + "（二）服务基层。（由中国科协、共青团中央牵头，全国工商联、中国残联参加）\n"
        + "（三）便利通关。（南京海关、中央广播电视总台负责）\n");
    assertUnits(task(plan, 1), List.of("全国妇联"), List.of("农业农村部"));
    assertUnits(task(plan, 2), List.of("中国科协", "共青团中央"), List.of("全国工商联", "中国残联"));
    assertUnits(task(plan, 3), List.of("南京海关"), List.of("中央广播电视总台"));
  }

  @Test
  void parse_verbNoteOpeningWithLeadersByPost_keepsThemAsLeadersNotUnits() {
    Plan plan = PARSER.parse("一、产业\n"
        + "1. 培育科技型企业。（分管副市长、协管副秘书长负责，市科技局牵头，市科协、市财政局配合）\n");
    assertUnits(task(plan, 1), List.of("市科技局"), List.of("市科协", "市财政局"));
    assertThat(task(plan, 1).leaders()).containsExactly("分管副市长", "协管副秘书长");
  }

  @Test
  void parse_ownLineLeaderAndCooperatingKeys_fillLeadersAndSupportingUnits() {
    Plan plan = PARSER.parse("一、目标\n"
        + "1. 地区生产总值增长7%以上。\n"
        + "牵头负责领导：周明。\n"
        + "牵头责任单位：市发展改革委。\n"
        + "协同责任单位：市经信局、市商务局。\n");
    assertUnits(task(plan, 1), List.of("市发展改革委"), List.of("市经信局", "市商务局"));
    assertThat(task(plan, 1).leaders()).containsExactly("周明");
  }

  @Test
  void parse_verbNoteClosedByATimingClause_readsTheDateAsDeadlineAndThePaceAsNone() {
    Plan plan = PARSER.parse("2019年数字政府建设重点任务\n一、平台\n"
        + "1. 整合机房。（省大数据局牵头，省财政厅参与，2019年底前完成）\n"
        + "2. 共享数据。（省大数据局会同省公安厅负责，持续推进）\n"
        + "3. 网上办理。（省政务服务中心牵头，省直各部门及各市人民政府按职责分工负责）\n");
    assertUnits(task(plan, 1), List.of("省大数据局"), List.of("省财政厅"));
    assertThat(task(plan, 1).deadline()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertUnits(task(plan, 2), List.of("省大数据局"), List.of("省公安厅"));
    assertThat(task(plan, 2).deadline()).isNull();
    assertUnits(task(plan, 3), List.of("省政务服务中心"), List.of("省直各部门", "各市人民政府"));
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.NOTE_PARTLY_READ);
  }

  @Test
  void parse_taskClosingWithASentenceOfUnitsAndVerbs_readsItAsTheNote() {
    Plan plan = PARSER.parse("一、农业\n"
        + "1.稳定粮食生产。产量达到2.1亿斤。县农业农村局牵头，各乡镇人民政府负责。\n"
        + "2.发展设施农业。县农业农村局、县财政局负责。\n"
        + "3.加强乡风文明建设。各乡镇要开展创建，各村要积极配合。\n");
    assertUnits(task(plan, 1), List.of("县农业农村局"), List.of("各乡镇人民政府"));
    assertThat(task(plan, 1).text()).endsWith("产量达到2.1亿斤。县农业农村局牵头，各乡镇人民政府负责");
    assertThat(task(plan, 1).noteSpans()).hasSize(1);
    assertUnits(task(plan, 2), List.of("县农业农村局"), List.of("县财政局"));
    assertUnits(task(plan, 3), List.of(), List.of());
    assertThat(task(plan, 3).noteSpans()).isEmpty();
  }

  @Test
  void parse_divisionNoticeClauses_readTheUnitsAfterTheQuestion() {
    Plan plan = PARSER.parse("一、工作分工\n"
        + "（一）关于“稳定粮食生产”的问题，由发展改革委会同农业部、粮食局等部门研究提出落实意见。\n"
        + "（二）关于“完善农业补贴”的问题，由财政部牵头，农业部参与研究提出落实意见。\n");
    assertUnits(task(plan, 1), List.of("发展改革委"), List.of("农业部", "粮食局"));
    assertUnits(task(plan, 2), List.of("财政部"), List.of("农业部"));
  }

  @Test
  void parse_defaultClauseSayingEveryTaskInvolvesAUnit_appendsItToThatTaskAndEveryLaterOne() {
    Plan plan = PARSER.parse("一、市场\n"
        + "（一）建设市场体系。〔责任单位：省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n"
        + "（二）优化准入环境。〔责任单位：省市场监管局〕\n");
    assertUnits(task(plan, 1), List.of("省发展改革委"), List.of("商务厅", "相关市（州）人民政府"));
    assertUnits(task(plan, 2), List.of("省市场监管局"), List.of("相关市（州）人民政府"));
  }

  /**
   * A verb-form note that closes a measure inside a task, a clause's end after its bracket ({@code
   * …以内（甲、乙负责）；…300户（甲负责，丙配合）。}), is one of the task's several notes (guide §6),
   * merged in order; a bracket of units only there stays text.
   */
  @Test
  void parse_verbNoteClosingAMeasureInsideTheTask_isOneOfItsNotes() {
    Plan plan = PARSER.parse("某县2024年重点工作任务\n一、营商环境\n"
        + "1.优化准入服务。开办时间压缩至1个工作日以内（县市场监管局、县政务服务中心负责）；个体工商户转型为企业300户（县市场监管局负责，各乡镇配合）。\n"
        + "2.优化审批服务。审批时限压缩一半（县行政审批局、县住建局负责），推行并联审批（县行政审批局负责）。\n"
        + "3.改造老旧小区。完成改造40个（县住建局、县财政局）；新增停车位500个。（县住建局负责）\n");
    assertUnits(task(plan, 1), List.of("县市场监管局"), List.of("县政务服务中心", "各乡镇"));
    assertUnits(task(plan, 2), List.of("县行政审批局"), List.of("县住建局"));
    assertUnits(task(plan, 3), List.of("县住建局"), List.of());
    assertThat(task(plan, 3).text()).contains("完成改造40个（县住建局、县财政局）；");
  }

  /**
   * A bureau's work points name its own sections ({@code 科}, {@code 股}) in verb-form notes, and
   * {@code X等有关科室} is X (guide §6: X等有关部门); in a closing bracket of names only, words
   * ending in 科 ({@code 内科}, {@code 儿科}) stay text.
   */
  @Test
  void parse_bureauSectionsInVerbNotes_areUnits_andClinicalDepartmentsInABracketStayText() {
    Plan plan = PARSER.parse("某市2024年市场监管工作要点\n各项工作责任单位中，列第一位的为牵头单位。\n"
        + "一、强化质量基础。新建计量标准15项（计量科、标准化科负责）。\n"
        + "二、守牢食品安全底线。抽检合格率稳定在98%以上（食品抽检科、办公室、财务股等有关科室负责）。\n");
    assertUnits(task(plan, 1), List.of("计量科"), List.of("标准化科"));
    assertUnits(task(plan, 2), List.of("食品抽检科"), List.of("办公室", "财务股"));
    Plan clinic = PARSER.parse("某县2024年卫生健康重点工作任务\n一、医疗服务\n"
        + "1.加强重点专科建设。新建省级重点专科2个（心血管内科、儿科）。\n");
    assertThat(task(clinic, 1).leadUnits()).isEmpty();
    assertThat(task(clinic, 1).text()).endsWith("（心血管内科、儿科）。");
  }
}
