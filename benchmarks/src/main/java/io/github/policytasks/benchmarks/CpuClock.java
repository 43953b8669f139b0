package io.github.policytasks.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time a benchmark thread spends, and the work it does in it, as JMH secondary results:
 * {@code cpuSeconds}, {@code megabytes}, {@code plans} and {@code operations} summed over an
 * iteration (and over threads). On a machine shared with other work, wall-clock throughput falls
 * whenever the thread waits for a core; work per CPU second does not, so {@link Summary} reports
 * both. Read with {@code ThreadMXBean.getCurrentThreadCpuTime}, which costs about a microsecond,
 * so a measured operation should take a millisecond or more; {@link #timeProcess} counts the CPU
 * time of the whole process instead, for work that runs on threads of its own. Not thread-safe:
 * one per benchmark thread.
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
  private boolean wholeProcess;

  /** Zeroes the counters for each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuSeconds = 0;
    megabytes = 0;
    plans = 0;
    operations = 0;
  }

  /** Runs {@code work}, counting this thread's CPU time, {@code megabytesRead} and {@code plansParsed}. */
  <T> T time(double megabytesRead, int plansParsed, Supplier<T> work) {
    return measure(false, megabytesRead, plansParsed, work);
  }

  /**
   * Runs {@code work}, counting the CPU time of the whole process (every thread, JIT and GC
   * included), {@code megabytesRead} and {@code plansParsed}.
   */
  <T> T timeProcess(double megabytesRead, int plansParsed, Supplier<T> work) {
    return measure(true, megabytesRead, plansParsed, work);
  }

  private <T> T measure(boolean process, double megabytesRead, int plansParsed, Supplier<T> work) {
    wholeProcess = process;
    start();
    T result = work.get();
    stop(megabytesRead, plansParsed);
    return result;
  }

  private long now() {
    return wholeProcess ? ProcessCpu.nanos() : THREADS.getCurrentThreadCpuTime();
  }

  private void start() {
    started = now();
  }

  private void stop(double megabytesRead, int plansParsed) {
    cpuSeconds += (now() - started) / 1e9;
    megabytes += megabytesRead;
    plans += plansParsed;
    operations++;
  }
}
