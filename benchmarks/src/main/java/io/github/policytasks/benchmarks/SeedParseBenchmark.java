package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Parsing the seed plan (嘉祥县 2023, 76 tasks, about 13,000 chars), warm, in microseconds per
 * plan: from a {@code String}, and from the file's UTF-8 bytes with the charset detected, as
 * {@code PlanParser.parse(Path)} does; beside them, in the same run, the {@link LabelRegexScan
 * label scan} of the seed text, the floor. The {@link CpuClock} counters give the CPU time per plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SeedParseBenchmark {
  /** Label scans of the seed per operation of {@link #scanSeedLabels}. */
  static final int SCANS_PER_OPERATION = 20;

  private PlanParser parser;
  private String text;
  private byte[] bytes;
  private double megabytes;

  /** Loads the seed text and makes the parser. */
  @Setup
  public void setUp(BenchmarkParams params) {
    parser = PlanParser.create();
    text = Seeds.jiaxiang2023Text();
    bytes = text.getBytes(StandardCharsets.UTF_8);
    megabytes = bytes.length / 1e6;
    JitWarmup.forBenchmark(params, parser, List.of(text));
  }

  /** The seed text, already a {@code String}, to a {@link Plan}. */
  @Benchmark
  public Plan parseSeed(CpuClock clock) {
    return clock.time(megabytes, 1, () -> parser.parse(text));
  }

  /**
   * The floor in the same run: the {@link LabelRegexScan label scan} of the seed text, {@value
   * #SCANS_PER_OPERATION} times per operation so that reading the CPU clock costs little beside it.
   */
  @Benchmark
  public int scanSeedLabels(CpuClock clock) {
    return clock.time(megabytes * SCANS_PER_OPERATION, 0, () -> {
      int found = 0;
      for (int i = 0; i < SCANS_PER_OPERATION; i++) {
        found += LabelRegexScan.count(text);
      }
      return found;
    });
  }

  /** The seed's UTF-8 bytes, charset detected and decoded, to a {@link Plan}. */
  @Benchmark
  public Plan parseSeedBytes(CpuClock clock) {
    return clock.time(megabytes, 1, () -> parser.parse(bytes));
  }
}
