package io.github.policytasks.metrics.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The word patterns of the not-a-target rules (annotation guide §3 "Not targets", §6), from
 * {@code not-targets.txt}, by rule. Immutable and thread-safe.
 */
public final class NotTargetPatterns {
  private static final Map<NotTargetRule, List<String>> WORDS = new EnumMap<>(NotTargetRule.class);

  static {
    for (NotTargetRule rule : NotTargetRule.values()) {
      WORDS.put(rule, new ArrayList<>());
    }
    for (LexiconFile.Row row : LexiconFile.read("not-targets.txt", 2, 2)) {
      WORDS.get(LexiconFile.constant(row, row.field(1), NotTargetRule.class))
          .add(LexiconFile.folded(row, row.field(0)));
    }
    WORDS.replaceAll((rule, words) -> List.copyOf(words));
  }

  private NotTargetPatterns() {}

  /**
   * {@return the words of {@code rule}, in the order of the data file}
   *
   * @param rule a not-a-target rule
   */
  public static List<String> words(NotTargetRule rule) {
    return WORDS.get(rule);
  }

  /**
   * {@return the words of {@code rule} as one table (built anew: keep it in a constant)}
   *
   * @param rule a not-a-target rule
   */
  public static WordTable<Boolean> table(NotTargetRule rule) {
    return WordTable.of(Boolean.TRUE, words(rule).toArray(new String[0]));
  }

  /**
   * {@return a set, indexed by char, of the one-character words of {@code rule} ({@link
   * NotTargetRule#WORD_BEFORE_ONE}): a lookup of one load}
   *
   * @param rule a not-a-target rule
   */
  public static boolean[] charSet(NotTargetRule rule) {
    boolean[] set = new boolean[Character.MAX_VALUE + 1];
    for (String word : words(rule)) {
      if (word.length() != 1) {
        throw new IllegalStateException(
            "not-targets.txt: rule " + rule + " holds one character a row, found \"" + word + "\"");
      }
      set[word.charAt(0)] = true;
    }
    return set;
  }
}
