package io.github.policytasks.metrics;

import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.Map;
import java.util.TreeMap;
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
        while (i < depth && text.charAt(from + i) == symbol.charAt(i)) {
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

  /** A trie over {@code spellings} (already folded) and their definitions. */
  static UnitTrie of(Map<String, UnitDefinition> spellings) {
    Draft draft = new Draft();
    spellings.forEach((spelling, definition) -> {
      Draft node = draft;
      for (int i = 0; i < spelling.length(); i++) {
        node = node.children.computeIfAbsent(spelling.charAt(i), c -> new Draft());
      }
      node.definition = definition;
    });
    return new UnitTrie(draft.freeze(""));
  }

  /**
   * The deepest node with a definition along {@code text} from {@code from} (folding each char),
   * not reading past {@code end}; null when no spelling starts there.
   */
  @Nullable Node longestAt(CharSequence text, int from, int end) {
    Node node = root;
    Node best = null;
    for (int i = from; i < end; i++) {
      node = node.child(Folding.fold(text.charAt(i)));
      if (node == null) {
        break;
      }
      if (node.definition != null) {
        best = node;
      }
    }
    return best;
  }

  private static final class Draft {
    final TreeMap<Character, Draft> children = new TreeMap<>();
    @Nullable UnitDefinition definition;

    Node freeze(String spelling) {
      int depth = spelling.length();
      Unit spelled = definition == null ? null : Unit.of(spelling);
      if (children.isEmpty()) {
        return new Node(NO_KEYS, NO_CHILDREN, definition, spelled, depth);
      }
      char[] keys = new char[children.size()];
      Node[] nodes = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, Draft> e : children.entrySet()) {
        keys[i] = e.getKey();
        nodes[i] = e.getValue().freeze(spelling + e.getKey());
        i++;
      }
      return new Node(keys, nodes, definition, spelled, depth);
    }
  }
}
