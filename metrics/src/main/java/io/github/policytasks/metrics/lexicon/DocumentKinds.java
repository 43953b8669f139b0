package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words that end the title of a document of the genre ({@code document-kinds.txt}:
 * 方案, 措施, 要点…), by which the parser tells a covering notice's list of documents from a list
 * of tasks (annotation guide §6 "Not the plan"). Immutable and thread-safe.
 */
public final class DocumentKinds {
  private static final WordTable<Boolean> TABLE = WordTable.of(read());

  private DocumentKinds() {}

  private static Map<String, Boolean> read() {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("document-kinds.txt", 1, 1)) {
      if (words.put(LexiconFile.folded(row, row.field(0)), Boolean.TRUE) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return words;
  }

  /**
   * {@return whether {@code title}, in folded form, ends with a word naming a kind of document}
   *
   * @param title a folded document title without its 《》
   */
  public static boolean endsTitle(CharSequence title) {
    return TABLE.endsAt(title, title.length(), 0);
  }
}
