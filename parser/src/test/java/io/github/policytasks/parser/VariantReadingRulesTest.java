package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the genre that the blind runs of the variants of 2 December showed missing, each on a
 * small document written for it: a lone own-line 主办单位 note after a task, which a portal's page
 * footer also opens with; a detached bound word with a verb and its object before the figure; the
 * covering notice's own numbered paragraphs; a heading-like item run onto its own-line note; a
 * task card's heading run onto its goal field, the card's next field after the goal; a section
 * heading opening with a year run onto a note line's last unit.
 */
class VariantReadingRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_loneHostKeyLineAfterATask_isTheTasksNote() {
    Plan plan = PARSER.parse("2025年全市文化和旅游工作要点\n"
        + "一、文化惠民\n"
        + "（一）深化文艺惠民。开展送戏下乡演出300场。\n"
        + "主办单位：市群众艺术馆\n"
        + "二、安全监管\n"
        + "（二）开展安全检查。检查A级旅游景区40家。\n"
        + "主辦單位：市文化市場綜合行政執法支隊\n");
    assertUnits(task(plan, 1), List.of("市群众艺术馆"), List.of());
    assertUnits(task(plan, 2), List.of("市文化市場綜合行政執法支隊"), List.of());
  }

  @Test
  void parse_portalFooterOpeningWithTheHostKey_staysPageFurniture() {
    Plan plan = PARSER.parse("2025年全市文化和旅游工作要点\n"
        + "一、文化惠民\n"
        + "（一）深化文艺惠民。开展送戏下乡演出300场。（牵头单位：市群众艺术馆）\n"
        + "主办单位：云川市人民政府办公室 网站标识码：5301000001\n");
    assertUnits(task(plan, 1), List.of("市群众艺术馆"), List.of());
    assertThat(task(plan, 1).text()).doesNotContain("网站标识码");
  }

  @Test
  void parse_detachedBoundWordBeforeAVerbAndItsObject_boundsTheFigure() {
    Plan plan = PARSER.parse("2022年乡村振兴重点工作任务\n"
        + "一、生态\n"
        + "1.人居环境整治。每个乡镇至少打造示范村2个，不少于新建标准化厂房3座。（牵头单位：县农业农村局）\n");
    assertThat(task(plan, 1).targets()).extracting(t -> t.text() + " " + t.comparator())
        .containsExactly("至少打造示范村2个 AT_LEAST", "不少于新建标准化厂房3座 AT_LEAST");
  }

  @Test
  void parse_noticeParagraphsNumberedLikeSections_stayInTheNotice() {
    Plan plan = PARSER.parse("区人民政府办公室关于印发2023年目标任务责任分解方案的通知\n"
        + "各街道办事处，区人民政府各部门：\n"
        + "《2023年目标任务责任分解方案》已报经区人民政府同意，现印发给你们，并就有关事项通知如下：\n"
        + "一、各责任单位要对照目标任务制订工作方案，于2023年1月15日前报区人民政府办公室。\n"
        + "二、各责任单位要在每季度最后一个月的30日前报送进展情况。\n"
        + "某区人民政府办公室\n"
        + "2023年1月3日\n"
        + "2023年目标任务责任分解方案\n"
        + "一、主要预期目标\n"
        + "1.地区生产总值增长7%以上。（牵头单位：区发展和改革局）\n"
        + "二、重点工作\n"
        + "2.新增市场主体5000户以上。（牵头单位：区市场监督管理局）\n");
    assertThat(plan.title()).isEqualTo("2023年目标任务责任分解方案");
    assertThat(plan.sections()).extracting(s -> s.number() + " " + s.title())
        .containsExactly("1 主要预期目标", "2 重点工作");
    assertThat(plan.notice().body()).contains("一、各责任单位要对照目标任务", "二、各责任单位要在每季度");
  }

  @Test
  void parse_headingLikeItemRunOntoItsOwnLineNote_readsTheNote() {
    Plan plan = PARSER.parse("2023年目标任务责任分解方案\n"
        + "一、主要预期目标\n"
        + "（一）地区生产总值增长7%以上牵头单位：区发展和改革局\n"
        + "（二）城镇新增就业8000人，登记失业率控制在4.5%以内牵头单位：区人力资源和社会保障局\n"
        + "（三）明确各责任单位分工。各责任单位：按季度报送进展。\n");
    assertUnits(task(plan, 1), List.of("区发展和改革局"), List.of());
    assertUnits(task(plan, 2), List.of("区人力资源和社会保障局"), List.of());
    assertUnits(task(plan, 3), List.of(), List.of());
  }

  @Test
  void parse_taskCardHeadingRunOntoItsGoalField_keepsItsTitle() {
    Plan plan = PARSER.parse("2022年乡村振兴重点工作任务清单\n"
        + "一、产业振兴\n"
        + "1.粮食生产目标任务：粮食播种面积稳定在52万亩以上。\n"
        + "工作措施：新建高标准农田3.2万亩。\n"
        + "牵头单位：县农业农村局\n"
        + "2.特色产业目标任务：新培育龙头企业5家。工作措施：组织产销对接活动不少于8场。\n"
        + "牵头单位：县农业农村局\n");
    assertThat(plan.allTasks()).extracting(t -> t.title()).containsExactly("粮食生产", "特色产业");
  }

  @Test
  void parse_sectionHeadingOpeningWithAYearRunOntoANoteLine_startsTheSection() {
    Plan plan = PARSER.parse("2023年目标任务责任分解方案\n"
        + "一、主要预期目标\n"
        + "1.地区生产总值增长7%以上。\n"
        + "牵头单位：区发展和改革局二、2023年重点工作任务\n"
        + "2.新增市场主体5000户以上。\n"
        + "牵头单位：区市场监督管理局\n");
    assertThat(plan.sections()).extracting(s -> s.number() + " " + s.title())
        .containsExactly("1 主要预期目标", "2 2023年重点工作任务");
    assertUnits(task(plan, 1), List.of("区发展和改革局"), List.of());
  }
}
