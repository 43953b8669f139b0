package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conservation of text ({@link ConservationProperties#assertConserved}) on every document of the
 * test corpus: the genre documents, the layout documents, the seed, the variant documents, and
 * the real plans in {@code ../shared/real-plans} whose annotation is committed (held-out plans
 * excluded; skipped with a message when that folder is absent).
 */
class CorpusConservationTest {
  private static final PlanParser PARSER = PlanParser.create();

  @TestFactory
  Stream<DynamicTest> everyCorpusDocument_everyCharacterInOneRegion() {
    return CorpusDocuments.all().stream()
        .map(doc -> DynamicTest.dynamicTest(doc.name(),
            () -> ConservationProperties.assertConserved(doc.text(), PARSER.parse(doc.text()))));
  }
}
