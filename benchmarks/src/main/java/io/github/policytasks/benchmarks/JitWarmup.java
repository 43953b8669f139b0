package io.github.policytasks.benchmarks;

import io.github.policytasks.parser.PlanParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Warms the JIT by work before JMH's own warm-up: parses the benchmark's documents over and over
 * until this thread has spent {@link #CPU_SECONDS} seconds of CPU in it. JMH warms up for a span
 * of wall-clock time, which on a machine shared with other builds can hold too little CPU time
 * for the compiler to finish (the parser ran at a third of its speed after JMH's warm-up alone).
 * Stateless and thread-safe.
 */
final class JitWarmup {
  /** The CPU time to spend parsing before measuring, in seconds. */
  static final double CPU_SECONDS = 6;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JitWarmup() {}

  /** Parses {@code documents} in turn until {@link #CPU_SECONDS} of CPU time have been spent. */
  static void parse(PlanParser parser, List<String> documents) {
    long start = THREADS.getCurrentThreadCpuTime();
    long budget = (long) (CPU_SECONDS * 1e9);
    long plans = 0;
    long sections = 0;
    int next = 0;
    while (THREADS.getCurrentThreadCpuTime() - start < budget) {
      sections += parser.parse(documents.get(next)).sections().size();
      plans++;
      next = (next + 1) % documents.size();
    }
    System.out.printf("%nJIT warm-up: %d plans (%d sections) parsed in %.0f CPU seconds%n", plans,
        sections, CPU_SECONDS);
  }
}
