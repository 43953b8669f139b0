package io.github.policytasks.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A same-JVM A/B of two or more builds of the parser: each benchmarks jar given is loaded by a
 * class loader of its own, all parse the same seed, {@link Corpus} and {@link LargeInputs#bigPlan 10 MB
 * plan} in interleaved rounds (the order reversed every round), and the median ratio B ÷ A of this
 * thread's CPU time and allocated bytes per workload is printed. On a machine shared with other
 * work, wall time is noise; the CPU time of one thread and its allocations are not. Before timing,
 * it checks that both builds write the same compact JSON for every document. Usage: {@code java
 * -cp benchmarks.jar io.github.policytasks.benchmarks.CpuAb A.jar,B.jar[,C.jar…] rounds [plan
 * files]}: each build against the one before it, and the last against the first. Stateless.
 */
public final class CpuAb {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final double WARM_UP_CPU_SECONDS = 20;
  private static final int SEED_PARSES_PER_ROUND = 100;

  private CpuAb() {}

  /** One build: its parser and the JSON writer of its own core. */
  private static final class Build {
    private final Object parser;
    private final Method parse;
    private final Method parseFile;
    private final Method writeCompact;

    Build(Path jar) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> parserType = loader.loadClass("io.github.policytasks.parser.PlanParser");
      parser = parserType.getMethod("create").invoke(null);
      parse = parserType.getMethod("parse", CharSequence.class);
      parseFile = parserType.getMethod("parse", Path.class);
      Class<?> plan = loader.loadClass("io.github.policytasks.core.Plan");
      writeCompact = loader.loadClass("io.github.policytasks.core.PlanJson").getMethod("writeCompact", plan);
    }

    Object parse(String text) throws Exception {
      return parse.invoke(parser, text);
    }

    String json(String text) throws Exception {
      return written(parse(text));
    }

    String fileJson(Path file) throws Exception {
      return written(parseFile.invoke(parser, file));
    }

    /** The plan's compact JSON, or the refusal of the writer (a plan whose spans it refuses). */
    private String written(Object plan) throws Exception {
      try {
        return (String) writeCompact.invoke(null, plan);
      } catch (InvocationTargetException e) {
        return "refused: " + e.getCause();
      }
    }
  }

  /** A named list of documents parsed {@code times} times per round. */
  private record Workload(String name, List<String> documents, int times, long bytes) {}

  /** Runs the A/B; see the type's documentation. */
  public static void main(String[] args) throws Exception {
    String[] jars = args[0].split(",");
    List<Build> builds = new ArrayList<>();
    for (String jar : jars) {
      builds.add(new Build(Path.of(jar)));
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String seed = io.github.policytasks.seeds.Seeds.jiaxiang2023Text();
    Corpus corpus = Corpus.generate(10_000_000L);
    String big = LargeInputs.bigPlan(10_000_000L);
    List<Workload> workloads = List.of(
        new Workload("seed", List.of(seed), SEED_PARSES_PER_ROUND, Corpus.utf8Length(seed)),
        new Workload("corpus", corpus.documents(), 1, corpus.bytes()),
        new Workload("10MB", List.of(big), 1, Corpus.utf8Length(big)));
    Build first = builds.get(0);
    for (Build other : builds.subList(1, builds.size())) {
      int differ = 0;
      for (Workload workload : workloads) {
        for (String document : workload.documents()) {
          if (!first.json(document).equals(other.json(document))) {
            differ++;
          }
        }
      }
      for (int i = 2; i < args.length; i++) {
        Path file = Path.of(args[i]);
        if (!first.fileJson(file).equals(other.fileJson(file))) {
          System.out.println("differs: " + file);
          differ++;
        }
      }
      System.out.printf("documents whose JSON differs from the first build's: %d (%d files given)%n",
          differ, Math.max(0, args.length - 2));
    }
    long warm = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - warm < WARM_UP_CPU_SECONDS * 1e9) {
      for (Workload workload : workloads) {
        for (Build build : builds) {
          measure(build, workload);
        }
      }
    }
    int n = builds.size();
    long[][][][] runs = new long[workloads.size()][n][rounds][];
    for (int round = 0; round < rounds; round++) {
      for (int w = 0; w < workloads.size(); w++) {
        for (int k = 0; k < n; k++) {
          int b = round % 2 == 0 ? k : n - 1 - k;
          runs[w][b][round] = measure(builds.get(b), workloads.get(w));
        }
      }
    }
    System.out.printf("%d rounds, load %s%n", rounds, ProcessCpu.loadAverage());
    for (int w = 0; w < workloads.size(); w++) {
      Workload workload = workloads.get(w);
      double input = (double) workload.bytes() * workload.times();
      for (int b = 0; b < n; b++) {
        double[] rate = new double[rounds];
        double[] bytes = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          rate[r] = input / (runs[w][b][r][0] / 1e3);
          bytes[r] = runs[w][b][r][1] / input;
        }
        System.out.printf("%-7s %-12s %.1f MB per CPU s, %.2f B per byte%n", workload.name(),
            Path.of(jars[b]).getFileName(), median(rate), median(bytes));
      }
      for (int b = 1; b < n; b++) {
        ratio(workload.name(), jars, runs[w], b - 1, b, rounds);
      }
      if (n > 2) {
        ratio(workload.name(), jars, runs[w], 0, n - 1, rounds);
      }
    }
  }

  private static void ratio(String name, String[] jars, long[][][] runs, int a, int b, int rounds) {
    double[] cpu = new double[rounds];
    double[] alloc = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      cpu[r] = (double) runs[b][r][0] / runs[a][r][0];
      alloc[r] = (double) runs[b][r][1] / runs[a][r][1];
    }
    System.out.printf("%-7s %s/%s CPU median %.3f (quartiles %.3f-%.3f), alloc %.3f%n", name,
        Path.of(jars[b]).getFileName(), Path.of(jars[a]).getFileName(), median(cpu),
        quantile(cpu, 0.25), quantile(cpu, 0.75), median(alloc));
  }

  /** This thread's CPU nanoseconds and allocated bytes for one pass of {@code workload} by {@code build}. */
  private static long[] measure(Build build, Workload workload) throws Exception {
    List<Object> sink = new ArrayList<>(1);
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < workload.times(); i++) {
      for (String document : workload.documents()) {
        sink.add(build.parse(document));
        sink.clear();
      }
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - start;
    return new long[] {cpu, THREADS.getCurrentThreadAllocatedBytes() - bytes};
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}
