package io.github.policytasks.parser;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A fixed table of words, each with a meaning, matched longest-first at a position of a text:
 * either starting there ({@link #matchAt}) or ending there ({@link #matchEndingAt}). Words are
 * held in two character tries, one read forward and one read backward, so a match walks at most
 * one node per character of the longest word and allocates nothing but its result; scanning with
 * it stays linear. Immutable and thread-safe.
 *
 * @param <V> what a word means
 */
final class WordTable<V> {
  private final Node<V> forward;
  private final Node<V> backward;

  private WordTable(Map<String, V> words) {
    Builder<V> forwardRoot = new Builder<>();
    Builder<V> backwardRoot = new Builder<>();
    for (Map.Entry<String, V> word : words.entrySet()) {
      String w = word.getKey();
      if (w.isEmpty()) {
        throw new IllegalArgumentException("A word table cannot hold the empty word");
      }
      forwardRoot.add(w, 0, 1, word.getValue());
      backwardRoot.add(w, w.length() - 1, -1, word.getValue());
    }
    this.forward = forwardRoot.freeze();
    this.backward = backwardRoot.freeze();
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
    Node<V> node = forward;
    Node<V> best = null;
    int bestEnd = start;
    for (int i = start; i < limit; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.word) {
        best = node;
        bestEnd = i + 1;
      }
    }
    return best == null ? null : new Match<>(start, bestEnd, best.meaning);
  }

  /** The longest word of the table that ends at {@code end} and starts at or after {@code floor}. */
  @Nullable Match<V> matchEndingAt(CharSequence text, int end, int floor) {
    Node<V> node = backward;
    Node<V> best = null;
    int bestStart = end;
    for (int i = end - 1; i >= floor; i--) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.word) {
        best = node;
        bestStart = i;
      }
    }
    return best == null ? null : new Match<>(bestStart, end, best.meaning);
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

  /** A frozen trie node: sorted keys, their children, and the meaning of the word ending here. */
  private static final class Node<V> {
    private final char[] keys;
    private final Node<V>[] children;
    private final boolean word;
    private final @Nullable V meaning;

    Node(char[] keys, Node<V>[] children, boolean word, @Nullable V meaning) {
      this.keys = keys;
      this.children = children;
      this.word = word;
      this.meaning = meaning;
    }

    @Nullable Node<V> child(char c) {
      int low = 0;
      int high = keys.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        char key = keys[mid];
        if (key < c) {
          low = mid + 1;
        } else if (key > c) {
          high = mid - 1;
        } else {
          return children[mid];
        }
      }
      return null;
    }
  }

  /** A trie node while the table is being built. */
  private static final class Builder<V> {
    private final TreeMap<Character, Builder<V>> children = new TreeMap<>();
    private boolean word;
    private @Nullable V meaning;

    void add(String w, int at, int step, V value) {
      Builder<V> node = this;
      for (int i = at; i >= 0 && i < w.length(); i += step) {
        node = node.children.computeIfAbsent(w.charAt(i), c -> new Builder<>());
      }
      node.word = true;
      node.meaning = value;
    }

    @SuppressWarnings("unchecked")
    Node<V> freeze() {
      char[] keys = new char[children.size()];
      Node<V>[] frozen = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, Builder<V>> child : children.entrySet()) {
        keys[i] = child.getKey();
        frozen[i] = child.getValue().freeze();
        i++;
      }
      return new Node<>(keys, frozen, word, meaning);
    }
  }
}
