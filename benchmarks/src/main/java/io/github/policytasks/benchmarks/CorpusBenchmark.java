package io.github.policytasks.benchmarks;

import io.github.policytasks.parser.PlanParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput over a generated {@link Corpus} of at least {@code megabytes} MB (UTF-8) in the
 * genre's formats: the parser on one thread, the parser on every core (each thread parsing its
 * own plans), and two floors: the {@link LabelRegexScan label regex scan} the issue judges by, and
 * {@link TaskBoundaryScan a hand-written single scan} that only finds task boundaries. One operation is one batch of consecutive documents of about 1 MB. The {@code
 * megabytesPerSecond} counter, which JMH prints in "ops/s", is the wall-clock throughput in MB/s;
 * the {@link CpuClock} counters give the throughput per CPU second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CorpusBenchmark {
  private static final long BATCH_BYTES = 1_000_000L;

  /** The corpus size in MB (10^6 UTF-8 bytes). */
  @Param("10")
  public int megabytes;

  private PlanParser parser;
  private List<List<String>> batches;
  private double[] batchMegabytes;

  /** Generates the corpus and checks that the parser finds every task in each of its formats. */
  @Setup
  public void setUp(BenchmarkParams params) {
    parser = PlanParser.create();
    Corpus corpus = Corpus.generate(megabytes * 1_000_000L);
    batches = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    long bytes = 0;
    for (String document : corpus.documents()) {
      batch.add(document);
      bytes += Corpus.utf8Length(document);
      if (bytes >= BATCH_BYTES) {
        batches.add(batch);
        sizes.add(bytes / 1e6);
        batch = new ArrayList<>();
        bytes = 0;
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
      sizes.add(bytes / 1e6);
    }
    batchMegabytes = sizes.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.printf("%ncorpus: %d documents in %d batches, %.2f MB UTF-8, %d chars%n",
        corpus.documents().size(), batches.size(), corpus.megabytes(), corpus.chars());
    if (params.getBenchmark().endsWith("parseOneThread")) {
      corpus.check(parser).forEach(System.out::println);
    }
    JitWarmup.forBenchmark(params, parser, corpus.documents());
  }

  /** Where one thread is in the corpus, and the megabytes it has read. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Progress {
    /** Megabytes read; per second, the wall-clock throughput in MB/s. */
    public double megabytesPerSecond;
    private int next;

    /** Starts each thread at a different batch. */
    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
      next = thread.getThreadIndex() * 5;
    }

    /** Zeroes the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytesPerSecond = 0;
    }

    int next(int size) {
      int at = next % size;
      next = at + 1;
      return at;
    }
  }

  /** The parser on one thread. */
  @Benchmark
  @Threads(1)
  public void parseOneThread(Progress progress, CpuClock clock, Blackhole blackhole) {
    batch(progress, clock, blackhole, true, parser::parse);
  }

  /** The parser on every core, each thread parsing its own plans. */
  @Benchmark
  @Threads(Threads.MAX)
  public void parseAllCores(Progress progress, CpuClock clock, Blackhole blackhole) {
    batch(progress, clock, blackhole, true, parser::parse);
  }

  /** The floor: one scan for task boundaries over the same documents, one thread. */
  @Benchmark
  @Threads(1)
  public void scanTaskBoundaries(Progress progress, CpuClock clock, Blackhole blackhole) {
    batch(progress, clock, blackhole, false, TaskBoundaryScan::count);
  }

  /** The floor the issue judges by: the {@link LabelRegexScan label scan} of the same documents, one thread. */
  @Benchmark
  @Threads(1)
  public void scanLabelRegex(Progress progress, CpuClock clock, Blackhole blackhole) {
    batch(progress, clock, blackhole, false, LabelRegexScan::count);
  }

  /** Runs {@code work} on the thread's next batch; {@code parses}: it parses plans. */
  private void batch(Progress progress, CpuClock clock, Blackhole blackhole, boolean parses,
      Function<String, Object> work) {
    int at = progress.next(batches.size());
    List<String> batch = batches.get(at);
    clock.time(batchMegabytes[at], parses ? batch.size() : 0, () -> {
      for (String document : batch) {
        blackhole.consume(work.apply(document));
      }
      return batch.size();
    });
    progress.megabytesPerSecond += batchMegabytes[at];
  }
}
