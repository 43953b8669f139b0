package io.github.policytasks.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time a benchmark thread spends, and the work it does in it, as JMH secondary results:
 * {@code cpuSeconds}, {@code megabytes}, {@code plans} and {@code operations} summed over an iteration (and over
 * threads). On a machine shared with other work, wall-clock throughput falls whenever the thread
 * waits for a core; work per CPU second does not, so {@link Summary} reports both. Read with
 * {@code ThreadMXBean.getCurrentThreadCpuTime}, which costs about a microsecond, so a measured
 * operation should take a millisecond or more. Not thread-safe: one per benchmark thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU seconds spent by this thread in measured work. */
  public double cpuSeconds;
  /** Megabytes (10^6 UTF-8 bytes) of input read in that time. */
  public double megabytes;
  /** Plans parsed in that time. */
  public double plans;
  /** Measured operations (calls of {@code stop}); {@code megabytes / operations} is the input per operation. */
  public double operations;

  private long started;

  /** Zeroes the counters for each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuSeconds = 0;
    megabytes = 0;
    plans = 0;
    operations = 0;
  }

  void start() {
    started = THREADS.getCurrentThreadCpuTime();
  }

  void stop(double megabytesRead, int plansParsed) {
    cpuSeconds += (THREADS.getCurrentThreadCpuTime() - started) / 1e9;
    megabytes += megabytesRead;
    plans += plansParsed;
    operations++;
  }
}
