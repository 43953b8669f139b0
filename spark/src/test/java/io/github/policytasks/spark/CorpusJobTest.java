package io.github.policytasks.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.corpus.DocumentResult;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.corpus.PlanRecord;
import io.github.policytasks.parser.corpus.SampleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Spark job in {@code local[2]} on a generated folder (mixed charsets, broken files, one file
 * over the size limit) gives the rows the library gives and the rows the batch tool's jar writes
 * for the same folder. One session and one run of the job for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobTest {
  private static final long LIMIT = 200 * 1024;
  private static final Comparator<List<Object>> BY_PLAN_THEN_ID =
      Comparator.comparing((List<Object> row) -> (String) row.get(0))
          .thenComparing(row -> String.valueOf(row.get(idColumn(row))));

  private Path dir;
  private Path in;
  private Path out;
  private SampleCorpus.Written written;
  private SparkSession spark;
  private CorpusJob.Summary summary;

  /** Target rows have their id at column 10, task rows at column 5. */
  private static int idColumn(List<Object> row) {
    return row.size() == CorpusTable.TARGETS.columns().size() ? 10 : 5;
  }

  @BeforeAll
  void runTheJob() throws IOException {
    dir = Files.createTempDirectory("policy-tasks-spark");
    in = dir.resolve("in");
    out = dir.resolve("out");
    written = SampleCorpus.write(in, 36, 5, 21);
    Files.createDirectories(in.resolve("big"));
    Files.writeString(in.resolve("big/huge.txt"), SampleCorpus.seedText().repeat(7),
        StandardCharsets.UTF_8);
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("CorpusJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    summary = CorpusJob.run(spark, in.toString(), out.toString(), LIMIT);
  }

  @AfterAll
  void stop() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    if (dir != null) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private List<List<Object>> read(Path table) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : spark.read().parquet(table.toString()).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(row.get(i));
      }
      rows.add(values);
    }
    rows.sort(BY_PLAN_THEN_ID);
    return rows;
  }

  private List<List<Object>> expected(CorpusTable table) {
    DocumentReader reader = new DocumentReader(PlanParser.create(), null, LIMIT);
    List<List<Object>> rows = new ArrayList<>();
    for (String plan : written.plans()) {
      DocumentResult result = reader.read(in.resolve(plan));
      assertThat(result.failure()).as(plan).isNull();
      rows.addAll(table.rows(new PlanRecord(plan, result.plan())));
    }
    rows.sort(BY_PLAN_THEN_ID);
    return rows;
  }

  @Test
  void targets_areTheRowsOfTheLibrary() {
    List<List<Object>> targets = read(out.resolve("targets"));

    assertThat(targets).isNotEmpty().containsExactlyElementsOf(expected(CorpusTable.TARGETS));
  }

  @Test
  void tasks_areTheRowsOfTheLibrary() {
    assertThat(read(out.resolve("tasks"))).containsExactlyElementsOf(expected(CorpusTable.TASKS));
  }

  @Test
  void schema_isTheDocumentedOne() {
    for (CorpusTable table : CorpusTable.values()) {
      assertThat(spark.read().parquet(out.resolve(table.tableName()).toString()).schema())
          .isEqualTo(SparkSchemas.of(table));
    }
  }

  @Test
  void failures_nameEveryBrokenAndOversizedFile() {
    Set<String> failures = spark.read().parquet(out.resolve("failures").toString())
        .collectAsList().stream()
        .map(r -> r.getString(0) + ": " + r.getString(2))
        .collect(Collectors.toSet());

    Set<String> expected = written.broken().stream()
        .map(b -> b.file() + ": " + b.kind().problem().reason())
        .collect(Collectors.toSet());
    expected.add("big/huge.txt: too large: 246.1 KB, over the input size limit of 200 KB");
    assertThat(failures).isEqualTo(expected);
    assertThat(summary).isEqualTo(new CorpusJob.Summary(42, 36, 6,
        expected(CorpusTable.TASKS).size(), expected(CorpusTable.TARGETS).size()));
  }

  @Test
  void targets_areTheRowsTheBatchToolWritesForTheSameFolder() throws Exception {
    String jar = System.getProperty("policytasks.jar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)),
        "the batch tool's jar (examples/target/policy-tasks.jar) is built by the reactor first");
    Path batch = dir.resolve("batch");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
        "corpus", in.toString(), "-o", batch.toString(), "--max-input-size", "200K")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isEqualTo(1);
    assertThat(read(batch.resolve("targets.parquet")))
        .containsExactlyElementsOf(read(out.resolve("targets")));
    assertThat(read(batch.resolve("tasks.parquet")))
        .containsExactlyElementsOf(read(out.resolve("tasks")));
    assertThat(spark.read().parquet(batch.resolve("targets.parquet").toString()).schema())
        .isEqualTo(SparkSchemas.of(CorpusTable.TARGETS));
  }
}
