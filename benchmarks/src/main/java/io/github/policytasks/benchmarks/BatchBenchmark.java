package io.github.policytasks.benchmarks;

import io.github.policytasks.examples.cli.PolicyTasks;
import io.github.policytasks.parser.corpus.SampleCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * End-to-end batch throughput of the command line in one JVM, as a user runs it on a folder:
 * {@code parse --jsonl FOLDER} (list, read, detect the charset, parse on every core, write JSON
 * lines) and {@code corpus FOLDER -o DIR} (the same, writing CSV and Parquet tables instead), over
 * a {@link SampleCorpus} folder of {@code files} files in mixed charsets of which 5 are broken
 * (each run must exit 1). One operation is one whole run; the {@code megabytesPerSecond} counter,
 * which JMH prints in "ops/s", is the throughput in MB (10^6 bytes of input files) per second;
 * the {@link CpuClock} counters hold the CPU time of the whole JVM in those runs (reader threads,
 * JIT and GC included), so megabytes ÷ CPU seconds is the throughput per CPU second, the figure
 * that stays comparable on a machine shared with other work.
 *
 * <p>Before JMH's warm-up, the run is repeated until the throughput per CPU second of the whole
 * process has stopped rising ({@link #warmUp}): a run of 1,000 small plans spends its first passes
 * in the JIT, and on a loaded machine JMH's wall-clock warm-up ends long before the compiler does
 * (the 0.5 MB/s measured before this warm-up was mostly that). JMH's own warm-up is then one
 * short iteration.
 *
 * <p>The measurement is 15 iterations of 4 s (each holds 8–16 runs on a quiet machine). The error
 * JMH prints is a 99.9 % confidence interval from Student's t with one degree of freedom fewer
 * than the iterations: with 3 (the {@code -i 3} runs so far) t is 31.6, so the reported 27.4 ±
 * 51.4 MB/s came from iterations scattered by only ±2.8 MB/s; with 15, t is 4.1 and the interval
 * about the iterations' own scatter. Run it without {@code -i}, {@code -r} or {@code -f}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 15, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
  private static final int BROKEN = 5;
  private static final double WINDOW_CPU_SECONDS = 10;
  private static final double MAX_WARMUP_CPU_SECONDS = 300;

  /** How many files the folder holds, broken ones included. */
  @Param("1000")
  public int files;

  private Path folder;
  private Path tables;
  private double megabytes;

  /** Writes the folder once per trial, then warms the JIT up on the benchmark's command. */
  @Setup(Level.Trial)
  public void writeFolder(BenchmarkParams params) throws IOException {
    folder = Files.createTempDirectory("policy-tasks-batch");
    tables = Files.createTempDirectory("policy-tasks-tables");
    SampleCorpus.Written written = SampleCorpus.write(folder, files - BROKEN, BROKEN, 2023);
    megabytes = written.bytes() / 1e6;
    warmUp(params.getBenchmark().endsWith("corpusTables") ? corpusArgs() : jsonLinesArgs());
  }

  /**
   * Runs the benchmark's command in windows of at least {@value #WINDOW_CPU_SECONDS} CPU seconds of
   * the process until the megabytes per CPU second have not risen by more than 3 % over the best
   * in two windows in a row (at most {@value #MAX_WARMUP_CPU_SECONDS} CPU seconds).
   */
  private void warmUp(String[] args) {
    double best = 0;
    int settled = 0;
    double spent = 0;
    int runs = 0;
    long start = ProcessCpu.nanos();
    while (spent < MAX_WARMUP_CPU_SECONDS && settled < 2) {
      long windowStart = ProcessCpu.nanos();
      double read = 0;
      long now;
      do {
        check(execute(args));
        read += megabytes;
        runs++;
        now = ProcessCpu.nanos();
      } while (now - windowStart < WINDOW_CPU_SECONDS * 1e9);
      double rate = read / ((now - windowStart) / 1e9);
      settled = rate > best * 1.03 ? 0 : settled + 1;
      best = Math.max(best, rate);
      spent = (now - start) / 1e9;
    }
    System.out.printf("%nJIT warm-up (%s): %d runs in %.0f process CPU seconds, best %.1f MB per CPU"
        + " second; load average %s%n", args[0], runs, spent, best,
        ProcessCpu.loadAverage());
  }

  /** Deletes the folders. */
  @TearDown(Level.Trial)
  public void deleteFolders() throws IOException {
    for (Path root : new Path[] {folder, tables}) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Counts the input megabytes of each run. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** Megabytes read; per second, the throughput in MB/s. */
    public double megabytesPerSecond;

    /** Zeroes the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytesPerSecond = 0;
    }
  }

  private String[] jsonLinesArgs() {
    return new String[] {"parse", "--jsonl", folder.toString()};
  }

  private String[] corpusArgs() {
    return new String[] {"corpus", folder.toString(), "-o", tables.toString()};
  }

  private static int execute(String[] args) {
    return PolicyTasks.run(args, new ByteArrayInputStream(new byte[0]),
        OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
  }

  private static void check(int code) {
    if (code != 1) {
      throw new IllegalStateException("Expected exit code 1 (5 broken files), got " + code);
    }
  }

  private int run(Throughput throughput, CpuClock clock, String[] args) {
    int code = clock.timeProcess(megabytes, files - BROKEN, () -> execute(args));
    check(code);
    throughput.megabytesPerSecond += megabytes;
    return code;
  }

  /** {@code parse --jsonl FOLDER} on every core. */
  @Benchmark
  public int parseJsonLines(Throughput throughput, CpuClock clock) {
    return run(throughput, clock, jsonLinesArgs());
  }

  /** {@code corpus FOLDER -o DIR} on every core. */
  @Benchmark
  public int corpusTables(Throughput throughput, CpuClock clock) {
    return run(throughput, clock, corpusArgs());
  }
}
