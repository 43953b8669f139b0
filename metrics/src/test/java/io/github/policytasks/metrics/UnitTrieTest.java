package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit trie finds, at every position, the longest spelling a brute-force search finds. */
class UnitTrieTest {
  private static final String ALPHABET = "万亿个家千a";

  /** Every string over {@link #ALPHABET} of 1 to {@code max} chars. */
  private static List<String> strings(int max) {
    List<String> all = new ArrayList<>();
    List<String> previous = List.of("");
    for (int length = 1; length <= max; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : ALPHABET.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }

  /** Spellings: every third string of up to three chars (prefixes of each other and not). */
  private static Map<String, UnitDefinition> spellings() {
    Map<String, UnitDefinition> spellings = new HashMap<>();
    List<String> strings = strings(3);
    for (int i = 0; i < strings.size(); i += 3) {
      String spelling = strings.get(i);
      spellings.put(spelling, UnitDefinition.of(
          Unit.of(spelling), Dimension.COUNT, Amount.parse(Integer.toString(i + 1)), Unit.of("件")));
    }
    return spellings;
  }

  @Test
  void longestAt_everyTextAndPosition_isTheLongestSpellingThatStartsThere() {
    Map<String, UnitDefinition> spellings = spellings();
    UnitTrie trie = UnitTrie.of(spellings);
    int checked = 0;
    int found = 0;

    for (String text : strings(4)) {
      for (int from = 0; from < text.length(); from++) {
        String longest = null;
        for (int end = from + 1; end <= text.length(); end++) {
          if (spellings.containsKey(text.substring(from, end))) {
            longest = text.substring(from, end);
          }
        }
        UnitTrie.Node node = trie.longestAt(text, from, text.length());
        checked++;
        if (longest == null) {
          assertThat(node).as("%s at %d", text, from).isNull();
        } else {
          found++;
          assertThat(node).as("%s at %d", text, from).isNotNull();
          assertThat(node.definition).isEqualTo(spellings.get(longest));
          assertThat(node.depth).isEqualTo(longest.length());
          assertThat(node.spelled).isEqualTo(Unit.of(longest));
          assertThat(node.writtenAt(text, from)).isSameAs(node.spelled);
        }
      }
    }
    assertThat(checked).isEqualTo(6 * 1 + 36 * 2 + 216 * 3 + 1296 * 4);
    assertThat(found).isGreaterThan(checked / 4).isLessThan(checked);
  }

  @Test
  void longestAt_theEndBoundsTheMatch() {
    UnitTrie trie = UnitTrie.of(Map.of("万", definition("万"), "万亩", definition("万亩")));

    assertThat(trie.longestAt("万亩", 0, 1).depth).isEqualTo(1);
    assertThat(trie.longestAt("万亩", 0, 2).depth).isEqualTo(2);
    assertThat(trie.longestAt("亩", 0, 1)).isNull();
  }

  private static UnitDefinition definition(String symbol) {
    return UnitDefinition.of(Unit.of(symbol), Dimension.COUNT, Amount.ONE, Unit.of("件"));
  }
}
