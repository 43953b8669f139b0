package io.github.policytasks.benchmarks;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether parsing time grows linearly with the input: milliseconds to parse an input at scale 1
 * and at scale 10, for the whole {@link Corpus} (10 MB and 100 MB) and for single {@link
 * LargeInputs large documents} (0.5 MB and 5 MB of UTF-8: many tasks; the layout families — all
 * on one line, lines joined in pairs, task tables, {@code 一、} items as tasks; and the hostile
 * inputs whose one task line grows). Linear means the scale-10 time is 9 to 11 times the
 * scale-1 time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class LinearityBenchmark {
  /** The input: {@code CORPUS} or a {@link LargeInputs.Kind}. */
  @Param({"CORPUS", "MANY_TASKS", "ONE_LINE", "JOINED_LINES", "TASK_TABLE", "NUMERAL_TASKS",
      "UNCLOSED_BRACKETS", "LONG_NUMBERS", "REPEATED_BOUND_WORDS"})
  public String input;

  /** The size, as a multiple of the scale-1 size. */
  @Param({"1", "10"})
  public int scale;

  private PlanParser parser;
  private List<String> documents;
  private double megabytes;

  /** Builds the input. */
  @Setup
  public void setUp() {
    parser = PlanParser.create();
    documents = input.equals("CORPUS")
        ? Corpus.generate(scale * 10_000_000L).documents()
        : List.of(LargeInputs.of(LargeInputs.Kind.valueOf(input), scale));
    long bytes = 0;
    for (String document : documents) {
      bytes += Corpus.utf8Length(document);
    }
    megabytes = bytes / 1e6;
    JitWarmup.parse(parser, documents);
    int tasks = documents.stream().mapToInt(d -> parser.parse(d).allTasks().size()).sum();
    System.out.printf("%n%s x%d: %d document(s), %.2f MB UTF-8, %d tasks found%n", input, scale,
        documents.size(), megabytes, tasks);
  }

  /** Parses every document of the input once. */
  @Benchmark
  public void parse(CpuClock clock, Blackhole blackhole) {
    clock.time(megabytes, documents.size(), () -> {
      for (String document : documents) {
        blackhole.consume(parser.parse(document));
      }
      return documents.size();
    });
  }
}
