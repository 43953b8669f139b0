package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.seeds.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsByLeadUnitTest {
  private final Plan seed = Seeds.jiaxiang2023();

  @Test
  void print_listsEveryTaskTheUnitLeads() {
    String printed = Printed.by(out -> TargetsByLeadUnit.print(seed, "县科技局", out));

    List<String> lines = printed.lines().toList();
    assertThat(lines.get(0)).startsWith("县科技局 leads 7 tasks with ");
    assertThat(lines).filteredOn(l -> l.startsWith("  t"))
        .extracting(l -> l.substring(2, l.indexOf(' ', 2)))
        .containsExactly("t1", "t2", "t3", "t4", "t5", "t6", "t49");
    assertThat(printed).contains("t1 1. 搭建创新平台  (leads: 县科技局、县工业和信息化局、县发展和改革局)")
        .contains("    t3.g1  科技型中小企业  80家以上  → AT_LEAST 80家\n");
  }

  @Test
  void print_unknownUnit_saysItLeadsNothing() {
    assertThat(Printed.by(out -> TargetsByLeadUnit.print(seed, "县气象局", out)))
        .isEqualTo("县气象局 leads 0 tasks with 0 targets\n");
  }
}
