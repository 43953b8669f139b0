package io.github.policytasks.benchmarks;

import io.github.policytasks.parser.PlanParser;
import java.util.List;
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
 * own documents), and the floor, {@link TaskBoundaryScan a single scan} that only finds task
 * boundaries. One operation is one document; the {@code megabytes} counter, reported by JMH in
 * "ops/s", is the throughput in MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CorpusBenchmark {
  /** The corpus size in MB (10^6 UTF-8 bytes). */
  @Param("10")
  public int megabytes;

  private PlanParser parser;
  private List<String> documents;
  private double[] documentMegabytes;

  /** Generates the corpus and checks that the parser finds every task in each of its formats. */
  @Setup
  public void setUp(BenchmarkParams params) {
    parser = PlanParser.create();
    Corpus corpus = Corpus.generate(megabytes * 1_000_000L);
    documents = corpus.documents();
    documentMegabytes = new double[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      documentMegabytes[i] = Corpus.utf8Length(documents.get(i)) / 1e6;
    }
    System.out.printf("%ncorpus: %d documents, %.2f MB UTF-8, %d chars%n", documents.size(),
        corpus.megabytes(), corpus.chars());
    if (params.getBenchmark().endsWith("parseOneThread")) {
      corpus.check(parser).forEach(System.out::println);
    }
  }

  /** Where one thread is in the corpus, and the megabytes it has read. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Progress {
    /** Megabytes read; per second, the throughput in MB/s. */
    public double megabytes;
    private int next;
    private int offset;

    /** Starts each thread at a different document. */
    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
      offset = thread.getThreadIndex() * 7919;
    }

    /** Zeroes the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }

    int next(int size) {
      int at = (next++ + offset) % size;
      if (next == size) {
        next = 0;
      }
      return at;
    }
  }

  /** The parser on one thread. */
  @Benchmark
  @Threads(1)
  public void parseOneThread(Progress progress, Blackhole blackhole) {
    parse(progress, blackhole);
  }

  /** The parser on every core, each thread parsing its own plans. */
  @Benchmark
  @Threads(Threads.MAX)
  public void parseAllCores(Progress progress, Blackhole blackhole) {
    parse(progress, blackhole);
  }

  /** The floor: one scan for task boundaries over the same documents, one thread. */
  @Benchmark
  @Threads(1)
  public int scanTaskBoundaries(Progress progress) {
    int at = progress.next(documents.size());
    progress.megabytes += documentMegabytes[at];
    return TaskBoundaryScan.count(documents.get(at));
  }

  private void parse(Progress progress, Blackhole blackhole) {
    int at = progress.next(documents.size());
    blackhole.consume(parser.parse(documents.get(at)));
    progress.megabytes += documentMegabytes[at];
  }
}
