package io.github.policytasks.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.parser.PlanParser;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTableTest {
  private static final Plan SEED = PlanParser.create().parse(SampleCorpus.seedText());
  private static final PlanRecord RECORD = new PlanRecord("2023/seed.txt", SEED);

  private static Object cell(CorpusTable table, List<Object> row, String column) {
    int index = table.columns().stream().map(TableColumn::name).toList().indexOf(column);
    assertThat(index).as(column).isNotNegative();
    return row.get(index);
  }

  @Test
  void columns_namesAreUniqueAndSnakeCase() {
    for (CorpusTable table : CorpusTable.values()) {
      List<String> names = table.columns().stream().map(TableColumn::name).toList();
      assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(_[a-z]+)*"));
    }
    assertThat(CorpusTable.TARGETS.columns().stream().map(TableColumn::name))
        .containsSubsequence("plan_id", "region", "year", "section", "task_id", "lead_units",
            "subject", "comparator", "kind", "direction", "value", "unit", "normalized",
            "normalized_value", "dimension");
  }

  @Test
  void rows_seed_oneTargetRowPerTargetAndOneTaskRowPerTask() {
    assertThat(CorpusTable.TARGETS.rows(RECORD)).hasSize(SEED.allTargets().size());
    assertThat(CorpusTable.TASKS.rows(RECORD)).hasSize(SEED.allTasks().size());
  }

  @Test
  void rows_firstTarget_holdsEveryCellOfTheSchema() {
    List<Object> row = CorpusTable.TARGETS.rows(RECORD).get(0);
    Target target = SEED.allTargets().get(0);

    assertThat(row).hasSize(CorpusTable.TARGETS.columns().size());
    assertThat(Arrays.asList(cell(CorpusTable.TARGETS, row, "plan_id"),
        cell(CorpusTable.TARGETS, row, "region"), cell(CorpusTable.TARGETS, row, "year"),
        cell(CorpusTable.TARGETS, row, "section"), cell(CorpusTable.TARGETS, row, "task_id"),
        cell(CorpusTable.TARGETS, row, "lead_units"), cell(CorpusTable.TARGETS, row, "target_id"),
        cell(CorpusTable.TARGETS, row, "comparator"), cell(CorpusTable.TARGETS, row, "value"),
        cell(CorpusTable.TARGETS, row, "unit"), cell(CorpusTable.TARGETS, row, "normalized_value"),
        cell(CorpusTable.TARGETS, row, "dimension")))
        .containsExactly("2023/seed.txt", "嘉祥县", 2023, 1, "t1",
            "县科技局、县工业和信息化局、县发展和改革局", target.id(), "AT_LEAST", "4", "家",
            new BigDecimal("4.000000"), "COUNT");
  }

  @Test
  void rows_fractionNormalized_keepsTheExactTextAndRoundsTheDecimal() {
    List<List<Object>> rows = CorpusTable.TARGETS.rows(RECORD);
    int index = SEED.allTargets().indexOf(SEED.target("t47.g1").orElseThrow());
    List<Object> row = rows.get(index);

    assertThat(cell(CorpusTable.TARGETS, row, "normalized")).isEqualTo("3080000000/3");
    assertThat(cell(CorpusTable.TARGETS, row, "normalized_value"))
        .isEqualTo(new BigDecimal("1026666666.666667"));
    assertThat(cell(CorpusTable.TARGETS, row, "normalized_unit")).isEqualTo("平方米");
  }
}
