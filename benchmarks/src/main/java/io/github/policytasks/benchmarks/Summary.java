package io.github.policytasks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the JSON results of a benchmark run ({@code java -jar benchmarks.jar -rf json -rff
 * results.json}) and prints the figures of the performance issue next to their targets: the
 * seed's time per plan, the corpus throughput on one thread and on every core, the parser's cost
 * as a multiple of the single scan, and the growth from scale 1 to scale 10 of every linearity
 * input; each both by the wall clock and per CPU second. Run with {@code java -cp
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
    line("Seed plan (%s)", "wall", "CPU", "target");
    JsonNode seed = find("SeedParseBenchmark.parseSeed");
    if (seed != null) {
      line("  parse from String, µs/plan", fmt(primary(seed)), fmt(cpuPer(seed, "plans") * 1e6), "< 1000");
    }
    JsonNode seedBytes = find("SeedParseBenchmark.parseSeedBytes");
    if (seedBytes != null) {
      line("  parse from UTF-8 bytes, µs/plan", fmt(primary(seedBytes)), fmt(cpuPer(seedBytes, "plans") * 1e6), "");
    }
    JsonNode one = find("CorpusBenchmark.parseOneThread");
    JsonNode all = find("CorpusBenchmark.parseAllCores");
    JsonNode scan = find("CorpusBenchmark.scanTaskBoundaries");
    if (one != null) {
      line("Corpus (%s)", "wall", "per CPU s", "target");
      double oneWall = secondary(one, "megabytesPerSecond");
      double oneCpu = perCpu(one);
      line("  parse, one thread, MB/s", fmt(oneWall), fmt(oneCpu), ">= 50");
      if (all != null) {
        double allWall = secondary(all, "megabytesPerSecond");
        line("  parse, all cores, MB/s", fmt(allWall), fmt(perCpu(all)) + " per core", "");
        line("  all cores / one thread", fmt2(allWall / oneWall), "", "~ cores");
      }
      if (scan != null) {
        double scanWall = secondary(scan, "megabytesPerSecond");
        double scanCpu = perCpu(scan);
        line("  single scan (floor), MB/s", fmt(scanWall), fmt(scanCpu), "~ 1000");
        line("  parser cost / single scan", fmt2(scanWall / oneWall), fmt2(scanCpu / oneCpu), "<= 20");
      }
    }
    boolean header = false;
    for (String input : new String[] {"CORPUS", "MANY_TASKS", "ONE_LINE", "UNCLOSED_BRACKETS", "LONG_NUMBERS", "REPEATED_BOUND_WORDS"}) {
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
    JsonNode normalize = find("NormalizeBenchmark.normalizeMillion");
    if (normalize != null) {
      line("Normalise a million quantities, ms", fmt(primary(normalize)), "", "");
    }
    JsonNode read = find("PlanJsonBenchmark.readSeedPlan");
    JsonNode write = find("PlanJsonBenchmark.writeSeedPlan");
    if (read != null && write != null) {
      line("Seed plan JSON read / write, µs", fmt(primary(read)) + " / " + fmt(primary(write)), "", "");
    }
    for (Map.Entry<String, JsonNode> result : results.entrySet()) {
      JsonNode alloc = result.getValue().path("secondaryMetrics").get("·gc.alloc.rate.norm");
      if (alloc != null) {
        line("  allocated per op, " + result.getKey(), String.format("%.0f B", alloc.get("score").asDouble()), "", "");
      }
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
