package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit column whose header adds a remark in brackets ({@code 责任单位（排在第一位的为牵头单位）}) is
 * the key's column; a remark that states the first-listed rule (annotation guide §2) is the
 * document's rule from the table on, as a note stating it is.
 */
class HeaderStatedRuleTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static String document(String unitHeader) {
    return "某市2024年民生实事责任清单\n| 序号 | 工作任务 | " + unitHeader + " |\n| --- | --- | --- |\n"
        + "| 1 | 新增学位6000个。 | 市教育局、市财政局 |\n二、其他任务\n"
        + "2. 新建社区医院3所。（牵头单位：市卫健委）\n3. 新建药房5所。（责任单位：市卫健委、市医保局）\n";
  }

  private static List<String> names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).toList();
  }

  @Test
  void aUnitHeaderStatingTheFirstListedRule_isTheKeysColumnAndTheDocumentsRule() {
    Plan plan = PARSER.parse(document("责任单位（排在第一位的为牵头单位）"));

    List<Task> tasks = plan.allTasks();
    assertThat(names(tasks.get(0).leadUnits())).containsExactly("市教育局");
    assertThat(names(tasks.get(0).supportingUnits())).containsExactly("市财政局");
    assertThat(names(tasks.get(2).leadUnits())).containsExactly("市卫健委");
    assertThat(names(tasks.get(2).supportingUnits())).containsExactly("市医保局");
    assertThat(plan.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.TABLE_COLUMN_UNREAD);
  }

  @Test
  void aPlainUnitHeader_inADocumentThatNamesLeads_givesSupportingUnits() {
    Plan plan = PARSER.parse(document("责任单位"));

    assertThat(plan.allTasks().get(0).leadUnits()).isEmpty();
    assertThat(plan.allTasks().get(2).leadUnits()).isEmpty();
  }
}
