package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A plan crawled by a tool that writes Markdown (variant {@code city-business-task-list-markdown-crawl},
 * blind: no task, the bold labels {@code **1. …**} and the heading hashes {@code ### 一、…} hid every
 * label) reads as the plan without the marks (annotation guide §6: a copy reads as the original), its
 * spans in the text as given, each mark furniture of the copy. A text that does not show itself a
 * Markdown copy keeps its stars, hashes and dashes.
 */
class MarkdownMarksTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String MARKDOWN = "[首页](https://www.example.gov.cn/) > [政策文件](/zwgk/zcwj/)\n\n"
      + "## 临川市2024年优化营商环境重点任务清单\n\n"
      + "### 一、提升政务服务效能 ###\n\n"
      + "**1. 压减企业开办时间。** 企业开办全程网办率达到95%，办理时间压减至1个工作日以内。\n\n"
      + "- 牵头单位：市市场监管局\n"
      + "- 配合单位：市公安局、市税务局\n\n"
      + "---\n\n"
      + "### 二、强化要素保障\n\n"
      + "2\\. 保障项目用地需求。6月底前完成批而未供土地处置3000亩。\n\n"
      + "* 牵头单位：市自然资源和规划局\n\n"
      + "> *本清单由市发展改革委负责解释。*\n";
  private static final String PLAIN = "\n\n"
      + "临川市2024年优化营商环境重点任务清单\n\n"
      + "一、提升政务服务效能\n\n"
      + "1. 压减企业开办时间。 企业开办全程网办率达到95%，办理时间压减至1个工作日以内。\n\n"
      + "牵头单位：市市场监管局\n"
      + "配合单位：市公安局、市税务局\n\n"
      + "\n\n"
      + "二、强化要素保障\n\n"
      + "2. 保障项目用地需求。6月底前完成批而未供土地处置3000亩。\n\n"
      + "牵头单位：市自然资源和规划局\n\n"
      + "本清单由市发展改革委负责解释。\n";

  @Test
  void markdownCopy_readsAsThePlainCopy() {
    Plan markdown = PARSER.parse(MARKDOWN);
    Plan plain = PARSER.parse(PLAIN);
    assertThat(markdown.title()).isEqualTo("临川市2024年优化营商环境重点任务清单");
    assertThat(markdown.sections()).extracting(Section::number, Section::title)
        .containsExactlyElementsOf(plain.sections().stream()
            .map(s -> org.assertj.core.groups.Tuple.tuple(s.number(), s.title())).toList());
    assertThat(markdown.sections()).extracting(Section::title).containsExactly("提升政务服务效能", "强化要素保障");
    assertThat(markdown.allTasks()).extracting(Task::number, Task::title, Task::deadline)
        .containsExactlyElementsOf(plain.allTasks().stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.number(), t.title(), t.deadline())).toList());
    Task first = markdown.allTasks().get(0);
    assertThat(first.title()).isEqualTo("压减企业开办时间");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("市市场监管局");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("市公安局", "市税务局");
    assertThat(first.targets()).extracting(Target::text).containsExactly("95%", "1个工作日以内");
    Task second = markdown.allTasks().get(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("市自然资源和规划局");
    assertThat(second.targets()).extracting(Target::text).containsExactly("3000亩");
  }

  @Test
  void markdownCopyWithoutLineBreaks_readsAsTheOriginal() {
    Plan original = PARSER.parse(MARKDOWN);
    Plan flat = PARSER.parse(MARKDOWN.replace("\n", ""));
    assertThat(flat.title()).isEqualTo(original.title());
    assertThat(flat.sections()).extracting(Section::title).containsExactly("提升政务服务效能", "强化要素保障");
    assertThat(flat.allTasks()).extracting(Task::number, Task::title).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "压减企业开办时间"), org.assertj.core.groups.Tuple.tuple(2, "保障项目用地需求"));
    assertThat(flat.allTasks().get(0).supportingUnits()).extracting(LeadUnit::name).containsExactly("市公安局", "市税务局");
    assertThat(flat.allTasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("市自然资源和规划局");
    assertThat(flat.allTargets()).extracting(Target::text).containsExactly("95%", "1个工作日以内", "3000亩");
  }

  @Test
  void markdownCopy_spansPointIntoTheTextAsGiven() {
    Plan plan = PARSER.parse(MARKDOWN);
    Task first = plan.allTasks().get(0);
    assertThat(first.span().textOf(MARKDOWN)).startsWith("1. 压减企业开办时间。** 企业").endsWith("市税务局");
    for (Target target : plan.allTargets()) {
      assertThat(target.span().textOf(MARKDOWN)).isEqualTo(target.text());
    }
    assertThat(plan.allTasks().get(1).span().textOf(MARKDOWN)).startsWith("2\\. 保障项目用地需求。");
  }

  @Test
  void marksBetweenParts_areFurniture_andMarksInsideAPartLieInIt() {
    Plan plan = PARSER.parse(MARKDOWN);
    ConservationProperties.assertConserved(MARKDOWN, plan);
    Object[][] furniture = {{"## 临川", 0}, {"### 一", 0}, {" ###\n", 1}, {"**1.", 0}, {"---", 0},
        {"> *本", 0}, {"> *本", 2}, {"解释。*", 3}, {"[首页", 0}};
    for (Object[] mark : furniture) {
      int at = MARKDOWN.indexOf((String) mark[0]) + (int) mark[1];
      assertThat(plan.regionAt(at)).as((String) mark[0]).get().extracting(Region::kind)
          .isEqualTo(RegionKind.FURNITURE);
    }
    Object[][] inTask = {{"。** ", 1}, {"- 牵头", 0}, {"- 配合", 0}, {"2\\.", 1}, {"* 牵头", 0}};
    for (Object[] mark : inTask) {
      int at = MARKDOWN.indexOf((String) mark[0]) + (int) mark[1];
      assertThat(plan.regionAt(at)).as((String) mark[0]).get().extracting(Region::kind)
          .isEqualTo(RegionKind.TASK);
    }
    ConservationProperties.assertConserved(MARKDOWN.replace("\n", ""), PARSER.parse(MARKDOWN.replace("\n", "")));
  }

  @Test
  void plainTextWithStarsAndHashes_isNoMarkdownCopy() {
    String text = "某县2024年重点工作任务\n一、工业\n"
        + "1.推进3#机组改造。完成改造2台*。（牵头单位：县工信局）\n"
        + "- 带*号的为约束性指标\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks().get(0).title()).isEqualTo("推进3#机组改造");
    assertThat(plan.allTasks().get(0).text()).contains("2台*");
    assertThat(plan.regions()).extracting(Region::kind).doesNotContain(RegionKind.FURNITURE);
  }
}
