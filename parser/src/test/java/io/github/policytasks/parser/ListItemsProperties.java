package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Reading a list item by item with {@link ListItems#itemEnd} gives exactly the items the former
 * splitter gave its callback (one pass over the list keeping the bracket depth): over texts drawn
 * from every separator the note reader uses, open and closing brackets (matched or not), and
 * ideographs, for every stretch {@code [start, end)} and both separator sets.
 */
class ListItemsProperties {

  @Property(tries = 500)
  void items_agreeWithTheFormerSplitter(
      @ForAll @StringLength(max = 60) @Chars({'、', ',', ';', ' ', '/', '。', '(', ')', '[', ']',
          '县', '局', '各', '镇', '等'}) String text,
      @ForAll @IntRange(max = 60) int a, @ForAll @IntRange(max = 60) int b) {
    int start = Math.min(Math.min(a, b), text.length());
    int end = Math.min(Math.max(a, b), text.length());
    for (String separators : List.of("、,; /。", "、,;", "、 /")) {
      assertThat(items(text, start, end, separators))
          .as("[%d, %d) of %s split at %s", start, end, text, separators)
          .isEqualTo(reference(text, start, end, separators));
    }
  }

  private static List<List<Integer>> items(String f, int start, int end, String separators) {
    List<List<Integer>> items = new ArrayList<>();
    for (int itemStart = start; ; ) {
      int itemEnd = ListItems.itemEnd(f, itemStart, end, separators);
      items.add(List.of(itemStart, itemEnd));
      if (itemEnd == end) {
        break;
      }
      itemStart = itemEnd + 1;
    }
    return items;
  }

  /** The former splitter (NoteReader.eachItem), which called back once per item. */
  private static List<List<Integer>> reference(String f, int start, int end, String separators) {
    List<List<Integer>> items = new ArrayList<>();
    int depth = 0;
    int itemStart = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? f.charAt(i) : '、';
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (i == end || depth == 0 && separators.indexOf(c) >= 0) {
        items.add(List.of(itemStart, i));
        itemStart = i + 1;
      }
    }
    return items;
  }
}
