package io.github.policytasks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the JSON results of a benchmark run ({@code java -jar benchmarks.jar -rf json -rff
 * results.json}) and prints the figures of the performance issue (12) next to their bars: the
 * seed's time per plan, the throughput on typical plans (the corpus) and on one 10 MB plan, each
 * parser's cost as a multiple of the label regex scan measured in the same run, and, from {@code
 * -prof gc}, the bytes allocated per input byte; then the growth from scale 1 to scale 10 of every
 * linearity input. Each both by the wall clock and per CPU second. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar io.github.policytasks.benchmarks.Summary results.json}.
 */
public final class Summary {
  private final Map<String, JsonNode> results = new LinkedHashMap<>();

  private Summary(JsonNode root) {
    for (JsonNode result : root) {
      String name = result.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(name);
      JsonNode params = result.get("params");
      if (params != null) {
        params.fields().forEachRemaining(p -> key.append(' ').append(p.getKey()).append('=')
            .append(p.getValue().asText()));
      }
      results.put(key.toString(), result);
    }
  }

  /** Prints the summary of the results file named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary results.json");
      System.exit(2);
    }
    new Summary(new ObjectMapper().readTree(new File(args[0]))).print();
  }

  private void print() {
    line("Issue 12 bars (%s)", "wall", "per CPU s", "bar");
    JsonNode seed = find("SeedParseBenchmark.parseSeed");
    JsonNode seedScan = find("SeedParseBenchmark.scanSeedLabels");
    if (seed != null) {
      line("  seed, parse(String), µs/plan", fmt(primary(seed)), fmt(cpuPer(seed, "plans") * 1e6), "<= 250");
      line("  seed, parse(String), MB/s", fmt(wallRate(seed, 1e-6)), fmt(perCpu(seed)), "");
    }
    JsonNode seedBytes = find("SeedParseBenchmark.parseSeedBytes");
    if (seedBytes != null) {
      line("  seed, parse(byte[]), µs/plan", fmt(primary(seedBytes)), fmt(cpuPer(seedBytes, "plans") * 1e6), "");
    }
    if (seed != null && seedScan != null) {
      line("  seed, label regex scan (floor), MB/s", fmt(wallRate(seedScan, 1e-6)), fmt(perCpu(seedScan)), "");
      line("  seed, parser cost / label scan", fmt2(wallRate(seedScan, 1e-6) / wallRate(seed, 1e-6)),
          fmt2(perCpu(seedScan) / perCpu(seed)), "<= 12");
    }
    JsonNode one = find("CorpusBenchmark.parseOneThread");
    JsonNode all = find("CorpusBenchmark.parseAllCores");
    JsonNode regex = find("CorpusBenchmark.scanLabelRegex");
    JsonNode scan = find("CorpusBenchmark.scanTaskBoundaries");
    if (one != null) {
      double oneWall = secondary(one, "megabytesPerSecond");
      double oneCpu = perCpu(one);
      line("  typical plans (corpus), one thread, MB/s", fmt(oneWall), fmt(oneCpu), ">= 100");
      if (regex != null) {
        double regexWall = secondary(regex, "megabytesPerSecond");
        line("  corpus, label regex scan (floor), MB/s", fmt(regexWall), fmt(perCpu(regex)), "");
        line("  corpus, parser cost / label scan", fmt2(regexWall / oneWall), fmt2(perCpu(regex) / oneCpu), "<= 12");
      }
      if (scan != null) {
        double scanWall = secondary(scan, "megabytesPerSecond");
        line("  corpus, hand-written boundary scan, MB/s", fmt(scanWall), fmt(perCpu(scan)), "");
        line("  corpus, parser cost / hand-written scan", fmt2(scanWall / oneWall), fmt2(perCpu(scan) / oneCpu), "");
      }
      if (all != null) {
        double allWall = secondary(all, "megabytesPerSecond");
        line("  corpus, all cores, MB/s", fmt(allWall), fmt(perCpu(all)) + " per core", "");
        line("  corpus, all cores / one thread", fmt2(allWall / oneWall), "", "~ cores");
      }
    }
    JsonNode big = find("BigPlanBenchmark.parse");
    JsonNode bigScan = find("BigPlanBenchmark.scanLabelRegex");
    if (big != null) {
      line("  10 MB plan, MB/s", fmt(wallRate(big, 1e-3)), fmt(perCpu(big)), ">= 90");
      if (bigScan != null) {
        line("  10 MB plan, label regex scan (floor), MB/s", fmt(wallRate(bigScan, 1e-3)), fmt(perCpu(bigScan)), "");
        line("  10 MB plan, parser cost / label scan", fmt2(wallRate(bigScan, 1e-3) / wallRate(big, 1e-3)),
            fmt2(perCpu(bigScan) / perCpu(big)), "<= 12");
      }
    }
    boolean allocHeader = false;
    for (Map.Entry<String, JsonNode> result : results.entrySet()) {
      JsonNode metrics = result.getValue().path("secondaryMetrics");
      JsonNode alloc = metrics.has("gc.alloc.rate.norm") ? metrics.get("gc.alloc.rate.norm") : metrics.get("·gc.alloc.rate.norm");
      if (alloc == null) {
        continue;
      }
      if (!allocHeader) {
        line("Allocation, bytes per op and per input byte (%s)", "B/op", "B/byte", "<= 12");
        allocHeader = true;
      }
      double perOp = alloc.get("score").asDouble();
      double inputBytes = inputBytesPerOperation(result.getValue());
      line("  " + result.getKey(), String.format("%.0f", perOp), fmt2(perOp / inputBytes), "");
    }
    boolean header = false;
    for (String input : new String[] {"CORPUS", "MANY_TASKS", "ONE_LINE", "JOINED_LINES",
        "TASK_TABLE", "NUMERAL_TASKS", "UNCLOSED_BRACKETS", "LONG_NUMBERS", "REPEATED_BOUND_WORDS"}) {
      JsonNode x1 = find("LinearityBenchmark.parse input=" + input + " scale=1");
      JsonNode x10 = find("LinearityBenchmark.parse input=" + input + " scale=10");
      if (x1 == null || x10 == null) {
        continue;
      }
      if (!header) {
        line("Linearity, time at x10 / time at x1 (%s)", "wall", "CPU", "9 - 11");
        header = true;
      }
      line("  " + input + String.format(" (%.0f -> %.0f ms)", primary(x1), primary(x10)),
          fmt2(primary(x10) / primary(x1)), fmt2(10 * perCpu(x1) / perCpu(x10)), "");
    }
    for (String batch : new String[] {"BatchBenchmark.parseJsonLines", "BatchBenchmark.corpusTables"}) {
      JsonNode run = find(batch);
      if (run != null) {
        line("  " + batch.substring(batch.indexOf('.') + 1) + ", 1,000 files end to end, MB/s",
            fmt(secondary(run, "megabytesPerSecond")), fmt(perCpu(run)) + " (process)", ">= 40");
      }
    }
    JsonNode normalize = find("NormalizeBenchmark.normalizeMillion");
    if (normalize != null) {
      line("Normalise a million quantities, ms", fmt(primary(normalize)), "", "");
    }
    JsonNode read = find("PlanJsonBenchmark.readSeedPlan");
    JsonNode write = find("PlanJsonBenchmark.writeSeedPlan");
    if (read != null && write != null) {
      line("Seed plan JSON read / write, µs", fmt(primary(read)) + " / " + fmt(primary(write)), "", "");
    }
  }

  /** The result named {@code key}, or else the first whose name is {@code key} plus parameters. */
  private JsonNode find(String key) {
    JsonNode exact = results.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> result : results.entrySet()) {
      if (result.getKey().startsWith(key + " ")) {
        return result.getValue();
      }
    }
    return null;
  }

  private static double primary(JsonNode result) {
    return result.get("primaryMetric").get("score").asDouble();
  }

  private static double secondary(JsonNode result, String name) {
    JsonNode metric = result.path("secondaryMetrics").get(name);
    return metric == null ? Double.NaN : metric.get("score").asDouble();
  }

  /**
   * The wall-clock throughput in MB/s of an average-time benchmark whose score is in units of
   * {@code secondsPerUnit} seconds per operation.
   */
  private static double wallRate(JsonNode result, double secondsPerUnit) {
    double megabytesPerOperation = secondary(result, "megabytes") / secondary(result, "operations");
    return megabytesPerOperation / (primary(result) * secondsPerUnit);
  }

  /** The input bytes one operation reads, from the {@link CpuClock} counters. */
  private static double inputBytesPerOperation(JsonNode result) {
    return secondary(result, "megabytes") / secondary(result, "operations") * 1e6;
  }

  private static double perCpu(JsonNode result) {
    return secondary(result, "megabytes") / secondary(result, "cpuSeconds");
  }

  private static double cpuPer(JsonNode result, String unit) {
    return secondary(result, "cpuSeconds") / secondary(result, unit);
  }

  private static String fmt(double value) {
    return Double.isNaN(value) ? "-" : String.format("%.1f", value);
  }

  private static String fmt2(double value) {
    return Double.isNaN(value) ? "-" : String.format("%.2f", value);
  }

  private static void line(String what, String wall, String cpu, String target) {
    System.out.printf("%-58s %14s %18s %10s%n", what.replace("(%s)", ""), wall, cpu, target);
  }
}
