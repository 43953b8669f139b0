package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Responsibility notes in every form the annotation guide names (§2). */
class ResponsibilityNoteTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static Plan parse(String document) {
    return PARSER.parse(Documents.text("docs/" + document));
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  @Test
  void parse_otherNoteKeysAndBrackets_readsLeadsSupportersLeadersAndDeadlines() {
    Plan plan = parse("note-keys.txt");
    Task projects = plan.task("t1").orElseThrow();
    assertThat(names(projects.leadUnits())).containsExactly("县发改局");
    assertThat(projects.leadUnits().get(0).canonicalName()).isEqualTo("县发展和改革局");
    assertThat(names(projects.supportingUnits())).containsExactly("县财政局", "县自然资源局");
    assertThat(projects.leaders()).containsExactly("张三", "李四");
    assertThat(projects.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));

    Task onlyDepartment = plan.task("t2").orElseThrow();
    assertThat(names(onlyDepartment.leadUnits())).containsExactly("县行政审批服务局", "县市场监管局");
    assertThat(onlyDepartment.supportingUnits()).isEmpty();

    Task spaces = plan.task("t3").orElseThrow();
    assertThat(names(spaces.leadUnits())).containsExactly("县农业农村局");
    assertThat(names(spaces.supportingUnits())).containsExactly("县水利局");
    assertThat(spaces.leaders()).containsExactly("王五");
    assertThat(spaces.deadline()).isEqualTo(LocalDate.of(2023, 10, 31));

