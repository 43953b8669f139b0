package io.github.policytasks.parser;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed table of words, each with a meaning, matched longest-first at a position of a text:
 * either starting there ({@link #matchAt}) or ending there ({@link #matchEndingAt}). A match costs
 * at most one lookup per word length, so scanning with it stays linear. Immutable and
 * thread-safe.
 *
 * @param <V> what a word means
 */
final class WordTable<V> {
  private final Map<String, V> words;
  private final int longest;

  private WordTable(Map<String, V> words) {
    this.words = Map.copyOf(words);
    int max = 0;
    for (String word : words.keySet()) {
      max = Math.max(max, word.length());
    }
    this.longest = max;
  }

  /** A table giving every word of {@code words} the meaning {@code meaning}. */
  static <V> WordTable<V> of(V meaning, String... words) {
    Map<String, V> map = new HashMap<>();
    for (String word : words) {
      map.put(word, meaning);
    }
    return new WordTable<>(map);
  }

  /** A table of the given words and meanings. */
  static <V> WordTable<V> of(Map<String, V> words) {
    return new WordTable<>(words);
  }

  /** The longest word of the table that starts at {@code start} and ends at or before {@code limit}. */
  @Nullable Match<V> matchAt(CharSequence text, int start, int limit) {
    int max = Math.min(longest, limit - start);
    for (int length = max; length >= 1; length--) {
      V meaning = words.get(text.subSequence(start, start + length).toString());
      if (meaning != null) {
        return new Match<>(start, start + length, meaning);
      }
    }
    return null;
  }

  /** The longest word of the table that ends at {@code end} and starts at or after {@code floor}. */
  @Nullable Match<V> matchEndingAt(CharSequence text, int end, int floor) {
    int max = Math.min(longest, end - floor);
    for (int length = max; length >= 1; length--) {
      V meaning = words.get(text.subSequence(end - length, end).toString());
      if (meaning != null) {
        return new Match<>(end - length, end, meaning);
      }
    }
    return null;
  }

  /** Whether some word of the table starts at {@code start} (within {@code limit}). */
  boolean startsAt(CharSequence text, int start, int limit) {
    return matchAt(text, start, limit) != null;
  }

  /** Whether some word of the table ends at {@code end} (starting at or after {@code floor}). */
  boolean endsAt(CharSequence text, int end, int floor) {
    return matchEndingAt(text, end, floor) != null;
  }

  /**
   * The nearest word of the table that ends at or before {@code end} and starts at or after
   * {@code floor}, searching backward; the longest one where several end at the same place.
   */
  @Nullable Match<V> lastBefore(CharSequence text, int end, int floor) {
    for (int e = end; e > floor; e--) {
      Match<V> match = matchEndingAt(text, e, floor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  /** A word found in a text: where it stands and what it means. */
  record Match<V>(int start, int end, V meaning) {}
}
