package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The word table matches the longest word at, ending at, or nearest before a position. */
class WordTableTest {
  private static final WordTable<String> BOUNDS = WordTable.of(Map.of(
      "以上", "at least", "及以上", "at least", "超过", "more", "不超过", "at most", "近", "about"));

  /** Every string over {@code alphabet} of 1 to {@code max} chars. */
  private static List<String> strings(String alphabet, int max) {
    List<String> all = new ArrayList<>();
    List<String> previous = List.of("");
    for (int length = 1; length <= max; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }

  @Test
  void matchAtAndEndingAt_everyTextAndBound_areTheLongestWordABruteForceSearchFinds() {
    Map<String, String> words = new HashMap<>();
    List<String> candidates = strings("以上及超过近", 3);
    for (int i = 0; i < candidates.size(); i += 3) {
      words.put(candidates.get(i), "w" + i);
    }
    WordTable<String> table = WordTable.of(words);
    int found = 0;

    for (String text : strings("以上及超过近", 4)) {
      for (int start = 0; start < text.length(); start++) {
        for (int end = start + 1; end <= text.length(); end++) {
          String longestFrom = null;
          String longestTo = null;
          for (int i = start + 1; i <= end; i++) {
            if (words.containsKey(text.substring(start, i))) {
              longestFrom = text.substring(start, i);
            }
          }
          for (int i = end - 1; i >= start; i--) {
            if (words.containsKey(text.substring(i, end))) {
              longestTo = text.substring(i, end);
            }
          }
          WordTable.Match<String> from = table.matchAt(text, start, end);
          WordTable.Match<String> to = table.matchEndingAt(text, end, start);
          String where = text + " [" + start + ", " + end + ")";
          if (longestFrom == null) {
            assertThat(from).as(where).isNull();
          } else {
            found++;
            assertThat(from).as(where).isEqualTo(
                new WordTable.Match<>(start, start + longestFrom.length(), words.get(longestFrom)));
          }
          if (longestTo == null) {
            assertThat(to).as(where).isNull();
          } else {
            assertThat(to).as(where).isEqualTo(
                new WordTable.Match<>(end - longestTo.length(), end, words.get(longestTo)));
          }
        }
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  private static boolean isFolded(char c) {
    return Folding.fold(String.valueOf(c)).equals(String.valueOf(c));
  }

  @Test
  void aNodeWithManyChildren_findsEachOfThem_andNoOtherChar() {
    Map<String, Integer> words = new HashMap<>();
    List<Character> asked = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      char c = (char) ('一' + i * 7919 % 20000);
      asked.add(c);
      if (i % 2 == 0 && isFolded(c)) {
        words.put(String.valueOf(c), (int) c);
        words.put("全" + c, -c);
      }
    }
    assertThat(words).hasSizeGreaterThan(1000);
    WordTable<Integer> table = WordTable.of(words);
    for (char c : asked) {
      String single = String.valueOf(c);
      String pair = "全" + c;
      boolean word = words.containsKey(single);
      assertThat(table.matchAt(single, 0, 1)).as(single)
          .isEqualTo(word ? new WordTable.Match<>(0, 1, (int) c) : null);
      assertThat(table.matchAt(pair, 0, 2)).as(pair)
          .isEqualTo(word ? new WordTable.Match<>(0, 2, -c) : null);
      assertThat(table.matchEndingAt(pair, 2, 0)).as(pair)
          .isEqualTo(word ? new WordTable.Match<>(0, 2, -c) : null);
    }
  }

  @Test
  void longestWord_isTheLengthOfTheLongestWordInChars_andZeroWhenEmpty() {
    assertThat(WordTable.of(true, "以上", "及以上", "不少于").longestWord()).isEqualTo(3);
    assertThat(WordTable.of(true, "城镇新增就业", "新增").longestWord()).isEqualTo(6);
    assertThat(WordTable.of(Map.<String, Boolean>of()).longestWord()).isZero();
  }

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

  /** Chars held in a longer array, as a parser's window over its text holds them. */
  private static final class Window extends ArrayChars {
    private final String text;

    Window(String text) {
      super((text + "超过以上").toCharArray(), text.length());
      this.text = text;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * {@link WordTable#lastBefore}'s walks over a string's and an array's chars, which try only the
   * positions where a word could end, find what the reference finds: {@link
   * WordTable#matchEndingAt} tried at every end from {@code end} down, as the method read before;
   * on every string of up to 5 chars over the words' chars and one other, every end and floor, and
   * over a {@code CharSequence} of neither kind.
   */
  @Test
  void lastBefore_findsWhatMatchEndingAtTriedAtEveryEndFinds_overEveryKindOfText() {
    int found = 0;
    for (String text : strings("以上及不超过近1", 5)) {
      Window window = new Window(text);
      StringBuilder other = new StringBuilder(text);
      for (int floor = 0; floor <= text.length(); floor++) {
        for (int end = floor; end <= text.length(); end++) {
          WordTable.Match<String> expected = triedAtEveryEnd(text, end, floor);
          found += expected != null ? 1 : 0;
          String at = text + " [" + floor + ", " + end + ")";
          assertThat(BOUNDS.lastBefore(text, end, floor)).as(at).isEqualTo(expected);
          assertThat(BOUNDS.lastBefore(window, end, floor)).as(at).isEqualTo(expected);
          assertThat(BOUNDS.lastBefore(other, end, floor)).as(at).isEqualTo(expected);
        }
      }
    }
    assertThat(found).isGreaterThan(100_000);
  }

  private static WordTable.@Nullable Match<String> triedAtEveryEnd(String text, int end, int floor) {
    for (int e = end; e > floor; e--) {
      WordTable.Match<String> match = BOUNDS.matchEndingAt(text, e, floor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  @Test
  void lastBefore_overArrayChars_isLastBeforeOverTheString_forEveryEndAndFloor() {
    int found = 0;
    for (String text : strings("以上超过近1", 4)) {
      Window window = new Window(text);
      for (int floor = 0; floor <= text.length(); floor++) {
        for (int end = floor; end <= text.length(); end++) {
          WordTable.Match<String> expected = BOUNDS.lastBefore(text, end, floor);
          found += expected != null ? 1 : 0;
          assertThat(BOUNDS.lastBefore(window, end, floor)).as("%s [%d, %d)", text, floor, end)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void firstChars_areTheWordsFirstCharsOnceInOrder_andWhatCouldStartAnswers() {
    WordTable<String> table = WordTable.of(Map.of("超过", "a", "超", "b", "近", "c", "3", "d", "以上", "e"));

    assertThat(table.firstChars()).isEqualTo("3以超近");
    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      assertThat(table.couldStart((char) k)).isEqualTo(table.firstChars().indexOf(k) >= 0);
    }
  }

  @Test
  void couldEnd_answersForTheWordsLastCharsAndNoOthers() {
    WordTable<String> table = WordTable.of(Map.of("超过", "a", "超", "b", "近", "c", "3", "d", "以上", "e"));

    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      assertThat(table.couldEnd((char) k)).as("char %d", k).isEqualTo("过超近3上".indexOf(k) >= 0);
    }
  }
}
