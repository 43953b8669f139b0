package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain word lists of the vocabulary load through the one reader of the lexicon: every row says
 * where it comes from, no word twice, one character a row where a list is of characters.
 */
class WordListsTest {
  /** Every plain word list of the lexicon, as the parser reads them. */
  private static final List<String> WORD_LISTS = List.of(
      "preamble-goal-openers.txt", "goal-titles.txt", "unit-inner-words.txt", "unit-level-openings.txt", "unit-list-levels.txt",
      "unit-list-openers.txt", "national-issuers.txt", "not-region-openings.txt", "region-suffixes.txt",
      "unit-kinds-after-etc.txt", "subject-object-verbs.txt", "subject-leading-words.txt",
      "subject-trailing-words.txt", "subject-predicates.txt", "subject-indicator-names.txt", "target-effort-words.txt",
      "temperature-words.txt", "field-labels.txt", "note-support-leanings.txt", "note-lead-leanings.txt",
      "note-agent-openers.txt");
  private static final List<String> CHAR_LISTS = List.of(
      "unit-group-marks.txt", "unit-place-levels.txt", "unit-suffix-levels.txt", "subject-noun-heads.txt");

  @Test
  void words_everyListOfTheLexicon_loadsInFileOrder() {
    for (String list : WORD_LISTS) {
      assertThat(WordLists.words(list)).as(list).isNotEmpty().doesNotHaveDuplicates();
    }
    assertThat(WordLists.words("region-suffixes.txt")).startsWith("特别行政区", "自治区").endsWith("区", "旗");
    assertThat(WordLists.table("unit-list-openers.txt").matchAt("各有关省", 0, 4).end()).isEqualTo(3);
    for (String list : CHAR_LISTS) {
      assertThat(WordLists.chars(list)).as(list).isNotEmpty();
    }
    assertThat(WordLists.chars("unit-suffix-levels.txt")).isEqualTo("省市县区镇乡");
  }

  @Test
  void words_aRowWithoutItsSource_isRefusedWithResourceAndLine() {
    assertThatThrownBy(() -> WordLists.words("word-without-source.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("word-without-source.txt line 3").hasMessageContaining("comment");
  }

  @Test
  void words_aWordListedTwice_isRefusedWithResourceAndLine() {
    assertThatThrownBy(() -> WordLists.words("word-listed-twice.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("word-listed-twice.txt line 4").hasMessageContaining("listed twice");
  }

  @Test
  void chars_aRowOfTwoCharacters_isRefusedWithResourceAndLine() {
    assertThatThrownBy(() -> WordLists.chars("chars-with-a-word.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chars-with-a-word.txt line 3").hasMessageContaining("one character");
  }

  @Test
  void words_aMissingList_isRefusedByName() {
    assertThatThrownBy(() -> WordLists.words("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-list.txt");
  }
}
