package io.github.policytasks.parser;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed table of words, each with a meaning, matched longest-first at a position of a text:
 * either starting there ({@link #matchAt}) or ending there ({@link #matchEndingAt}). The words
 * are held in two character tries, one read forward and one read backward, so a match walks at
 * most as many chars as the longest word, allocates nothing but the match, and scanning with it
 * stays linear. Immutable and thread-safe.
 *
 * @param <V> what a word means
 */
final class WordTable<V> {
  private final Node<V> forward;
  private final Node<V> backward;

  private WordTable(Map<String, V> words) {
    Map<String, V> copy = Map.copyOf(words);
    Builder<V> forwardRoot = new Builder<>();
    Builder<V> backwardRoot = new Builder<>();
    for (Map.Entry<String, V> word : copy.entrySet()) {
      String text = word.getKey();
      forwardRoot.add(text, word.getValue(), false);
      backwardRoot.add(text, word.getValue(), true);
    }
    this.forward = forwardRoot.build();
    this.backward = backwardRoot.build();
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
    V meaning = null;
    int matchEnd = -1;
    for (int i = start; i < limit; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.meaning != null) {
        meaning = node.meaning;
        matchEnd = i + 1;
      }
    }
    return meaning == null ? null : new Match<>(start, matchEnd, meaning);
  }

  /** The longest word of the table that ends at {@code end} and starts at or after {@code floor}. */
  @Nullable Match<V> matchEndingAt(CharSequence text, int end, int floor) {
    Node<V> node = backward;
    V meaning = null;
    int matchStart = -1;
    for (int i = end - 1; i >= floor; i--) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.meaning != null) {
        meaning = node.meaning;
        matchStart = i;
      }
    }
    return meaning == null ? null : new Match<>(matchStart, end, meaning);
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
      if (backward.child(text.charAt(e - 1)) == null) {
        continue;
      }
      Match<V> match = matchEndingAt(text, e, floor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  /** A word found in a text: where it stands and what it means. */
  record Match<V>(int start, int end, V meaning) {}

  /**
   * A trie node: its children in an open-addressing table keyed by char (a free slot holds
   * {@code '\0'}, which no word contains), and the meaning of the word ending here.
   */
  private static final class Node<V> {
    private final char[] keys;
    private final Node<V>[] children;
    private final int mask;
    private final @Nullable V meaning;

    @SuppressWarnings("unchecked")
    Node(char[] chars, Node<V>[] nodes, @Nullable V meaning) {
      int capacity = 2;
      while (capacity < chars.length * 2) {
        capacity <<= 1;
      }
      this.keys = new char[capacity];
      this.children = (Node<V>[]) new Node<?>[capacity];
      this.mask = capacity - 1;
      this.meaning = meaning;
      for (int i = 0; i < chars.length; i++) {
        int slot = hash(chars[i]) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = chars[i];
        children[slot] = nodes[i];
      }
    }

    @Nullable Node<V> child(char c) {
      int slot = hash(c) & mask;
      char key;
      while ((key = keys[slot]) != 0) {
        if (key == c) {
          return children[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    private static int hash(char c) {
      return (c * 0x9E3779B1) >>> 16;
    }
  }

  /** A trie node while the table is built. */
  private static final class Builder<V> {
    private final Map<Character, Builder<V>> children = new HashMap<>();
    private @Nullable V meaning;

    void add(String word, V value, boolean reversed) {
      Builder<V> node = this;
      int n = word.length();
      for (int k = 0; k < n; k++) {
        char c = word.charAt(reversed ? n - 1 - k : k);
        if (c == 0) {
          throw new IllegalArgumentException("Word \"" + word + "\" holds the char U+0000");
        }
        node = node.children.computeIfAbsent(c, key -> new Builder<>());
      }
      node.meaning = value;
    }

    Node<V> build() {
      char[] keys = new char[children.size()];
      int k = 0;
      for (char c : children.keySet()) {
        keys[k++] = c;
      }
      Arrays.sort(keys);
      @SuppressWarnings("unchecked")
      Node<V>[] built = (Node<V>[]) new Node<?>[keys.length];
      for (int i = 0; i < keys.length; i++) {
        built[i] = children.get(keys[i]).build();
      }
      return new Node<>(keys, built, meaning);
    }
  }
}
