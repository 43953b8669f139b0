package io.github.policytasks.parser;

/**
 * The items of a list written in folded text ({@code 县发改局、县财政局、各镇(街道)}): an item ends at
 * the first of the list's separators outside brackets, so {@code 各镇(街道)} stays one item. A
 * list {@code [start, end)} is read item by item, without allocating:
 *
 * <pre>{@code
 * for (int s = start; ; s = e + 1) {
 *   e = ListItems.itemEnd(f, s, end, separators);
 *   ... the item [s, e), untrimmed ...
 *   if (e == end) break;
 * }
 * }</pre>
 *
 * <p>A list always has at least one item (an empty one for an empty list), and one after a
 * separator that closes the list. Stateless.
 */
final class ListItems {
  private ListItems() {}

  /**
   * The end of the item that starts at {@code itemStart}: the first of {@code separators} outside
   * brackets in {@code [itemStart, end)}, or {@code end} (also when a bracket is left open). An
   * unmatched closing bracket is part of the item.
   */
  static int itemEnd(String f, int itemStart, int end, String separators) {
    int depth = 0;
    for (int i = itemStart; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        return i;
      }
    }
    return end;
  }
}
