package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void rowsOf_givesOneRowPerTargetAndOneForTaskWithoutTargets() {
    List<LedgerRow> rows = Ledger.rowsOf("sample", SamplePlans.small());

    assertThat(rows).extracting(r -> r.task().id() + "/" + (r.target() == null ? "-" : r.target()
        .id()))
        .containsExactly("t1/t1.g1", "t1/t1.g2", "t2/t2.g1", "t2/t2.g2", "t3/-");
  }

  @Test
  void deadline_prefersTargetsOwnOverTasks() {
    List<LedgerRow> rows = Ledger.rowsOf("sample", SamplePlans.small());

    assertThat(rows.get(2).deadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(rows.get(3).deadline()).contains(LocalDate.of(2023, 6, 30));
    assertThat(rows.get(4).deadline()).isEmpty();
  }

  @Test
  void targetRowsOf_keepsOnlyTargetsThatPassTheFilter() {
    List<LedgerRow> rows = Ledger.targetRowsOf(
        "sample", SamplePlans.small(), r -> r.task().isLedBy("县水务局"));

    assertThat(rows).extracting(r -> r.target().id()).containsExactly("t2.g1", "t2.g2");
  }

  @Test
  void startsTask_isTrueForFirstTargetAndTaskWithoutTargets() {
    List<LedgerRow> rows = Ledger.rowsOf("sample", SamplePlans.small());

    assertThat(rows).extracting(LedgerRow::startsTask)
        .containsExactly(true, false, true, false, true);
  }
}
