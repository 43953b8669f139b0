package io.github.policytasks.benchmarks;

import io.github.policytasks.parser.PlanParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Warms the JIT by work before JMH's own warm-up: parses the benchmark's documents over and over
 * in windows of {@link #WINDOW_CPU_SECONDS} CPU seconds of this thread until the throughput per
 * CPU second has stopped rising (two windows in a row no more than {@value #GAIN} above the best
 * so far), after at least {@link #MIN_CPU_SECONDS} and at most {@link #MAX_CPU_SECONDS}. JMH warms
 * up for a span of wall-clock time, and on a machine shared with other builds the compiler
 * threads get so little of a core that a fixed budget left the parser at a fifth of its speed.
 * Stateless and thread-safe.
 */
final class JitWarmup {
  /** The least CPU time to spend parsing before measuring, in seconds. */
  static final double MIN_CPU_SECONDS = 6;
  /** The most CPU time to spend, in seconds, whether or not the speed has settled. */
  static final double MAX_CPU_SECONDS = 120;
  /** The CPU time of one window whose throughput is compared with the best before it. */
  static final double WINDOW_CPU_SECONDS = 2;
  /** The relative gain over the best window so far below which a window counts as settled. */
  static final double GAIN = 0.03;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JitWarmup() {}

  /**
   * Warms up the work of the benchmark {@code params} names on {@code documents}: the label regex
   * scan for a benchmark whose name has {@code Label} or {@code LabelRegex} in it, the boundary
   * scan for {@code scanTaskBoundaries}, the parser for every other.
   */
  static void forBenchmark(BenchmarkParams params, PlanParser parser, List<String> documents) {
    String name = params.getBenchmark();
    if (name.endsWith("scanTaskBoundaries")) {
      run("boundary scan", documents, TaskBoundaryScan::count);
    } else if (name.contains("Label")) {
      run("label scan", documents, LabelRegexScan::count);
    } else {
      parse(parser, documents);
    }
  }

  /** Parses {@code documents} in turn until the throughput per CPU second has settled. */
  static void parse(PlanParser parser, List<String> documents) {
    run("parse", documents, document -> parser.parse(document).sections().size());
  }

  /**
   * Runs {@code work} on {@code documents} in turn until the throughput per CPU second has
   * settled; {@code what} names the work in the line printed.
   */
  static void run(String what, List<String> documents, ToIntFunction<String> work) {
    int sink = 0;
    long start = THREADS.getCurrentThreadCpuTime();
    long window = (long) (WINDOW_CPU_SECONDS * 1e9);
    double best = 0;
    int settled = 0;
    long plans = 0;
    int next = 0;
    double spent;
    do {
      long windowStart = THREADS.getCurrentThreadCpuTime();
      long chars = 0;
      long now;
      do {
        String document = documents.get(next);
        sink += work.applyAsInt(document);
        chars += document.length();
        plans++;
        next = (next + 1) % documents.size();
        now = THREADS.getCurrentThreadCpuTime();
      } while (now - windowStart < window);
      double rate = chars / ((now - windowStart) / 1e9);
      settled = rate > best * (1 + GAIN) ? 0 : settled + 1;
      best = Math.max(best, rate);
      spent = (now - start) / 1e9;
    } while (spent < MAX_CPU_SECONDS && (spent < MIN_CPU_SECONDS || settled < 2));
    System.out.printf("%nJIT warm-up (%s): %d documents in %.0f CPU seconds, best %.0f chars per CPU second (%d)%n",
        what, plans, spent, best, sink);
  }
}