    Task commas = plan.task("t4").orElseThrow();
    assertThat(names(commas.leadUnits())).containsExactly("县住建局");
    assertThat(names(commas.supportingUnits())).containsExactly("各镇街");
    assertThat(commas.leaders()).containsExactly("赵六");
    assertThat(commas.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));

    Task openEnded = plan.task("t5").orElseThrow();
    assertThat(openEnded.deadline()).isNull();
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.message()).contains("持续推进");
    });
  }

  @Test
  void parse_notesOnTheirOwnLines_belongToTheTaskAbove() {
    String text = Documents.text("docs/own-line-notes.txt");
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).hasSize(3);
    Task platform = plan.task("t1").orElseThrow();
    assertThat(names(platform.leadUnits())).containsExactly("县科技局");
    assertThat(names(platform.supportingUnits())).containsExactly("县工信局", "县发改局");
    assertThat(platform.deadline()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(platform.span().textOf(text)).startsWith("1. 建设创新平台。").endsWith("完成时限：2023年11月底前");
    Task firms = plan.task("t2").orElseThrow();
    assertThat(firms.text()).contains("科技型中小企业入库50家。");
    assertThat(names(firms.leadUnits())).containsExactly("县科技局");
    assertThat(names(firms.supportingUnits())).containsExactly("县财政局");
    Task trade = plan.task("t3").orElseThrow();
    assertThat(names(trade.leadUnits())).containsExactly("县商务局");
    assertThat(names(trade.supportingUnits())).containsExactly("各镇街");
  }

  @Test
  void parse_verbFormNotes_readLeadBeforeQianTouAndOthersAsSupporting() {
    Plan plan = parse("verb-notes.txt");
    assertThat(names(plan.task("t1").orElseThrow().leadUnits())).containsExactly("县商务局");
    assertThat(names(plan.task("t1").orElseThrow().supportingUnits())).containsExactly("各镇街");
    assertThat(names(plan.task("t2").orElseThrow().leadUnits())).containsExactly("县文旅局");
    assertThat(names(plan.task("t2").orElseThrow().supportingUnits())).containsExactly("县商务局");
    assertThat(names(plan.task("t3").orElseThrow().leadUnits())).containsExactly("县供销社");
    assertThat(names(plan.task("t3").orElseThrow().supportingUnits())).containsExactly("县商务局", "县农业农村局");
    assertThat(names(plan.task("t4").orElseThrow().leadUnits())).containsExactly("县交通运输局");
    assertThat(names(plan.task("t4").orElseThrow().supportingUnits())).containsExactly("县邮政分公司");
    Task noNote = plan.task("t5").orElseThrow();
    assertThat(noNote.leadUnits()).isEmpty();
    assertThat(noNote.title()).isEqualTo("推进大运河(济宁段)保护");
    assertThat(noNote.text()).endsWith("完成河道整治5公里。");
  }

  @Test
  void parse_traditionalCharacters_readLikeSimplifiedAndKeepNamesAsWritten() {
    Plan plan = parse("traditional.txt");
    assertThat(plan.year()).isEqualTo(2023);
    Task first = plan.task("t1").orElseThrow();
    assertThat(names(first.leadUnits())).containsExactly("縣發改局");
    assertThat(first.leadUnits().get(0).canonicalName()).isEqualTo("縣发展和改革局");
    assertThat(names(first.supportingUnits())).containsExactly("縣財政局", "縣自然資源局");
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2023, 9, 30));
    Task second = plan.task("t2").orElseThrow();
    assertThat(names(second.leadUnits())).containsExactly("縣行政審批服務局");
    assertThat(names(second.supportingUnits())).containsExactly("縣市場監管局");
    assertThat(second.leaders()).containsExactly("陳一");
    assertThat(second.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
    Task verb = plan.task("t3").orElseThrow();
    assertThat(names(verb.leadUnits())).containsExactly("縣教體局");
    assertThat(names(verb.supportingUnits())).containsExactly("各鎮街");
  }

  @Test
  void parse_documentStatingFirstListedLeads_makesFirstResponsibleUnitTheLead() {
    Plan plan = parse("first-listed.txt");
    Task task = plan.task("t1").orElseThrow();
    assertThat(names(task.leadUnits())).containsExactly("县投资促进中心");
    assertThat(names(task.supportingUnits())).containsExactly("县商务局", "各镇街");
    assertThat(names(plan.task("t2").orElseThrow().leadUnits())).containsExactly("县应急局");
  }

  @Test
  void parse_documentNamingLeadsElsewhere_keepsResponsibleUnitsSupporting() {
    Plan plan = parse("responsible-only.txt");
    assertThat(names(plan.task("t1").orElseThrow().leadUnits())).containsExactly("县投资促进中心");
    assertThat(names(plan.task("t1").orElseThrow().supportingUnits())).containsExactly("县商务局");
    Task task = plan.task("t2").orElseThrow();
    assertThat(task.leadUnits()).isEmpty();
    assertThat(names(task.supportingUnits())).containsExactly("县应急局", "县公安局");
  }

  static Stream<Arguments> noteForms() {
    return Stream.of(
        Arguments.of("(牵头单位:县科技局、县工信局)", List.of("县科技局", "县工信局"), List.of()),
        Arguments.of("（牵头单位：县科技局，县工信局）", List.of("县科技局", "县工信局"), List.of()),
        Arguments.of("〔牵头单位：县科技局〕", List.of("县科技局"), List.of()),
        Arguments.of("【牵头单位：县科技局】", List.of("县科技局"), List.of()),
        Arguments.of("[牵头单位:县科技局]", List.of("县科技局"), List.of()),
        Arguments.of("(牵头单位:县科技局;责任单位:县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牵头单位:县科技局；责任单位:县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牵头单位:县科技局,配合单位:县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牵头单位:县科技局，参与单位:县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牵头单位：县科技局　协同单位：县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牵头部门:县科技局 配合部门:县财政局 县审计局)", List.of("县科技局"), List.of("县财政局", "县审计局")),
        Arguments.of("(责任单位:县科技局、县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(责任部门:县科技局、县财政局)", List.of("县科技局", "县财政局"), List.of()),
        Arguments.of("(牵头单位:县科技局;责任部门:县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(县科技局牵头,县财政局配合)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(县科技局牵头，各镇(街道)按职责分工负责)", List.of("县科技局"), List.of("各镇(街道)")),
        Arguments.of("(县科技局、县财政局负责)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(牽頭單位:縣科技局;配合單位:縣財政局)", List.of("縣科技局"), List.of("縣財政局")),
        Arguments.of("(牵头单位:县科技局)。", List.of("县科技局"), List.of()),
        Arguments.of("(牵头单位:县科技局).", List.of("县科技局"), List.of()),
        Arguments.of("(牵头单位:各镇(街道)人民政府(办事处)、县科技局)", List.of("各镇(街道)人民政府(办事处)", "县科技局"), List.of()),
        Arguments.of("牵头单位：县科技局；配合单位：县财政局", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("(责任单位:县财政局、县科技局（牵头）、县审计局)", List.of("县科技局"), List.of("县财政局", "县审计局")),
        Arguments.of("(县科技局会同县财政局、县审计局负责)", List.of("县科技局"), List.of("县财政局", "县审计局")),
        Arguments.of("(牵头：县科技局；配合：县财政局)", List.of("县科技局"), List.of("县财政局")),
        Arguments.of("（牵头：县科技局，责任人：张三）", List.of("县科技局"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noteForms")
  void parse_noteForm_readsLeadAndSupportingUnits(String note, List<String> leads, List<String> supporting) {
    String taskLine = "1. 搭建创新平台。新建平台3个。" + note;
    String text = "一、创新\n" + taskLine + "\n2. 下一任务。(县发改局负责)";
    Plan plan = PARSER.parse(text);
    Task task = plan.task("t1").orElseThrow();
    assertThat(names(task.leadUnits())).containsExactlyElementsOf(leads);
    assertThat(names(task.supportingUnits())).containsExactlyElementsOf(supporting);
    assertThat(task.title()).isEqualTo("搭建创新平台");
    String noteEnd = note.replaceAll("[。.]$", "");
    assertThat(task.span().textOf(text)).isEqualTo(taskLine.substring(0, taskLine.length() - (note.length() - noteEnd.length())));
    assertThat(plan.allTasks()).hasSize(2);
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_noteWithAnEmptyKey_reportsItWithSpanLineAndColumn() {
    String text = "一、创新\n1. 搭建创新平台。新建平台3个。(牵头单位:县科技局;配合单位:)";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).hasSize(1);
    assertThat(names(plan.allTasks().get(0).leadUnits())).containsExactly("县科技局");
    assertThat(plan.diagnostics()).hasSize(1);
    var diagnostic = plan.diagnostics().get(0);
    assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
    assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.NOTE_PARTLY_READ);
    assertThat(diagnostic.span().textOf(text)).startsWith("配合单位");
    assertThat(diagnostic.line()).isEqualTo(2);
    assertThat(diagnostic.column()).isEqualTo(text.indexOf("配合单位") - text.indexOf('\n'));
  }

  @Test
  void parse_unclosedNoteBracket_keepsTheTaskAndReportsIt() {
    Plan plan = PARSER.parse("一、创新\n1. 搭建创新平台。新建平台3个。(牵头单位:县科技局\n2. 突破关键技术。(牵头单位:县工信局)");
    assertThat(plan.allTasks()).hasSize(2);
    assertThat(names(plan.task("t1").orElseThrow().leadUnits())).containsExactly("县科技局");
    assertThat(plan.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("not closed"));
  }

  @Test
  void parse_bracketedRemarkEndingInAVerb_isNoNote() {
    Plan plan = PARSER.parse("一、工作\n1. 推进改革。(由县政府统一负责)\n2. 完善机制。(具体由各地落实)");
    assertThat(plan.allTasks()).extracting(Task::text)
        .containsExactly("推进改革。(由县政府统一负责)", "完善机制。(具体由各地落实)");
    assertThat(plan.allTasks()).allSatisfy(t -> {
      assertThat(t.leadUnits()).isEmpty();
      assertThat(t.supportingUnits()).isEmpty();
    });
  }

  @Test
  void parse_anyUnicodeSpaceAroundUnitNames_isTrimmed() {
    Plan plan = PARSER.parse("一、工作\n1. 推进改革。(牵头单位:\u2028县科技局\u0085、\u00A0县工信局\u2029)");
    assertThat(names(plan.allTasks().get(0).leadUnits())).containsExactly("县科技局", "县工信局");
  }

  @Test
  void parse_shortKeysNeedAColon_andPersonsAreLeaders() {
    Plan plan = PARSER.parse("一、工作\n1. 推进改革。（牵头：县科技局；责任人：张三；时限：6月底前）\n"
        + "2. 加强协作。各部门配合 县财政局做好保障。(县财政局负责)");
    Task first = plan.task("t1").orElseThrow();
    assertThat(names(first.leadUnits())).containsExactly("县科技局");
    assertThat(first.leaders()).containsExactly("张三");
    assertThat(first.deadline()).isNull();
    Task second = plan.task("t2").orElseThrow();
    assertThat(names(second.leadUnits())).containsExactly("县财政局");
    assertThat(second.supportingUnits()).isEmpty();
  }

  @Test
  void parse_closingBracketNamingOnlyUnits_readsThemAsResponsible() {
    Plan plan = PARSER.parse("一、工作\n1. 推进改革。完成改革任务10项。（县发改局、县财政局）\n"
        + "2. 加快县公共卫生医疗中心建设。建成投用。(传染病医院)\n3. 推进河道治理。完成治理5公里。(济宁段)\n4. 新建公园3处。(县城区)");
    assertThat(names(plan.task("t1").orElseThrow().leadUnits())).containsExactly("县发改局");
    assertThat(names(plan.task("t1").orElseThrow().supportingUnits())).containsExactly("县财政局");
    assertThat(plan.task("t2").orElseThrow().leadUnits()).isEmpty();
    assertThat(plan.task("t3").orElseThrow().leadUnits()).isEmpty();
    assertThat(plan.task("t4").orElseThrow().leadUnits()).isEmpty();
    assertThat(plan.task("t2").orElseThrow().text()).endsWith("(传染病医院)");
  }
}
