package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word table matches the longest word at, ending at, or nearest before a position. */
class WordTableTest {
  private static final WordTable<String> BOUNDS = WordTable.of(Map.of(
      "以上", "at least", "及以上", "at least", "超过", "more", "不超过", "at most", "近", "about"));

  @Test
  void matchAt_overlappingWords_givesLongest() {
    WordTable.Match<String> match = BOUNDS.matchAt("2家及以上。", 2, 6);

    assertThat(match).isEqualTo(new WordTable.Match<>(2, 5, "at least"));
  }

  @Test
  void matchEndingAt_overlappingWords_givesLongest() {
    String text = "不超过5%";

    assertThat(BOUNDS.matchEndingAt(text, 3, 0)).isEqualTo(new WordTable.Match<>(0, 3, "at most"));
    assertThat(BOUNDS.matchEndingAt(text, 3, 1)).isEqualTo(new WordTable.Match<>(1, 3, "more"));
  }

  @Test
  void matchAt_limitCutsWord_givesNothing() {
    assertThat(BOUNDS.matchAt("以上", 0, 1)).isNull();
    assertThat(BOUNDS.startsAt("以上", 0, 2)).isTrue();
  }

  @Test
  void lastBefore_severalWords_givesNearest() {
    String text = "超过10家，近20家";

    assertThat(BOUNDS.lastBefore(text, text.length(), 0)).isEqualTo(new WordTable.Match<>(6, 7, "about"));
    assertThat(BOUNDS.lastBefore(text, 5, 0)).isEqualTo(new WordTable.Match<>(0, 2, "more"));
    assertThat(BOUNDS.lastBefore(text, 5, 1)).isNull();
  }
}
