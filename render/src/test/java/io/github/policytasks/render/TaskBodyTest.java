package io.github.policytasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Task;
import io.github.policytasks.parser.PlanParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaskBodyTest {
  private static final PlanParser PARSER = PlanParser.create();

  /** In these rows ¶ stands for a line break; the task is the first of "一、工作¶1. " + text. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "完善工作体系(县发展和改革局牵头组织)。(牵头单位:县科技局) | 完善工作体系(县发展和改革局牵头组织)。",
    "建立联席会议制度(由县商务局牵头召集)。 | 建立联席会议制度(由县商务局牵头召集)。",
    "加快现代水网建设。(牵头单位:县水务局). | 加快现代水网建设。",
    "推动消费。〔牽頭單位：县商务局〕 | 推动消费。",
    "推动消费。(县商务局牵头,各镇街按职责分工负责) | 推动消费。",
    "搭建创新平台。¶牵头单位:县科技局¶责任单位:县财政局 | 搭建创新平台。",
    "推动发展。(牵头单位:县科技局)¶这是一行普通文字。 | 推动发展。¶这是一行普通文字。"
  })
  void of_parsedTask_cutsExactlyTheNotesTheParserRead(String text, String body) {
    Task task = PARSER.parse("一、工作\n1. " + text.replace("¶", "\n") + "\n").allTasks().get(0);

    assertThat(TaskBody.of(task)).isEqualTo(body.replace("¶", "\n"));
  }

  @Test
  void of_taskWithoutSpans_fallsBackToTheNoteKeys() {
    Task task = Task.builder().id("t1").number(1).text("推动消费。(牵头单位:县商务局)")
        .span(SourceSpan.of(0, 0)).addLeadUnits(LeadUnit.of("县商务局")).build();

    assertThat(TaskBody.of(task)).isEqualTo("推动消费。");
  }
}
