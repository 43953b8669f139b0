package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON contract with the seed plan: loading the embedded annotated plan from its UTF-8 JSON
 * (what {@code Seeds.jiaxiang2023()} does once), and writing the plan as indented JSON, in
 * microseconds per plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PlanJsonBenchmark {
  private byte[] json;
  private Plan plan;

  /**
   * Reads the embedded JSON's bytes. Where the seeds jar does not embed it yet, uses the JSON of
   * the parsed seed text, which is how the embedded file is generated, and says so.
   */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = Seeds.class.getResourceAsStream(Seeds.JIAXIANG_2023_JSON)) {
      if (in != null) {
        json = in.readAllBytes();
      } else {
        System.out.printf("%n%s is not embedded; using the JSON of the parsed seed text%n",
            Seeds.JIAXIANG_2023_JSON);
        json = PlanJson.write(PlanParser.create().parse(Seeds.jiaxiang2023Text()))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    plan = PlanJson.read(new ByteArrayInputStream(json));
    System.out.printf("%nseed plan JSON: %d bytes, %d tasks, %d targets%n", json.length,
        plan.allTasks().size(), plan.allTargets().size());
  }

  /** The embedded seed plan's JSON bytes to a {@link Plan}. */
  @Benchmark
  public Plan readSeedPlan() {
    try (InputStream in = new ByteArrayInputStream(json)) {
      return PlanJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed plan to indented JSON. */
  @Benchmark
  public String writeSeedPlan() {
    return PlanJson.write(plan);
  }
}
