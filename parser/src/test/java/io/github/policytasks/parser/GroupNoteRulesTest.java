package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.RegionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The group note as a rule of the genre (annotation guide §2, §6 Notes): a sentence after the
 * tasks it speaks of ({@code 以上任务由…牵头，…配合}, {@code 以上任务由…负责}) names the units of
 * every task of its group that has no note of its own. The decisions where the guide is silent, as
 * a careful reader takes them:
 * <ul>
 *   <li>the group runs back to the last group note, else to the section's heading; a subsection
 *       heading does not end it ({@code 以上} speaks of all the tasks above it in the section);
 *   <li>a task with its own note keeps it and takes nothing from the group note;
 *   <li>the note's sentence belongs to no task: the last task's text ends before it;
 *   <li>{@code 牵头} names the lead, {@code 配合} the supporting units; a plain {@code 负责} list
 *       names no 牵头, so its first unit leads and the rest support (guide §2);
 *   <li>a deadline in the note is the deadline of each task it gives units to.
 * </ul>
 */
class GroupNoteRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String TWO_SECTIONS = "某县2023年农业工作要点\n"
      + "一、稳定生产\n"
      + "1．新建高标准农田2万亩。\n"
      + "2．新增设施蔬菜基地8个。\n"
      + "以上任务由县农业农村局牵头，县财政局、各乡镇人民政府配合。\n"
      + "二、建设乡村\n"
      + "3．完成农村户厕改造3000户。\n"
      + "4．新建改造农村供水工程15处。\n"
      + "以上任务由县水利局、县卫生健康局负责。\n";

  @Test
  void parse_closingGroupSentence_givesItsUnitsToEveryTaskOfItsSection() {
    Plan plan = PARSER.parse(TWO_SECTIONS);

    assertThat(plan.allTasks()).hasSize(4);
    for (int n = 1; n <= 2; n++) {
      assertUnits(task(plan, n), List.of("县农业农村局"), List.of("县财政局", "各乡镇人民政府"));
    }
    for (int n = 3; n <= 4; n++) {
      assertUnits(task(plan, n), List.of("县水利局"), List.of("县卫生健康局"));
    }
  }

  @Test
  void parse_closingGroupSentence_belongsToNoTaskAndLeavesNothingUnread() {
    Plan plan = PARSER.parse(TWO_SECTIONS);

    assertThat(task(plan, 2).text()).isEqualTo("新增设施蔬菜基地8个。");
    assertThat(task(plan, 4).text()).isEqualTo("新建改造农村供水工程15处。");
    assertThat(plan.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.TEXT_NOT_READ, DiagnosticCode.TASK_WITHOUT_NOTE,
            DiagnosticCode.TEXT_OUTSIDE_TASK, DiagnosticCode.NOTE_WITHOUT_TASK);
    int note = TWO_SECTIONS.indexOf("以上任务由县农业农村局");
    assertThat(plan.regions()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RegionKind.TASK);
      assertThat(r.span().start()).isEqualTo(note);
      assertThat(r.span().end()).isEqualTo(TWO_SECTIONS.indexOf('\n', note));
    });
  }

  @Test
  void parse_copyWithoutLineBreaks_readsTheGroupNotesAlike() {
    Plan plan = PARSER.parse(TWO_SECTIONS.replace("\n", ""));

    assertThat(plan.allTasks()).hasSize(4);
    assertUnits(task(plan, 1), List.of("县农业农村局"), List.of("县财政局", "各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县农业农村局"), List.of("县财政局", "各乡镇人民政府"));
    assertUnits(task(plan, 3), List.of("县水利局"), List.of("县卫生健康局"));
    assertThat(task(plan, 2).text()).isEqualTo("新增设施蔬菜基地8个。");
  }

  @Test
  void parse_taskWithItsOwnNote_keepsItAndTheOthersTakeTheGroupNote() {
    Plan plan = PARSER.parse("一、招商引资\n"
        + "1．引进亿元以上项目10个。\n"
        + "2．举办招商推介会3场。（牵头单位：县投资促进中心）\n"
        + "3．新增外资企业2家。\n"
        + "以上任务由县商务局牵头，各乡镇人民政府配合。\n");

    assertUnits(task(plan, 1), List.of("县商务局"), List.of("各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县投资促进中心"), List.of());
    assertUnits(task(plan, 3), List.of("县商务局"), List.of("各乡镇人民政府"));
  }

  @Test
  void parse_twoGroupNotesInOneSection_eachSpeaksOfTheTasksSinceTheOneBefore() {
    Plan plan = PARSER.parse("一、社会事业\n"
        + "1．新建幼儿园2所。\n"
        + "以上任务由县教育局负责。\n"
        + "2．新增养老床位200张。\n"
        + "3．建设社区食堂5个。\n"
        + "以上任务由县民政局牵头，县财政局配合。\n");

    assertUnits(task(plan, 1), List.of("县教育局"), List.of());
    assertUnits(task(plan, 2), List.of("县民政局"), List.of("县财政局"));
    assertUnits(task(plan, 3), List.of("县民政局"), List.of("县财政局"));
  }

  @Test
  void parse_groupNoteAfterSubsections_speaksOfEveryTaskAboveItInTheSection() {
    Plan plan = PARSER.parse("一、文化旅游\n"
        + "（一）旅游\n"
        + "1．创建国家4A级旅游景区1家。\n"
        + "（二）文化\n"
        + "2．新建城市书房5个。\n"
        + "以上任务由县文化和旅游局负责。\n"
        + "二、体育\n"
        + "3．新建健身步道20公里。（牵头单位：县体育局）\n");

    assertUnits(task(plan, 1), List.of("县文化和旅游局"), List.of());
    assertUnits(task(plan, 2), List.of("县文化和旅游局"), List.of());
    assertUnits(task(plan, 3), List.of("县体育局"), List.of());
  }

  @Test
  void parse_keyedAndCountedGroupNotes_readLikeTheirNotes() {
    Plan plan = PARSER.parse("一、交通\n"
        + "1．新改建农村公路50公里。\n"
        + "2．新增公交线路3条。\n"
        + "以上任务牵头单位：县交通运输局；责任单位：各乡镇人民政府。\n"
        + "二、水利\n"
        + "3．治理中小河流2条。\n"
        + "4．新建山塘水库1座。\n"
        + "上述2项工作均由县水利局负责。\n");

    assertUnits(task(plan, 1), List.of("县交通运输局"), List.of("各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县交通运输局"), List.of("各乡镇人民政府"));
    assertUnits(task(plan, 3), List.of("县水利局"), List.of());
    assertUnits(task(plan, 4), List.of("县水利局"), List.of());
  }

  @Test
  void parse_bracketedGroupNoteAfterTheLastTask_speaksOfTheGroupNotOnlyTheLastTask() {
    Plan plan = PARSER.parse("一、生态\n"
        + "1．完成造林1.5万亩。\n"
        + "2．治理水土流失面积12平方公里。（以上任务由县林业局牵头，县自然资源局配合）\n");

    assertUnits(task(plan, 1), List.of("县林业局"), List.of("县自然资源局"));
    assertUnits(task(plan, 2), List.of("县林业局"), List.of("县自然资源局"));
    assertThat(task(plan, 2).text()).isEqualTo("治理水土流失面积12平方公里。");
  }

  @Test
  void parse_groupNoteWithADeadline_givesItToEachTaskItSpeaksOf() {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n一、城建\n"
        + "1．改造老旧小区12个。\n"
        + "2．新建停车泊位800个。（牵头单位：县公安局；完成时限：2023年9月底前）\n"
        + "3．新建口袋公园6个。\n"
        + "以上任务由县住房和城乡建设局牵头，2023年6月底前完成。\n");

    assertThat(task(plan, 1).deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(task(plan, 2).deadline()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(task(plan, 3).deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertUnits(task(plan, 3), List.of("县住房和城乡建设局"), List.of());
  }

  @Test
  void parse_traditionalCopy_readsTheGroupNoteAlike() {
    Plan plan = PARSER.parse("一、穩定生產\n"
        + "1．新建高標準農田2萬畝。\n"
        + "2．新增設施蔬菜基地8個。\n"
        + "以上任務由縣農業農村局牽頭，各鄉鎮人民政府配合。\n");

    assertUnits(task(plan, 1), List.of("縣農業農村局"), List.of("各鄉鎮人民政府"));
    assertUnits(task(plan, 2), List.of("縣農業農村局"), List.of("各鄉鎮人民政府"));
  }

  @Test
  void parse_sentenceOpeningWithAboveThatNamesNoUnit_staysTextOfItsTask() {
    Plan plan = PARSER.parse("一、工作\n"
        + "1．新建幼儿园2所。（牵头单位：县教育局）\n"
        + "以上工作要在年底前全部完成。\n"
        + "2．新增养老床位200张。（牵头单位：县民政局）\n");

    assertThat(task(plan, 1).text()).contains("以上工作要在年底前全部完成。");
    assertUnits(task(plan, 1), List.of("县教育局"), List.of());
    assertUnits(task(plan, 2), List.of("县民政局"), List.of());
  }

  @Test
  void parse_groupNoteWhereEveryTaskHasItsOwnNote_isReportedAndChangesNothing() {
    Plan plan = PARSER.parse("一、工作\n"
        + "1．新建幼儿园2所。（牵头单位：县教育局）\n"
        + "以上任务由县财政局负责。\n");

    assertUnits(task(plan, 1), List.of("县教育局"), List.of());
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NOTE_WITHOUT_TASK);
  }
}
