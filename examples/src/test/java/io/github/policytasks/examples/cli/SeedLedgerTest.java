package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.tracking.ledger.LedgerColumn;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands on the embedded seed plan, the default when no FILE is given. */
class SeedLedgerTest {
  private final Plan seed = Seeds.jiaxiang2023();

  @Test
  void noArguments_printsTheSeedLedgerTable() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    String table = result.out();
    assertThat(table).startsWith("Sec  Task");
    for (Task task : seed.allTasks()) {
      assertThat(table).contains(task.number() + ". ");
    }
    assertThat(table).contains("1. 搭建创新平台").contains("76. 着力稳金融防风险").contains("县金融工作服");
  }

  @Test
  void ledgerCsv_hasBomAndOneRowPerTargetAndPerTaskWithoutTargets() {
    Cli.Result result = Cli.run("ledger", "--format", "csv");

    assertThat(Arrays.copyOf(result.outBytes(), 3))
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    long withoutTargets = seed.allTasks().stream().filter(t -> t.targets().isEmpty()).count();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(1 + seed.allTargets().size() + (int) withoutTargets);
    assertThat(lines.get(1)).startsWith("seed:jiaxiang-2023,1,\"聚力创新驱动战略,建设高水平创新城市\",t1,1,搭建创新平台,");
  }

  @Test
  void targetsByLeadUnit_listsExactlyTheTargetsOfTheTasksItLeads() throws IOException {
    Cli.Result result = Cli.run("targets", "--lead-unit", "县科技局", "--format", "csv");

    List<String> ids = readCsv(result.out().substring(1)).stream().skip(1)
        .map(row -> row[LedgerColumn.TARGET_ID.ordinal()])
        .toList();
    assertThat(result.exitCode()).isZero();
    assertThat(ids).containsExactlyElementsOf(
        seed.targetsLedBy("县科技局").stream().map(t -> t.id()).toList());
  }

  @Test
  void ledgerFromStandardInput_parsesTheText() {
    Cli.Result result = Cli.runWith(
        Seeds.jiaxiang2023Text().getBytes(StandardCharsets.UTF_8), false, "ledger", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(Cli.run().out().replace(PlanSources.SEED, "-"));
  }

  private static List<String[]> readCsv(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv)) {
      return rows.readAll();
    }
  }
}
