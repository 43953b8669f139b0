package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.metrics.Normalizer;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.UnitDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalising a million quantities exactly to their canonical units ({@code 150亿元} → {@code
 * 15000000000元}, {@code 3.46万亩} → {@code 69200000/3平方米}), in milliseconds per million. The
 * quantities cycle through {@value #DISTINCT} distinct ones drawn from every unit of the standard
 * catalogue, with amounts of 0 to 3 decimal places.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class NormalizeBenchmark {
  static final int DISTINCT = 1 << 16;
  private static final int MILLION = 1_000_000;

  private Normalizer normalizer;
  private Quantity[] quantities;

  /** Draws the quantities. */
  @Setup
  public void setUp() {
    normalizer = Normalizer.standard();
    List<UnitDefinition> units = UnitCatalogue.standard().units();
    Random random = new Random(4);
    quantities = new Quantity[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      UnitDefinition unit = units.get(random.nextInt(units.size()));
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(4));
      quantities[i] = Quantity.of(Amount.of(amount), unit.symbol());
    }
  }

  /** Normalises a million quantities. */
  @Benchmark
  public void normalizeMillion(Blackhole blackhole) {
    Quantity[] all = quantities;
    for (int i = 0; i < MILLION; i++) {
      blackhole.consume(normalizer.normalize(all[i & (DISTINCT - 1)]));
    }
  }
}
