package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.PlanParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One large plan of at least {@code megabytes} MB of UTF-8 ({@link LargeInputs#bigPlan}: the
 * seed's tasks over and over in sections of {@value LargeInputs#BIG_PLAN_TASKS_PER_SECTION}),
 * parsed warm on one thread, in milliseconds per plan, beside the {@link LabelRegexScan label
 * scan} of the same text in the same run. The {@link CpuClock} counters give MB per CPU second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class BigPlanBenchmark {
  /** The plan's size in MB (10^6 UTF-8 bytes). */
  @Param("10")
  public int megabytes;

  private PlanParser parser;
  private String text;
  private double size;

  /** Builds the plan, reports its tasks, and warms the parser on it. */
  @Setup
  public void setUp(BenchmarkParams params) {
    parser = PlanParser.create();
    text = LargeInputs.bigPlan(megabytes * 1_000_000L);
    size = Corpus.utf8Length(text) / 1e6;
    System.out.printf("%nbig plan: %.2f MB UTF-8, %d chars, %d label lines%n", size, text.length(),
        LabelRegexScan.count(text));
    JitWarmup.forBenchmark(params, parser, List.of(text));
  }

  /** The plan's text to a {@link Plan}. */
  @Benchmark
  public Plan parse(CpuClock clock) {
    return clock.time(size, 1, () -> parser.parse(text));
  }

  /** The floor: the label scan of the same text. */
  @Benchmark
  public int scanLabelRegex(CpuClock clock) {
    return clock.time(size, 0, () -> LabelRegexScan.count(text));
  }
}
