package io.github.policytasks.parser;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The parser against a second corpus of real published pages, taken after the acceptance corpus
 * (issue 10): the portal pages, wiki copies and crawls in {@code shared/real-plans-extra/} beside
 * the repository (or the folder named by {@code -Dpolicytasks.realPlansExtra}), annotated in the
 * test resource folder {@code io/github/policytasks/parser/real-plans-extra/}. The texts are not
 * committed; without them the test is skipped with a message that says so.
 *
 * <p>Scored, reported and floored exactly as {@link RealPlansAcceptanceTest} does (report
 * {@code target/real-plans-extra-acceptance.md}); a blind row is recorded with
 * {@code -Dtest=PublishedPagesAcceptanceTest -Dpolicytasks.recordBlind=true}.
 */
class PublishedPagesAcceptanceTest {
  /** The corpus of published pages taken after the acceptance corpus. */
  static final RealPlansAcceptanceTest.Corpus PUBLISHED_PAGES = new RealPlansAcceptanceTest.Corpus(
      "src/test/resources/io/github/policytasks/parser/real-plans-extra", "real-plans-extra", "real-plans-extra",
      "policytasks.realPlansExtra", "real-plans-extra-acceptance.md");

  @Test
  void publishedPages_scoreAtLeastTheirFloors() throws IOException {
    RealPlansAcceptanceTest.check(PUBLISHED_PAGES);
  }
}
