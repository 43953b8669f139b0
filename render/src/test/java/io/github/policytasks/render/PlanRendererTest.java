package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRendererTest {
  private final Plan plan = SamplePlans.small();

  @Test
  void render_defaultStyle_writesPortalCopyWithHalfWidthNotes() {
    assertThat(PlanRenderer.create().render(plan)).isEqualTo(String.join("\n",
        "嘉祥县2023年重点工作任务",
        "为全面落实《山东省三年行动计划》(鲁政办字〔2023〕5号),制定本任务如下:",
        "一、聚力创新驱动战略,建设创新城市",
        "1. 搭建创新平台。争创创新平台4家以上,研发投入突破150亿元。(牵头单位:县科技局、县工业和信息化局;责任单位:县财政局)",
        "二、聚力深化改革",
        "(一)优化环境",
        "2. 优化营商环境。深化“放管服”改革。(牵头单位:县行政审批服务局;责任领导:王明;完成时限:2023年9月)",
        "(二)完善设施",
        "3. 加快现代水网建设。(牵头单位:县水务局)",
        ""));
  }

  @Test
  void render_fullWidthTortoiseShellLeadDepartment_writesEveryPunctuationFullWidth() {
    RenderStyle style = RenderStyle.builder()
        .punctuation(Punctuation.FULL_WIDTH).taskNumbering(TaskNumbering.FULL_WIDTH_DOT)
        .spaceAfterTaskNumber(false).noteKeys(NoteKeys.LEAD_DEPARTMENT)
        .noteLayout(NoteLayout.TORTOISE_SHELL_BRACKETS).build();

    List<String> lines = PlanRenderer.of(style).render(plan).lines().toList();

    assertThat(lines).contains(
        "一、聚力创新驱动战略，建设创新城市",
        "1．搭建创新平台。争创创新平台4家以上，研发投入突破150亿元。〔牵头部门：县科技局、县工业和信息化局；配合部门：县财政局〕",
        "（一）优化环境",
        "3．加快现代水网建设。〔牵头部门：县水务局〕");
  }

  @Test
  void render_ownLinesTraditionalKeys_writesOneKeyPerLine() {
    RenderStyle style = RenderStyle.builder().noteLayout(NoteLayout.OWN_LINES)
        .taskNumbering(TaskNumbering.IDEOGRAPHIC_COMMA).traditionalNoteKeys(true).build();

    String text = PlanRenderer.of(style).render(plan);

    assertThat(text).contains(String.join("\n",
        "1、 搭建创新平台。争创创新平台4家以上,研发投入突破150亿元。",
        "牽頭單位:县科技局、县工业和信息化局",
        "責任單位:县财政局",
        "二、聚力深化改革",
        "(一)优化环境",
        "2、 优化营商环境。深化“放管服”改革。",
        "牽頭單位:县行政审批服务局",
        "責任領導:王明",
        "完成時限:2023年9月",
        "(二)完善设施"));
  }

  @Test
  void render_responsibleFirstLeads_statesTheRuleAndListsTheLeadFirst() {
    RenderStyle style = RenderStyle.builder().noteKeys(NoteKeys.RESPONSIBLE_FIRST_LEADS).build();

    List<String> lines = PlanRenderer.of(style).render(plan).lines().toList();

    assertThat(lines).contains("责任单位中,列第一位的为牵头单位。");
    assertThat(lines).anyMatch(l -> l.endsWith("(牵头单位:县科技局、县工业和信息化局;责任单位:县财政局)"));
    assertThat(lines).contains("3. 加快现代水网建设。(责任单位:县水务局)");
  }

  @Test
  void render_verbForm_namesLeadsAndSupportersByVerb() {
    RenderStyle style = RenderStyle.builder().noteKeys(NoteKeys.VERB).build();

    assertThat(PlanRenderer.of(style).render(plan))
        .contains("研发投入突破150亿元。(县科技局、县工业和信息化局牵头,县财政局配合)")
        .contains("(县行政审批服务局牵头;责任领导:王明;完成时限:2023年9月)");
  }

  @Test
  void render_parenthesisedNumbering_writesChineseNumeralsWithoutSubsectionHeadings() {
    RenderStyle style = RenderStyle.builder().taskNumbering(TaskNumbering.PARENTHESISED_CHINESE)
        .subsectionHeadings(false).punctuation(Punctuation.FULL_WIDTH).build();

    List<String> lines = PlanRenderer.of(style).render(plan).lines().toList();

    assertThat(lines).contains("二、聚力深化改革");
    assertThat(lines).anyMatch(l -> l.startsWith("（一） 搭建创新平台。"));
    assertThat(lines).anyMatch(l -> l.startsWith("（三） 加快现代水网建设。"));
    assertThat(lines).noneMatch(l -> l.contains("优化环境") || l.contains("完善设施"));
  }

  @Test
  void render_headerNoticeAndNoise_writesThemAroundThePlan() {
    RenderStyle style = RenderStyle.builder().headerTable(HeaderTable.BOTH).notice(true)
        .webNoise(true).lineEnding(LineEnding.CRLF).build();

    String text = PlanRenderer.of(style).render(plan);

    assertThat(text).startsWith("【打印本页】【关闭窗口】\r\n索 引 号: | 暂无 | 主题分类: | 暂无 |\r\n");
    assertThat(text).contains(
        "成文日期: | 2023-08-08 | 发布日期: | 2023-08-09 |\r\n",
        "发布机关: | 嘉祥县人民政府办公室 | 统一编号: | 无 |\r\n",
        "发文字号: | 嘉政办字〔2023〕22号 |\r\n",
        "嘉祥县人民政府办公室\r\n关于印发《嘉祥县2023年重点工作任务》的通知\r\n嘉政办字〔2023〕22号\r\n"
            + "各镇(街道)人民政府(办事处),县政府各部门:\r\n",
        "嘉祥县人民政府办公室\r\n2023年8月8日\r\n(此件公开发布)\r\n嘉祥县2023年重点工作任务\r\n");
    assertThat(text).endsWith("扫一扫在手机打开当前页\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void render_textWithNoteInAnotherStyle_replacesTheNoteInsteadOfDoublingIt() {
    Plan parsedLike = Plan.builder().addSections(Section.builder().id("s1").number(0)
        .addTasks(Task.builder().id("t1").number(7)
            .text("推动消费扩容提质。（牵头单位：县商务局）").span(SourceSpan.of(0, 0))
            .addLeadUnits(LeadUnit.of("县商务局")).build())
        .build()).build();

    assertThat(PlanRenderer.create().render(parsedLike))
        .isEqualTo("7. 推动消费扩容提质。(牵头单位:县商务局)\n");
  }

  @Test
  void render_pipeTable_writesOneRowPerTaskUnderEachHeading() {
    RenderStyle style = RenderStyle.builder().taskLayout(TaskLayout.PIPE_TABLE).build();

    assertThat(PlanRenderer.of(style).render(plan)).contains(String.join("\n",
        "一、聚力创新驱动战略,建设创新城市",
        "序号 | 主要工作任务 | 牵头单位 | 责任单位 | 责任领导 | 完成时限 |",
        "---|---|---|---|---|---|",
        "1 | 搭建创新平台。争创创新平台4家以上,研发投入突破150亿元。 | 县科技局、县工业和信息化局 | 县财政局 |  |  |",
        "二、聚力深化改革",
        "(一)优化环境",
        "序号 | 主要工作任务 | 牵头单位 | 责任单位 | 责任领导 | 完成时限 |",
        "---|---|---|---|---|---|",
        "2 | 优化营商环境。深化“放管服”改革。 | 县行政审批服务局 |  | 王明 | 2023年9月 |",
        "(二)完善设施"));
  }

  @Test
  void render_commaSeparators_separateKeysAndUnitsByCommas() {
    RenderStyle style = RenderStyle.builder().noteSeparator(NoteSeparator.COMMA)
        .unitSeparator(UnitSeparator.COMMA).punctuation(Punctuation.FULL_WIDTH).build();

    assertThat(PlanRenderer.of(style).render(plan))
        .contains("（牵头单位：县科技局，县工业和信息化局，责任单位：县财政局）");
  }

  @Test
  void render_spaceSeparator_separatesKeysBySpacesOnly() {
    RenderStyle style = RenderStyle.builder().noteSeparator(NoteSeparator.SPACE).build();

    assertThat(PlanRenderer.of(style).render(plan))
        .contains("(牵头单位:县行政审批服务局 责任领导:王明 完成时限:2023年9月)");
  }

  @Test
  void build_verbNotesInPipeTable_isRejected() {
    assertThatThrownBy(() -> RenderStyle.builder()
            .noteKeys(NoteKeys.VERB).taskLayout(TaskLayout.PIPE_TABLE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PIPE_TABLE");
  }

  @Test
  void build_parenthesisedNumberingWithSubsectionHeadings_isRejected() {
    assertThatThrownBy(() -> RenderStyle.builder()
            .taskNumbering(TaskNumbering.PARENTHESISED_CHINESE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subsectionHeadings(false)");
  }

  @Test
  void build_verbNotesOnOwnLines_isRejected() {
    assertThatThrownBy(() -> RenderStyle.builder()
            .noteKeys(NoteKeys.VERB).noteLayout(NoteLayout.OWN_LINES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OWN_LINES");
  }

  @Test
  void toBuilder_roundTripsEveryOption() {
    RenderStyle style = RenderStyle.builder().punctuation(Punctuation.FULL_WIDTH)
        .taskNumbering(TaskNumbering.PARENTHESISED_CHINESE).spaceAfterTaskNumber(false)
        .noteKeys(NoteKeys.VERB).noteLayout(NoteLayout.TORTOISE_SHELL_BRACKETS)
        .traditionalNoteKeys(true).noteSeparator(NoteSeparator.SPACE)
        .unitSeparator(UnitSeparator.COMMA).subsectionHeadings(false).headerTable(HeaderTable.TWO_COLUMNS)
        .notice(true).webNoise(true).lineEnding(LineEnding.CR).build();

    assertThat(style.toBuilder().build()).isEqualTo(style).hasSameHashCodeAs(style);
    assertThat(style).isNotEqualTo(RenderStyle.defaults());
  }

  @Test
  void with_parenthesisedNumberingOnDefaults_isRejectedLikeTheBuilder() {
    assertThatThrownBy(() -> RenderStyle.defaults().withTaskNumbering(TaskNumbering.PARENTHESISED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subsectionHeadings(false)");
  }

  @Test
  void defaults_isThePortalCopyStyle() {
    RenderStyle defaults = RenderStyle.defaults();

    assertThat(defaults).isEqualTo(RenderStyle.builder().build());
    assertThat(List.of(defaults.punctuation(), defaults.taskNumbering(), defaults.noteKeys(),
            defaults.noteLayout(), defaults.noteSeparator(), defaults.unitSeparator(),
            defaults.taskLayout(), defaults.headerTable(), defaults.lineEnding()))
        .containsExactly(Punctuation.HALF_WIDTH, TaskNumbering.DOT, NoteKeys.LEAD_UNIT,
            NoteLayout.IN_BRACKETS, NoteSeparator.SEMICOLON, UnitSeparator.IDEOGRAPHIC_COMMA,
            TaskLayout.LINES, HeaderTable.NONE, LineEnding.LF);
    assertThat(List.of(defaults.spaceAfterTaskNumber(), defaults.traditionalNoteKeys(),
            defaults.subsectionHeadings(), defaults.notice(), defaults.webNoise()))
        .containsExactly(true, false, true, false, false);
  }

  @Test
  void render_noSpaceAfterNumber_stillSeparatesATextStartingWithADigit() {
    Task task = Task.builder().id("t1").number(1).text("6月底前出台实施方案。").span(SourceSpan.of(0, 0))
        .addLeadUnits(LeadUnit.of("县商务局")).build();
    Plan single = Plan.builder().addSections(Section.builder().id("s1").number(1).title("重点工作")
        .addTasks(task).build()).build();

    String text = PlanRenderer.of(RenderStyle.builder().spaceAfterTaskNumber(false).build()).render(single);

    assertThat(text).contains("\n1. 6月底前出台实施方案。(牵头单位:县商务局)\n");
  }

  /**
   * A bracketed remark naming a unit and a verb that is no note verb stays text when the task
   * says where its body is: the renderer cuts only the notes the task knows.
   */
  @Test
  void render_verbRemarkEndingTheText_keepsIt() {
    String body = "完善工作体系(县发展和改革局牵头组织)。";
    Task task = Task.builder().id("t1").number(1).text(body).bodySpan(SourceSpan.of(0, body.length()))
        .span(SourceSpan.of(0, 0)).addLeadUnits(LeadUnit.of("县科技局")).build();
    Plan single = Plan.builder().addSections(Section.builder().id("s1").number(1).title("重点工作")
        .addTasks(task).build()).build();

    assertThat(PlanRenderer.create().render(single))
        .contains("\n1. 完善工作体系(县发展和改革局牵头组织)。(牵头单位:县科技局)\n");
  }
}
