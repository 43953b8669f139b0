package io.github.policytasks.parser;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * What the line-level rules tests look at: the lines a {@link LineCursor} parts a text into, each
 * as written, and the task titles of a parsed plan in document order.
 */
final class CursorLines {
  private CursorLines() {}

  /** {@return the lines of {@code text} as the cursor parts them, as written, in order} */
  static List<String> of(String text) {
    String folded = Folding.fold(text);
    LineCursor cursor = new LineCursor(folded, text);
    List<String> out = new ArrayList<>();
    for (int pos = 0; pos < folded.length(); ) {
      Line line = cursor.at(pos);
      out.add(text.substring(line.start(), line.end()));
      pos = line.next();
    }
    return out;
  }

  /**
   * {@return the lines {@code cursor} gives walking {@code folded} from its start, each from the
   * last one's next start; the walk stops at a line that does not move on}
   */
  static List<Line> walk(LineCursor cursor, String folded) {
    List<Line> out = new ArrayList<>();
    int pos = 0;
    while (pos < folded.length()) {
      Line line = cursor.at(pos);
      out.add(line);
      if (line.next() <= pos) {
        break;
      }
      pos = line.next();
    }
    return out;
  }

  /** {@return the titles of every task of {@code plan}, in document order} */
  static List<String> titles(Plan plan) {
    return plan.allTasks().stream().map(t -> t.title()).toList();
  }
}
