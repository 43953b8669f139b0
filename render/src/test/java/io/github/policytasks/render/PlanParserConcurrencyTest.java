package io.github.policytasks.render;

import io.github.policytasks.parser.PlanParser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** One parser instance serves many threads: each result equals the sequential one. */
class PlanParserConcurrencyTest {
  private static final int THREADS = 8;

  @Property(tries = 10)
  void parse_oneInstanceManyThreads_givesSequentialResults(@ForAll("documents") List<String> documents)
      throws Exception {
    PlanParser parser = PlanParser.create();
    List<Plan> sequential = new ArrayList<>();
    for (String document : documents) {
      sequential.add(parser.parse(document));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Plan>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String document : documents) {
          Callable<Plan> parse = () -> {
            start.await();
            return parser.parse(document);
          };
          results.add(pool.submit(parse));
        }
      }
      start.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(60, TimeUnit.SECONDS))
            .isEqualTo(sequential.get(i % documents.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Provide
  Arbitrary<List<String>> documents() {
    return Combinators.combine(PlanGenerators.plans(), PlanGenerators.styles())
        .as((plan, style) -> PlanRenderer.of(style).render(plan.plan()))
        .list().ofSize(12);
  }
}
