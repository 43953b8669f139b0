package io.github.policytasks.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of this whole JVM process (every thread: workers, JIT compiler, GC) and the
 * machine's load average, for benchmarks whose work runs on threads of their own. Stateless.
 */
final class ProcessCpu {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProcessCpu() {}

  /** CPU nanoseconds this process has used so far. */
  static long nanos() {
    return OS.getProcessCpuTime();
  }

  /** The first three fields of {@code /proc/loadavg}, or "unknown" where there is none. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
