package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task ledger saved from a spreadsheet as comma-separated text ({@link CommaCells}, RFC 4180):
 * cells parted by the input's commas, a quoted cell whole whatever it holds (commas, doubled
 * quotes, line breaks), the sheet's title row and a remark row with empty cells after their text.
 */
class CommaCellsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static List<String> cells(String row) {
    String f = Folding.fold(row);
    return CommaCells.split(row, f, 0, CommaCells.rowEnd(row, 0)).stream()
        .map(c -> row.substring(c.start(), c.end())).toList();
  }

  @Test
  void split_partsAtUnquotedCommas_keepsEmptyAndQuotedCells() {
    assertThat(cells("1,扩大投资,\"实施项目120个,完成投资85亿元。\", ,县发改局,\"县财政局,县自然资源局\""))
        .containsExactly("1", "扩大投资", "实施项目120个,完成投资85亿元。", "", "县发改局", "县财政局,县自然资源局");
    assertThat(cells("2,推进\"\"一网通办\"\",县政务服务中心")).containsExactly("2", "推进\"\"一网通办\"\"", "县政务服务中心");
    assertThat(cells("3,\"说\"\"好\"\"的\",县民政局")).containsExactly("3", "说\"\"好\"\"的", "县民政局");
  }

  @Test
  void rowEnd_runsOverTheLineBreaksOfAQuotedCell_only() {
    String text = "2,\"可办率95%以上；\n新增事项30项。\",县政务服务中心\n3,下一行";
    assertThat(CommaCells.rowEnd(text, 0)).isEqualTo(text.indexOf("\n3,"));
    assertThat(CommaCells.rowEnd("1,\"未闭合的引号\n2,下一行", 0)).isEqualTo(-1);
    assertThat(CommaCells.rowEnd("1,说\"明\n2,下一行", 0)).isEqualTo("1,说\"明".length());
  }

  @Test
  void filledEnd_ofASheetRowWithOneFilledCell_isItsTextsEnd() {
    String title = "某县2025年重点工作任务台账,,,,,,";
    Line line = Line.of(Folding.fold(title), 0, title.length(), title.length());
    assertThat(CommaCells.filledEnd(title, line)).isEqualTo(title.indexOf(','));
    String sentence = "建设道路,改造管网";
    Line plain = Line.of(sentence, 0, sentence.length(), sentence.length());
    assertThat(CommaCells.filledEnd(sentence, plain)).isEqualTo(sentence.length());
  }

  @Test
  void parse_csvLedger_readsItsTitleAndRowsByHeader() {
    Plan plan = PARSER.parse("某县2025年重点工作任务台账,,,,,\n"
        + "序号,重点任务,具体目标,责任领导,牵头单位,配合单位\n"
        + "1,扩大有效投资,\"实施重点项目120个,完成投资85亿元以上。\",王建国,县发展和改革局,\"县财政局,县自然资源局\"\n"
        + "2,深化改革,\"网上可办率达到95%以上；\n新增事项30项。\",李红梅,县政务服务中心,\n"
        + "备注：责任领导为县政府分管领导。,,,,,\n");

    assertThat(plan.title()).isEqualTo("某县2025年重点工作任务台账");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("扩大有效投资", "深化改革");
    Task first = plan.allTasks().get(0);
    assertThat(first.leaders()).containsExactly("王建国");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局", "县自然资源局");
    assertThat(plan.allTasks().get(1).targets()).extracting(Target::text).containsExactly("95%以上", "30项");
    assertThat(plan.allTasks().get(1).supportingUnits()).isEmpty();
  }

  @Test
  void proseWithHalfWidthCommas_isNoTable() {
    Plan plan = PARSER.parse("某县2025年重点工作任务\n1. 建设平台,新增孵化器3家,完成投资5亿元。(牵头单位:县科技局,县发改局)\n");

    assertThat(plan.allTasks()).singleElement().satisfies(task -> {
      assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局", "县发改局");
      assertThat(task.targets()).extracting(Target::text).containsExactly("3家", "5亿元");
    });
  }

  @Test
  void parse_taskLineWithAsciiCommasAndANoteKey_isATask_notATableHeader() {
    Plan plan = PARSER.parse("【打印本页】【关闭窗口】\n某县推进新型工业化2021年重点工作任务\n一、聚力创新驱动战略,建设高水平创新城市\n"
        + "1. 壮大战略性新兴产业。深入贯彻党的二十大精神,健全长效工作机制,培育高新技术企业达到1家以上。"
        + "(牽頭單位:县发展和改革局,責任領導:张伟)\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == io.github.policytasks.core.DiagnosticCode.TABLE_COLUMN_UNREAD);
  }

  @Test
  void parse_ownLineNoteListingItsUnitsByAsciiCommas_isTheNote_notATable() {
    Plan plan = PARSER.parse("某县2021年重点工作任务\n一、聚力创新驱动\n(一)强化科技创新\n1. 壮大战略性新兴产业。聚焦主导产业推动补链强链。\n"
        + "牽頭單位:县发展和改革局,县科学技术局\n責任單位:县财政局,县工业和信息化局,县金融工作服务中心\n");

    assertThat(plan.allTasks()).hasSize(1);
    assertThat(plan.allTasks().get(0).supportingUnits()).extracting(u -> u.name())
        .containsExactly("县财政局", "县工业和信息化局", "县金融工作服务中心");
  }

  /** A note's own line with half-width commas lists units, no header of a comma-separated table. */
  @Test
  void ownLineNoteWithHalfWidthCommas_isNoHeader() {
    Plan plan = PARSER.parse("某县2021年重点工作任务\n一、聚力创新驱动\n1. 壮大战略性新兴产业。推动补链强链。\n"
        + "牵头单位:县发展和改革局\n责任单位:县财政局,县科学技术局,县金融工作服务中心\n");

    assertThat(plan.allTasks()).singleElement().satisfies(task -> assertThat(task.supportingUnits())
        .extracting(LeadUnit::name).containsExactly("县财政局", "县科学技术局", "县金融工作服务中心"));
  }
}
