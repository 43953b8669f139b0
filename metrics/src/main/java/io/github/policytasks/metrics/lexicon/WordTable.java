package io.github.policytasks.metrics.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed table of words, each with a meaning, matched longest-first at a position of a
 * {@linkplain Folding folded} text (every word must be in folded form, or it could never match):
 * either starting there ({@link #matchAt}) or ending there ({@link #matchEndingAt}). Words are
 * held in two character tries, one read forward and one read backward, so a match walks at most
 * one node per character of the longest word and allocates nothing but its result; scanning with
 * it stays linear. Before a trie is walked, one bit of the word's first (or last) char and one
 * of its first (or last) two chars are asked ({@link #mayStartAt}, {@link #mayEndAt}): most
 * positions where a word's first or last char stands are not a word, and their second char tells
 * them apart without a walk. Immutable and thread-safe.
 *
 * @param <V> what a word means
 */
public final class WordTable<V> {
  private final Node<V> forward;
  private final Node<V> backward;
  /** Bit sets of the chars some word starts with and ends with: most positions fail on one bit. */
  private final long[] firstChars = new long[1024];
  private final long[] lastChars = new long[1024];
  /** Hashed bit sets of the first two and the last two chars of the words ({@link #pair}). */
  private final long[] firstPairs = new long[PAIR_WORDS];
  private final long[] lastPairs = new long[PAIR_WORDS];
  /** Whether some word is one char long: then a word's char alone may be all of it, and pairs tell nothing. */
  private final boolean oneCharWords;
  private final int longest;

  /** How many 64-bit words the pair sets hold: 4,096 bits, so a table's pairs fill few of them. */
  private static final int PAIR_WORDS = 64;

  private WordTable(Map<String, V> words) {
    Map<String, V> reversed = new HashMap<>();
    boolean oneChar = false;
    for (Map.Entry<String, V> word : words.entrySet()) {
      String w = word.getKey();
      if (w.isEmpty()) {
        throw new IllegalArgumentException("A word table cannot hold the empty word");
      }
      if (!Folding.fold(w).equals(w)) {
        throw new IllegalArgumentException("Word \"" + w + "\" is not in folded form (\""
            + Folding.fold(w) + "\"); it could never match folded text");
      }
      reversed.put(reverse(w), word.getValue());
      add(firstChars, w.charAt(0));
      add(lastChars, w.charAt(w.length() - 1));
      if (w.length() == 1) {
        oneChar = true;
      } else {
        addPair(firstPairs, w.charAt(0), w.charAt(1));
        addPair(lastPairs, w.charAt(w.length() - 2), w.charAt(w.length() - 1));
      }
    }
    this.oneCharWords = oneChar;
    this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.forward = trie(words);
    this.backward = trie(reversed);
  }

  /** {@code w} read backward, char by char. */
  private static String reverse(String w) {
    char[] chars = new char[w.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = w.charAt(chars.length - 1 - i);
    }
    return new String(chars);
  }

  /**
   * The trie of {@code paths}, built straight from them in sorted order: the paths under a node
   * are one run of the sorted array, and its children the runs of their next char (no
   * intermediate maps, which cost a cold start more than the lookups they serve).
   */
  private static <V> Node<V> trie(Map<String, V> paths) {
    String[] sorted = paths.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    List<V> meanings = new ArrayList<>(sorted.length);
    for (String path : sorted) {
      meanings.add(paths.get(path));
    }
    return node(sorted, meanings, 0, sorted.length, 0);
  }

  /**
   * The node of the first {@code depth} chars that {@code paths[from, to)} share (sorted, so a
   * path of exactly that length comes first).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> Node<V> node(String[] paths, List<V> meanings, int from, int to, int depth) {
    boolean word = false;
    V meaning = null;
    int first = from;
    if (first < to && paths[first].length() == depth) {
      word = true;
      meaning = meanings.get(first);
      first++;
    }
    int count = 0;
    for (int i = first; i < to; i = runEnd(paths, i, to, depth)) {
      count++;
    }
    char[] keys = new char[count];
    Node<V>[] children = new Node[count];
    int k = 0;
    for (int i = first; i < to; ) {
      int end = runEnd(paths, i, to, depth);
      keys[k] = paths[i].charAt(depth);
      children[k] = node(paths, meanings, i, end, depth + 1);
      k++;
      i = end;
    }
    return new Node<>(keys, children, word, meaning);
  }

  /** The end of the run of paths from {@code from} with the same char at {@code depth}. */
  private static int runEnd(String[] paths, int from, int to, int depth) {
    char c = paths[from].charAt(depth);
    int end = from + 1;
    while (end < to && paths[end].charAt(depth) == c) {
      end++;
    }
    return end;
  }

  private static void add(long[] set, char c) {
    set[c >>> 6] |= 1L << c;
  }

  private static boolean has(long[] set, char c) {
    return (set[c >>> 6] & (1L << c)) != 0;
  }

  /** The bit of the pair {@code a b} (written in that order) in a pair set of {@link #PAIR_WORDS} words. */
  private static int pair(char a, char b) {
    return (a * 0x9E3779B1 + b) * 0x9E3779B1 >>> 20;
  }

  private static void addPair(long[] set, char a, char b) {
    int bit = pair(a, b);
    set[bit >>> 6] |= 1L << bit;
  }

  private static boolean hasPair(long[] set, char a, char b) {
    int bit = pair(a, b);
    return (set[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * Whether a word may start at {@code text[start]} and end by {@code limit}: some word starts
   * with its char, and its first two chars are some word's ({@code start < limit}).
   */
  private boolean mayStartAt(CharSequence text, int start, int limit) {
    char c = ArrayChars.at(text, start);
    return has(firstChars, c)
        && (oneCharWords || start + 1 < limit && hasPair(firstPairs, c, ArrayChars.at(text, start + 1)));
  }

  /**
   * Whether a word may end just before {@code end} and start at or after {@code floor}: some word
   * ends with its char, and its last two chars are some word's ({@code floor < end}).
   */
  private boolean mayEndAt(CharSequence text, int end, int floor) {
    char c = ArrayChars.at(text, end - 1);
    return has(lastChars, c)
        && (oneCharWords || end - 2 >= floor && hasPair(lastPairs, ArrayChars.at(text, end - 2), c));
  }

  /**
   * {@return a table giving every word of {@code words} the meaning {@code meaning}}
   *
   * @param meaning the meaning of every word
   * @param words the words, each with its meaning
   * @param <V> the meaning of a word
   * @throws IllegalArgumentException if a word is empty or not in folded form
   */
  public static <V> WordTable<V> of(V meaning, String... words) {
    Map<String, V> map = new HashMap<>();
    for (String word : words) {
      map.put(word, meaning);
    }
    return new WordTable<>(map);
  }

  /**
   * {@return a table of the given words and meanings}
   *
   * @param words the words, each with its meaning
   * @param <V> the meaning of a word
   */
  public static <V> WordTable<V> of(Map<String, V> words) {
    return new WordTable<>(words);
  }

  /**
   * {@return the longest word of the table that starts at {@code start} and ends at or before
   * {@code limit}}
   *
   * @param text the text to read
   * @param start the index of the first char
   * @param limit the largest number of bytes accepted
   */
  public @Nullable Match<V> matchAt(CharSequence text, int start, int limit) {
    if (start >= limit || !mayStartAt(text, start, limit)) {
      return null;
    }
    Node<V> node = forward;
    Node<V> best = null;
    int bestEnd = start;
    for (int i = start; i < limit; i++) {
      node = node.child(ArrayChars.at(text, i));
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

  /**
   * {@return the longest word of the table that ends at {@code end} and starts at or after {@code
   * floor}}
   *
   * @param text the text to read
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public @Nullable Match<V> matchEndingAt(CharSequence text, int end, int floor) {
    if (end <= floor || !mayEndAt(text, end, floor)) {
      return null;
    }
    Node<V> node = backward;
    Node<V> best = null;
    int bestStart = end;
    for (int i = end - 1; i >= floor; i--) {
      node = node.child(ArrayChars.at(text, i));
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

  /**
   * {@return the meaning of the longest word of the table that ends at {@code end} and starts at
   * or after {@code floor}, or null when none does} As {@link #matchEndingAt} without building
   * the match.
   *
   * @param text the text to read
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public @Nullable V meaningEndingAt(CharSequence text, int end, int floor) {
    if (end <= floor || !mayEndAt(text, end, floor)) {
      return null;
    }
    Node<V> node = backward;
    Node<V> best = null;
    for (int i = end - 1; i >= floor; i--) {
      node = node.child(ArrayChars.at(text, i));
      if (node == null) {
        break;
      }
      if (node.word) {
        best = node;
      }
    }
    return best == null ? null : best.meaning;
  }

  /**
   * {@return whether some word of the table starts with the char {@code c}: a lookup of one bit}
   *
   * @param c a char
   */
  public boolean couldStart(char c) {
    return has(firstChars, c);
  }

  /**
   * {@return whether some word of the table ends with the char {@code c}: a lookup of one bit}
   *
   * @param c a char
   */
  public boolean couldEnd(char c) {
    return has(lastChars, c);
  }

  /** {@return the length in chars of the table's longest word, 0 for an empty table} */
  public int longestWord() {
    return longest;
  }

  /**
   * {@return the chars some word of the table starts with, each once, in increasing order: the
   * chars at which {@link #couldStart} answers yes}
   */
  public String firstChars() {
    StringBuilder chars = new StringBuilder();
    for (int w = 0; w < firstChars.length; w++) {
      for (long bits = firstChars[w]; bits != 0; bits &= bits - 1) {
        chars.append((char) (w << 6 | Long.numberOfTrailingZeros(bits)));
      }
    }
    return chars.toString();
  }

  /**
   * {@return whether some word of the table starts at {@code start} (within {@code limit})} Stops at
   * the shortest such word and allocates nothing.
   *
   * @param text the text to read
   * @param start the index of the first char
   * @param limit the largest number of bytes accepted
   */
  public boolean startsAt(CharSequence text, int start, int limit) {
    if (start >= limit || !mayStartAt(text, start, limit)) {
      return false;
    }
    Node<V> node = forward;
    for (int i = start; i < limit; i++) {
      node = node.child(ArrayChars.at(text, i));
      if (node == null) {
        return false;
      }
      if (node.word) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether some word of the table ends at {@code end} (starting at or after {@code
   * floor})} Stops at the shortest such word and allocates nothing.
   *
   * @param text the text to read
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public boolean endsAt(CharSequence text, int end, int floor) {
    if (end <= floor || !mayEndAt(text, end, floor)) {
      return false;
    }
    Node<V> node = backward;
    for (int i = end - 1; i >= floor; i--) {
      node = node.child(ArrayChars.at(text, i));
      if (node == null) {
        return false;
      }
      if (node.word) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the nearest word of the table that ends at or before {@code end} and starts at or
   * after {@code floor}, searching backward; the longest one where several end at the same place}
   *
   * @param text the text to read
   * @param end the index just past the last char that may be read
   * @param floor the index before which no char is read
   */
  public @Nullable Match<V> lastBefore(CharSequence text, int end, int floor) {
    if (floor >= 0 && end <= text.length()) {
      if (text instanceof ArrayChars a) {
        return lastBefore(a.backingArray(), text, end, floor);
      }
      if (text instanceof String s) {
        return lastBefore(s, end, floor);
      }
    }
    for (int e = end; e > floor; e--) {
      Match<V> match = matchEndingAt(text, e, floor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  /**
   * {@link #lastBefore(CharSequence, int, int)} over the chars of an {@link ArrayChars}: only a
   * position whose char some word ends with ({@link #lastChars}) is tried, the others cost one bit
   * each, with no call; {@code 0 <= floor} and {@code end <= text.length()}.
   */
  private @Nullable Match<V> lastBefore(char[] chars, CharSequence text, int end, int floor) {
    for (int last = end - 1; last >= floor; last--) {
      char c = chars[last];
      if (has(lastChars, c) && (oneCharWords || last > floor && hasPair(lastPairs, chars[last - 1], c))) {
        Match<V> match = matchEndingAt(text, last + 1, floor);
        if (match != null) {
          return match;
        }
      }
    }
    return null;
  }

  /** {@link #lastBefore(char[], CharSequence, int, int)} over a string's chars. */
  private @Nullable Match<V> lastBefore(String text, int end, int floor) {
    for (int last = end - 1; last >= floor; last--) {
      char c = text.charAt(last);
      if (has(lastChars, c) && (oneCharWords || last > floor && hasPair(lastPairs, text.charAt(last - 1), c))) {
        Match<V> match = matchEndingAt(text, last + 1, floor);
        if (match != null) {
          return match;
        }
      }
    }
    return null;
  }

  /**
   * A word found in a text: where it stands ({@code [start, end)}) and what it means.
   *
   * @param <V> what the word means
   * @param start offset of the word's first char
   * @param end offset just past its last char
   * @param meaning its meaning in the table
   */
  public record Match<V>(int start, int end, V meaning) {}

  /**
   * A frozen trie node: its children in an open-addressing table keyed by char, at most half
   * full so a lookup usually reads one slot, and the meaning of the word ending here.
   */
  private static final class Node<V> {
    private final char[] keys;
    private final boolean[] used;
    private final Node<V>[] children;
    private final int mask;
    private final boolean word;
    private final @Nullable V meaning;

    @SuppressWarnings("unchecked")
    Node(char[] childKeys, Node<V>[] childNodes, boolean word, @Nullable V meaning) {
      int capacity = 2;
      while (capacity < childKeys.length * 2) {
        capacity <<= 1;
      }
      this.keys = new char[capacity];
      this.used = new boolean[capacity];
      this.children = new Node[capacity];
      this.mask = capacity - 1;
      this.word = word;
      this.meaning = meaning;
      for (int i = 0; i < childKeys.length; i++) {
        int slot = slot(childKeys[i]);
        while (used[slot]) {
          slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = childKeys[i];
        children[slot] = childNodes[i];
      }
    }

    @Nullable Node<V> child(char c) {
      int slot = slot(c);
      while (used[slot]) {
        if (keys[slot] == c) {
          return children[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    private int slot(char c) {
      return ((c * 0x9E3779B1) >>> 16) & mask;
    }
  }
}
