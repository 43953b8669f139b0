package io.github.policytasks.metrics.lexicon;


/**
 * The words that end the title of a document of the genre ({@code document-kinds.txt}:
 * 方案, 措施, 要点…), by which the parser tells a covering notice's list of documents from a list
 * of tasks (annotation guide §6 "Not the plan"). Immutable and thread-safe.
 */
public final class DocumentKinds {
  private static final WordTable<Boolean> TABLE = WordTable.of(LexiconFile.wordSet("document-kinds.txt"));

  private DocumentKinds() {}

  /**
   * {@return whether {@code title}, in folded form, ends with a word naming a kind of document}
   *
   * @param title a folded document title without its 《》
   */
  public static boolean endsTitle(CharSequence title) {
    return TABLE.endsAt(title, title.length(), 0);
  }

  /**
   * {@return whether a word naming a kind of document ends at {@code end} in {@code text},
   * starting at or after {@code floor}} {@link #endsTitle} of {@code text[floor, end)}, read in
   * place.
   *
   * @param text folded text
   * @param end the index just past the word
   * @param floor the index before which the word may not start
   */
  public static boolean endsTitleAt(CharSequence text, int end, int floor) {
    return TABLE.endsAt(text, end, floor);
  }
}
