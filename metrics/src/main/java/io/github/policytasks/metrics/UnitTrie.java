package io.github.policytasks.metrics;

import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.ArrayChars;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A frozen character trie over folded unit spellings, for longest-match lookups at a position of
 * a text without allocating. Each node keeps its children in a sorted char array searched
 * binarily. Immutable and thread-safe once built.
 */
final class UnitTrie {
  private static final char[] NO_KEYS = new char[0];
  private static final Node[] NO_CHILDREN = new Node[0];

  /**
   * A node: the definition of the spelling that ends here (if any), that spelling as a {@link
   * Unit} (so that a unit written exactly so is never built again), and its depth.
   */
  static final class Node {
    final char[] keys;
    final Node[] children;
    final @Nullable UnitDefinition definition;
    final @Nullable Unit spelled;
    final int depth;

    Node(char[] keys, Node[] children, @Nullable UnitDefinition definition, @Nullable Unit spelled,
        int depth) {
      this.keys = keys;
      this.children = children;
      this.definition = definition;
      this.spelled = spelled;
      this.depth = depth;
    }

    /**
     * The unit written {@code text[from, from + depth)}: this node's spelling when the text
     * spells it exactly, else a new unit of the text as written (full-width, Traditional).
     */
    Unit writtenAt(CharSequence text, int from) {
      if (spelled != null) {
        String symbol = spelled.symbol();
        int i = 0;
        while (i < depth && ArrayChars.at(text, from + i) == symbol.charAt(i)) {
          i++;
        }
        if (i == depth) {
          return spelled;
        }
      }
      return Unit.of(text.subSequence(from, from + depth).toString());
    }

    @Nullable Node child(char c) {
      char[] k = keys;
      int lo = 0;
      int hi = k.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        char m = k[mid];
        if (m < c) {
          lo = mid + 1;
        } else if (m > c) {
          hi = mid - 1;
        } else {
          return children[mid];
        }
      }
      return null;
    }
  }

  private final Node root;

  private UnitTrie(Node root) {
    this.root = root;
  }

  /**
   * A trie over {@code spellings} (already folded) and their definitions, built straight from the
   * spellings in sorted order: the words under a node are one run of the sorted array, and its
   * children the runs of their next char (no intermediate maps, which cost a cold start more
   * than the lookups they serve).
   */
  static UnitTrie of(Map<String, UnitDefinition> spellings) {
    String[] words = spellings.keySet().toArray(new String[0]);
    Arrays.sort(words);
    UnitDefinition[] definitions = new UnitDefinition[words.length];
    for (int i = 0; i < words.length; i++) {
      definitions[i] = spellings.get(words[i]);
    }
    return new UnitTrie(node(words, definitions, 0, words.length, 0));
  }

  /**
   * The node of the first {@code depth} chars that {@code words[from, to)} share (sorted, so a
   * word of exactly that length comes first).
   */
  private static Node node(
      String[] words, UnitDefinition[] definitions, int from, int to, int depth) {
    UnitDefinition definition = null;
    Unit spelled = null;
    int first = from;
    if (first < to && words[first].length() == depth) {
      definition = definitions[first];
      spelled = Unit.of(words[first]);
      first++;
    }
    int count = 0;
    for (int i = first; i < to; i = runEnd(words, i, to, depth)) {
      count++;
    }
    if (count == 0) {
      return new Node(NO_KEYS, NO_CHILDREN, definition, spelled, depth);
    }
    char[] keys = new char[count];
    Node[] children = new Node[count];
    int k = 0;
    for (int i = first; i < to; ) {
      int end = runEnd(words, i, to, depth);
      keys[k] = words[i].charAt(depth);
      children[k] = node(words, definitions, i, end, depth + 1);
      k++;
      i = end;
    }
    return new Node(keys, children, definition, spelled, depth);
  }

  /** The end of the run of words from {@code from} with the same char at {@code depth}. */
  private static int runEnd(String[] words, int from, int to, int depth) {
    char c = words[from].charAt(depth);
    int end = from + 1;
    while (end < to && words[end].charAt(depth) == c) {
      end++;
    }
    return end;
  }

  /**
   * The deepest node with a definition along {@code text} from {@code from} (folding each char),
   * not reading past {@code end}; null when no spelling starts there.
   */
  @Nullable Node longestAt(CharSequence text, int from, int end) {
    Node node = root;
    Node best = null;
    for (int i = from; i < end; i++) {
      node = node.child(Folding.fold(ArrayChars.at(text, i)));
      if (node == null) {
        break;
      }
      if (node.definition != null) {
        best = node;
      }
    }
    return best;
  }
}
