package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * Two unit names run together without a separator, a cell's or a note's line break lost in the
 * copy ({@code 市行政审批局市司法局}; annotation guide §6, Lost line breaks): split where a name that
 * opens with a place level ends like an office and the next one opens with a place level
 * ({@code unit-place-levels.txt}) and ends like a unit; a word of {@code unit-run-together-not-openings.txt}
 * ({@code 市场}) opens no name, and a name shorter than three characters ({@code 市委}) is not split.
 */
class RunTogetherUnitsTest {
  @Test
  void twoOfficesRunTogether_areTwoLeads() {
    Task task = only("1.编制事项清单。（牵头单位：市行政审批局市司法局；责任单位：各区县政府）");

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("市行政审批局", "市司法局");
  }

  @Test
  void runTogetherInAList_splitsOnlyTheRunTogetherItem() {
    Task task = only("1.编制事项清单。（牵头单位：县发改局县财政局、县商务局）");

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县发改局", "县财政局", "县商务局");
  }

  @Test
  void officeAndItsMarketDivision_staysOneName() {
    Task task = only("1.编制事项清单。（牵头单位：省商务厅市场运行处）");

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("省商务厅市场运行处");
  }

  @Test
  void partyCommitteeShortName_isNotSplit() {
    Task task = only("1.编制事项清单。（牵头单位：县委宣传部）");

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县委宣传部");
  }
}
