package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LF, CRLF and CR line breaks read alike, with spans into the exact input. */
class LineEndingsTest {

  @ParameterizedTest(name = "break {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void parse_anyLineBreak_readsTheSamePlan(String lineBreak) {
    String text = Documents.text("docs/cr-only.txt").replace("\r", lineBreak);
    Plan plan = PlanParser.create().parse(text);
    assertThat(plan.title()).isEqualTo("某县2023年工作要点");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    Task second = plan.task("t2").orElseThrow();
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("县政务服务中心");
    assertThat(second.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(second.span().textOf(text)).isEqualTo("2.优化服务。(牵头单位:县政务服务中心;完成时限:2023年6月)");
  }
}
