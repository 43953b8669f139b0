package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.seeds.Seeds;
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
 * Parsing the seed plan (嘉祥县 2023, 76 tasks, about 13,000 chars), warm, in microseconds per
 * plan: from a {@code String}, and from the file's UTF-8 bytes with the charset detected, as
 * {@code PlanParser.parse(Path)} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SeedParseBenchmark {
  private PlanParser parser;
  private String text;
  private byte[] bytes;

  /** Loads the seed text and makes the parser. */
  @Setup
  public void setUp() {
    parser = PlanParser.create();
    text = Seeds.jiaxiang2023Text();
    bytes = text.getBytes(StandardCharsets.UTF_8);
  }

  /** The seed text, already a {@code String}, to a {@link Plan}. */
  @Benchmark
  public Plan parseSeed() {
    return parser.parse(text);
  }

  /** The seed's UTF-8 bytes, charset detected and decoded, to a {@link Plan}. */
  @Benchmark
  public Plan parseSeedBytes() {
    return parser.parse(bytes);
  }
}
