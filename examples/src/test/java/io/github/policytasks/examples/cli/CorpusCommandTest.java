package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.corpus.DocumentResult;
import io.github.policytasks.parser.corpus.PlanRecord;
import io.github.policytasks.parser.corpus.SampleCorpus;
import io.github.policytasks.parser.corpus.TableColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
  @TempDir Path dir;

  private static List<String> csvLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return Arrays.asList(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
        .split("\r\n"));
  }

  @Test
  void corpus_folder_writesEveryTableAndNamesTheFailures() throws IOException {
    Path in = dir.resolve("in");
    SampleCorpus.Written written = SampleCorpus.write(in, 12, 3, 4);
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("corpus", in.toString(), "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(out).isDirectoryContaining("glob:**/plans.jsonl")
        .isDirectoryContaining("glob:**/tasks.parquet")
        .isDirectoryContaining("glob:**/targets.parquet");
    assertThat(Files.size(out.resolve("targets.parquet"))).isGreaterThan(1000);
    assertThat(Files.readAllLines(out.resolve("plans.jsonl"))).hasSize(12)
        .allMatch(l -> l.startsWith("{\"file\":") && l.contains(",\"plan_id\":\"20"));
    List<String> failures = csvLines(out.resolve("failures.csv"));
    assertThat(failures.get(0)).isEqualTo("path,reason");
    assertThat(failures.subList(1, failures.size())).containsExactlyElementsOf(
        written.broken().stream().sorted(java.util.Comparator.comparing(b -> b.file()))
            .map(b -> in.resolve(b.file()) + ","
            + csv(b.kind().problem().reason())).toList());
  }

  @Test
  void corpus_targetsCsv_holdsTheRowsOfTheSchemaInInputOrder() throws IOException {
    Path in = dir.resolve("in");
    SampleCorpus.Written written = SampleCorpus.write(in, 6, 0, 4);
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("corpus", in.toString(), "-o", out.toString());

    assertThat(result.exitCode()).isZero();
    for (CorpusTable table : CorpusTable.values()) {
      List<String> lines = csvLines(out.resolve(table.tableName() + ".csv"));
      assertThat(lines.get(0)).isEqualTo(
          table.columns().stream().map(TableColumn::name).collect(Collectors.joining(",")));
      long expected = 0;
      String firstWithRows = null;
      for (String plan : written.plans().stream().sorted().toList()) {
        DocumentResult read = DocumentReader.standard().read(in.resolve(plan));
        int rows = table.rows(new PlanRecord(plan, read.plan())).size();
        expected += rows;
        if (firstWithRows == null && rows > 0) {
          firstWithRows = plan;
        }
      }
      assertThat(lines).hasSize((int) expected + 1);
      assertThat(lines.get(1)).startsWith(firstWithRows + ",");
    }
    assertThat(csvLines(out.resolve("diagnostics.csv")).get(0))
        .isEqualTo("plan_id,severity,code,line,column,start,end,message");
  }

  @Test
  void corpus_unwritableOutput_isOneLineWithExitCode2() throws IOException {
    Path in = dir.resolve("in");
    SampleCorpus.write(in, 1, 0, 4);
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");

    Cli.Result result = Cli.run("corpus", in.toString(), "-o", blocker.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("policy-tasks: cannot write " + blocker.resolve("out"))
        .hasLineCount(1);
  }

  private static String csv(String field) {
    return field.contains(",") ? "\"" + field + "\"" : field;
  }
}
