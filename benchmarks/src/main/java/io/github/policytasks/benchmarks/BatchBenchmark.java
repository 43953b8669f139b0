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

/**
 * End-to-end batch throughput of the command line in one JVM, as a user runs it on a folder:
 * {@code parse --jsonl FOLDER} (list, read, detect the charset, parse on every core, write JSON
 * lines) and {@code corpus FOLDER -o DIR} (the same, writing CSV and Parquet tables instead), over
 * a {@link SampleCorpus} folder of {@code files} files in mixed charsets of which 5 are broken
 * (each run must exit 1). One operation is one whole run; the {@code megabytesPerSecond} counter,
 * which JMH prints in "ops/s", is the throughput in MB (10^6 bytes of input files) per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
  private static final int BROKEN = 5;

  /** How many files the folder holds, broken ones included. */
  @Param("1000")
  public int files;

  private Path folder;
  private Path tables;
  private double megabytes;

  /** Writes the folder once per trial. */
  @Setup(Level.Trial)
  public void writeFolder() throws IOException {
    folder = Files.createTempDirectory("policy-tasks-batch");
    tables = Files.createTempDirectory("policy-tasks-tables");
    SampleCorpus.Written written = SampleCorpus.write(folder, files - BROKEN, BROKEN, 2023);
    megabytes = written.bytes() / 1e6;
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

  private int run(Throughput throughput, String... args) {
    int code = PolicyTasks.run(args, new ByteArrayInputStream(new byte[0]),
        OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
    if (code != 1) {
      throw new IllegalStateException("Expected exit code 1 (5 broken files), got " + code);
    }
    throughput.megabytesPerSecond += megabytes;
    return code;
  }

  /** {@code parse --jsonl FOLDER} on every core. */
  @Benchmark
  public int parseJsonLines(Throughput throughput) {
    return run(throughput, "parse", "--jsonl", folder.toString());
  }

  /** {@code corpus FOLDER -o DIR} on every core. */
  @Benchmark
  public int corpusTables(Throughput throughput) {
    return run(throughput, "corpus", folder.toString(), "-o", tables.toString());
  }
}
